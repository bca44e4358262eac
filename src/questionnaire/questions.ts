// What the questions offer beyond their registry entries (src/model/answers.ts):
// the lists the data decides (roles, the bands a nation pays, qualification
// checklists), a single choice's list with its "Rather not say", and the
// yes-or-no choices. Pure, so every rule here is tested without a terminal.

import { inNation } from "../engine/gaps.js";
import { targetRoles } from "../engine/routes.js";
import { NATIONS, nationName, type Dataset, type Nation } from "../engine/types.js";
import { listWords, wordContext } from "../render/words/index.js";
import { valueWords } from "../render/answer-values.js";
import { findTable } from "../engine/pay.js";
import type { EarlierAnswerDef } from "../model/answers.js";

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  /** What the answered question shows, where the name is long. */
  short?: string;
}

/** The roles to aim for, by title: `first` (where most aim) first, then the rest as the data lists them. */
export function roleChoices(dataset: Dataset, first?: string): Choice<string>[] {
  const roles = targetRoles(dataset);
  return [...roles.filter((r) => r.id === first), ...roles.filter((r) => r.id !== first)].map((r) => ({ value: r.id, name: r.title }));
}

/** The bands the nation pays (Scotland alone still has a band 1), in order. */
export function paidBands(dataset: Dataset, nation: Nation, bands: readonly string[]): Choice<string>[] {
  const paid = new Set(findTable(dataset.pay, nation)?.bands.map((b) => b.band) ?? bands);
  return bands.filter((b) => paid.has(b)).map((b) => ({ value: b, name: `Band ${b}` }));
}

/** The value of the choice that leaves a single choice unsaid ("Rather not say", "Not sure"). */
export const UNSURE = "unsure";

/**
 * The choices a question that picks one value offers, drawn from its registry
 * entry (src/model/answers.ts) or, for a kind whose values the data decides,
 * from the data; the choice that leaves it unsaid last, where it has one.
 */
export function choicesOf(def: EarlierAnswerDef, dataset: Dataset, nation: Nation): Choice<string>[] {
  const question = def.question!;
  const w = wordContext(dataset, nation);
  const own: readonly Choice<string>[] =
    def.value.type === "role"
      ? roleChoices(dataset, question.startsOn)
      : def.value.type === "band"
        ? paidBands(dataset, nation, def.value.values)
        : (question.choices ?? question.choicesFrom?.({ dataset, nation, valueWords: (v) => valueWords(def.key, v, w) ?? v }) ?? []);
  if (question.alwaysAnswered) return [...own];
  return [...own, { value: UNSURE, name: question.notSaid ?? "Rather not say" }];
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
