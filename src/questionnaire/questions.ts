// The questions as data: wording, choices and the parsing of typed answers.
// Pure, so every rule here is tested without a terminal.

import { inNation } from "../engine/gaps.js";
import { nationInfo } from "../engine/nations.js";
import { jobWords } from "../engine/person.js";
import { targetRoles } from "../engine/routes.js";
import { AFC_BANDS, AGE_GROUPS, CURRENT_JOBS, NATIONS, nationName, type AgeGroup, type CurrentJob, type Dataset, type Nation } from "../engine/types.js";
import { findTable } from "../engine/pay.js";

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  /** What the answered question shows, where the name is long. */
  short?: string;
}

// Kept short: a prompt longer than the terminal is wide wraps mid-word. One
// job can count under several kinds (a legal secretary's years are office
// work and secretarial work), and the questions say so: the tool never adds
// the kinds together.
export const EXPERIENCE_QUESTIONS = [
  { key: "adminMonths", message: "Time in office or admin work, secretarial included? (e.g. 2 years)" },
  { key: "customerServiceMonths", message: "Time in customer-facing work (reception, retail, calls)? (blank if none)" },
  { key: "healthcareMonths", message: "Time working in healthcare (hospital, GP, clinic, care)? (blank if none)" },
  { key: "secretarialMonths", message: "Time as a secretary or PA, any sector (legal counts)? (blank if none)" },
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
  "not-working": "Not in a job now (studying counts here)",
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

/**
 * The qualifications to tick, the person's own nation's first (GCSEs in
 * England, National 5s in Scotland), then those taken across the UK, then
 * other nations', named as such. A withdrawn one is still listed: holding it
 * counts. Short names keep the list to a line each; the full title shows
 * below it for the one the cursor is on.
 */
export function qualificationChoices(dataset: Dataset, nation?: Nation): Choice<string>[] {
  const own = (q: (typeof dataset.qualifications)[number]) => (nation !== undefined && q.nations?.includes(nation) ? 0 : q.nations === undefined ? 1 : 2);
  return [...dataset.qualifications]
    .map((q, i) => ({ q, i }))
    .sort((a, b) => own(a.q) - own(b.q) || a.i - b.i)
    .map(({ q }) => {
      // The name stays one short line; where else it is taken, and why it is closed, go in the description.
      const elsewhere = nation !== undefined && !inNation(q, nation) ? ` (taken in ${q.nations!.map(nationName).join(", ")})` : "";
      const closed = q.status === "withdrawn" ? " (closed)" : "";
      const name = `${q.short ?? q.title}${closed}`;
      const description = `${q.title}${elsewhere}${closed ? "; no longer offered, but it still counts" : ""}`;
      return description === name ? { value: q.id, name } : { value: q.id, name, description };
    });
}

export const STUDYING_NOW: Choice<boolean>[] = [
  { value: false, name: "No" },
  { value: true, name: "Yes", description: "You will pick which from a list." },
];

/** What a person can be working towards: qualifications still open to learners that they do not hold. */
export function studyingChoices(dataset: Dataset, nation: Nation | undefined, held: readonly string[]): Choice<string>[] {
  const open = new Set(dataset.qualifications.filter((q) => q.status !== "withdrawn" && !held.includes(q.id)).map((q) => q.id));
  return qualificationChoices(dataset, nation).filter((c) => open.has(c.value));
}

export type YesNo = "yes" | "no" | "unsure";

/** Where a yes/no question's cursor starts, so that no answer is claimed for the person. */
export const UNSURE: YesNo = "unsure";

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

export const TERMINOLOGY_CHOICES: Choice<"none" | "some" | "qualified">[] = [
  { value: "none", name: "None yet" },
  { value: "some", name: "Some: I know common terms from work or study" },
  { value: "qualified", name: "I hold a medical terminology qualification" },
];

export const OFFICE_CHOICES: Choice<"none" | "basic" | "confident">[] = [
  { value: "none", name: "Not really" },
  { value: "basic", name: "Basic: I can write a letter and send email" },
  { value: "confident", name: "Confident with Word, Outlook and Excel" },
];
