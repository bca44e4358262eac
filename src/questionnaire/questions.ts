// The questions as data: wording, choices and the parsing of typed answers.
// Pure, so every rule here is tested without a terminal.

import { inNation } from "../engine/gaps.js";
import { nationInfo } from "../engine/nations.js";
import { targetRoles } from "../engine/routes.js";
import { AFC_BANDS, AGE_GROUPS, CURRENT_JOBS, NATIONS, nationName, type AgeGroup, type CurrentJob, type Dataset, type Nation } from "../engine/types.js";
import { jobWords, listWords } from "../render/words/index.js";
import { findTable } from "../engine/pay.js";
import { earlierAnswer, type EarlierAnswer, type ValueOf } from "../model/answers.js";

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  /** What the answered question shows, where the name is long. */
  short?: string;
}

/**
 * The one example every experience question shows. Not "blank if none":
 * for NHS staff a blank in the kind of work their job surely is reads as not
 * known, so that would be untrue for them; "none" typed is none for everyone.
 */
export const EXPERIENCE_EXAMPLE = "(e.g. 2 years, or none)";

// Kept short: each is wrapped to the terminal, and a long one takes two
// lines. One job can count under several kinds (a legal secretary's years are
// office work and secretarial work), and the questions say so: the tool never
// adds the kinds together.
export const EXPERIENCE_QUESTIONS = [
  { key: "adminMonths", message: `Time in office or admin work, secretarial included? ${EXPERIENCE_EXAMPLE}` },
  { key: "customerServiceMonths", message: `Time in customer-facing work (reception, retail, calls)? ${EXPERIENCE_EXAMPLE}` },
  { key: "healthcareMonths", message: `Time working in healthcare (hospital, GP, clinic, care)? ${EXPERIENCE_EXAMPLE}` },
  { key: "secretarialMonths", message: `Time as a secretary or PA, any sector (legal counts)? ${EXPERIENCE_EXAMPLE}` },
] as const;

/** Said once before the experience questions. */
export const EXPERIENCE_HINT = "One job can count under several of the next questions: count it in each.";

/** The target roles, the default first: medical secretary, then the rest as the data lists them. */
export function roleChoices(dataset: Dataset): Choice<string>[] {
  const roles = targetRoles(dataset);
  const first = roles.filter((r) => r.id === "medical-secretary");
  return [...first, ...roles.filter((r) => r.id !== "medical-secretary")].map((r) => ({ value: r.id, name: r.title }));
}

const JOB_HINTS: Record<CurrentJob, string> = {
  "not-working": "Studying, or not in a job now",
  "customer-facing": "Customer-facing work outside healthcare (shop, calls, hospitality)",
  office: "Office or admin work outside healthcare",
  secretarial: "Secretarial or PA work outside healthcare",
  "gp-practice": "GP practice staff (reception, admin or other)",
  "nhs-admin": "{serviceShort} admin or clerical staff (hospital or community)",
  "nhs-clinical": "{serviceShort} clinical staff (nurse, healthcare assistant, therapist...)",
  "care-or-private-healthcare": "Care home or private healthcare staff",
  "nhs-support": "{serviceShort} support staff (porter, domestic, catering, estates...)",
};

/** "Where are you now?": an NHS job in the nation's own words (HSC in Northern Ireland). */
export function jobChoices(dataset: Dataset, nation: Nation): Choice<CurrentJob | "unsure">[] {
  const short = nationInfo(dataset, nation)?.serviceShort ?? "NHS";
  return [
    ...CURRENT_JOBS.map((j) => ({ value: j, name: JOB_HINTS[j].replace("{serviceShort}", short), description: jobWords(j, short) })),
    { value: "unsure" as const, name: "Something else, or rather not say" },
  ];
}

/** The bands the nation pays (Scotland alone still has a band 1), in order, then Not sure. */
export function bandChoices(dataset: Dataset, nation: Nation): Choice<string>[] {
  const paid = new Set(findTable(dataset.pay, nation)?.bands.map((b) => b.band) ?? AFC_BANDS);
  return [...AFC_BANDS.filter((b) => paid.has(b)).map((b) => ({ value: b, name: `Band ${b}` })), { value: "unsure", name: "Not sure" }];
}

const AGE_WORDS: Record<AgeGroup, string> = { "16-17": "16 or 17", "18": "18", "19-20": "19 or 20", "21+": "21 or over" };

export const AGE_CHOICES: Choice<AgeGroup | "unsure">[] = [
  ...AGE_GROUPS.map((g) => ({ value: g, name: AGE_WORDS[g] })),
  { value: "unsure", name: "Rather not say" },
];

export function nationChoices(): Choice<(typeof NATIONS)[number]>[] {
  return NATIONS.map((n) => ({ value: n, name: nationName(n) }));
}

/** The checklist's last item: ticked, the qualifications taken only in the other nations are listed next. */
export const ELSEWHERE = "(elsewhere in the UK)";

export interface QualificationGroups {
  /** The person's own nation's (GCSEs in England, National 5s in Scotland), then those taken across the UK. */
  here: Choice<string>[];
  /** Those taken only in the other nations, each saying where. */
  elsewhere: Choice<string>[];
}

/**
 * The qualifications to tick, by full title (a short name such as "ESW
 * Communication L2" is a code the person would have to decode). A withdrawn
 * one is still listed: holding it counts.
 */
export function qualificationGroups(dataset: Dataset, nation: Nation | undefined, keep: (id: string) => boolean = () => true): QualificationGroups {
  const own = (q: (typeof dataset.qualifications)[number]) => (nation !== undefined && q.nations?.includes(nation) ? 0 : q.nations === undefined ? 1 : 2);
  const sorted = [...dataset.qualifications]
    .filter((q) => keep(q.id))
    .map((q, i) => ({ q, i }))
    .sort((a, b) => own(a.q) - own(b.q) || a.i - b.i);
  const choice = (q: (typeof dataset.qualifications)[number]): Choice<string> => {
    const elsewhere = nation !== undefined && !inNation(q, nation) ? `Taken in ${listWords(q.nations!.map(nationName))}.` : "";
    const closed = q.status === "withdrawn" ? "No longer offered, but it still counts." : "";
    const description = [elsewhere, closed].filter(Boolean).join(" ");
    const name = `${q.title}${closed ? " (closed)" : ""}`;
    return description ? { value: q.id, name, description } : { value: q.id, name };
  };
  const here = sorted.filter(({ q }) => own(q) < 2).map(({ q }) => choice(q));
  const elsewhere = sorted.filter(({ q }) => own(q) === 2).map(({ q }) => choice(q));
  return { here, elsewhere };
}

/** The checklist as first shown: the person's own, then an item that opens the rest. */
export function qualificationChecklist(groups: QualificationGroups, nation: Nation | undefined): Choice<string>[] {
  if (groups.elsewhere.length === 0) return groups.here;
  const others = NATIONS.filter((n) => n !== nation).map(nationName);
  return [...groups.here, { value: ELSEWHERE, name: "Qualifications from elsewhere in the UK", description: `Tick this to see those taken only in ${listWords(others, "or")}.` }];
}

/** Every qualification in the order the checklist gives them: the person's nation's first. */
export function qualificationChoices(dataset: Dataset, nation?: Nation): Choice<string>[] {
  const { here, elsewhere } = qualificationGroups(dataset, nation);
  return [...here, ...elsewhere];
}

export const STUDYING_NOW: Choice<boolean>[] = [
  { value: false, name: "No" },
  { value: true, name: "Yes", description: "You will pick which from a list." },
];

/** What a person can be working towards: qualifications still open to learners that they do not hold. */
export function studyingGroups(dataset: Dataset, nation: Nation | undefined, held: readonly string[]): QualificationGroups {
  const open = new Set(dataset.qualifications.filter((q) => q.status !== "withdrawn" && !held.includes(q.id)).map((q) => q.id));
  return qualificationGroups(dataset, nation, (id) => open.has(id));
}

export function studyingChoices(dataset: Dataset, nation: Nation | undefined, held: readonly string[]): Choice<string>[] {
  const { here, elsewhere } = studyingGroups(dataset, nation, held);
  return [...here, ...elsewhere];
}

/** Asked when "Yes" was followed by an empty tick list: Enter goes back to No, so no one is held in a loop. */
export const NOTHING_TICKED: Choice<boolean>[] = [
  { value: false, name: "No, I am not working towards one now" },
  { value: true, name: "Yes: show the list again (space ticks one)" },
];

export type YesNo = "yes" | "no" | "unsure";

/**
 * Where each choice question's cursor starts: on the answer most people give
 * (issue 19: starting on "Not sure" and "Rather not say", Enter alone gave a
 * report full of "not known"). A skill is never claimed: audio typing starts
 * on No. "Not sure" and "Rather not say" stay, last, for those who mean them.
 * The yes-or-no questions' starting answers are in their registry entries
 * (src/model/answers.ts, `startsOn`).
 */
export const STARTS_ON = { job: "not-working", age: "21+" } as const satisfies {
  job: CurrentJob;
  age: AgeGroup;
};

export const YES_NO_UNSURE: Choice<YesNo>[] = [
  { value: "yes", name: "Yes" },
  { value: "no", name: "No" },
  { value: "unsure", name: "Not sure" },
];

export function yesNoValue(answer: YesNo): boolean | undefined {
  return answer === "unsure" ? undefined : answer === "yes";
}

/** Asked when the person leaves their typing speed blank, where the test can run. */
export const TYPING_TEST_OFFER: Choice<boolean>[] = [
  { value: true, name: "Yes, take the typing test now", short: "Yes", description: "Type a short passage for a minute; your net speed becomes your answer. Esc stops it early." },
  { value: false, name: "No, leave my speed as not known", short: "No" },
];

/** The choices of an earlier answer asked by its registry entry (src/model/answers.ts), typed by its values. */
const entryChoices = <K extends "medicalTerminology" | "officeSkills">(key: K) =>
  [...earlierAnswer(key)!.question.choices!] as Choice<ValueOf<Extract<EarlierAnswer, { key: K }>["value"]>>[];

export const TERMINOLOGY_CHOICES = entryChoices("medicalTerminology");
export const OFFICE_CHOICES = entryChoices("officeSkills");
