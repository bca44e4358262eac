// The questions as data: wording, choices and the parsing of typed answers.
// Pure, so every rule here is tested without a terminal.

import { targetRoles } from "../engine/routes.js";
import { NATIONS, nationName, type Dataset } from "../engine/types.js";

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  /** What the answered question shows, where the name is long. */
  short?: string;
}

// Kept short: a prompt longer than the terminal is wide wraps mid-word.
export const EXPERIENCE_QUESTIONS = [
  { key: "adminMonths", message: "Time in an office or admin job, not counting secretarial work? (e.g. 2 years)" },
  { key: "customerServiceMonths", message: "Time in a customer-facing job (reception, retail, calls)? (blank if none)" },
  { key: "healthcareMonths", message: "Time in a healthcare setting (hospital, GP practice, clinic)? (blank if none)" },
  { key: "secretarialMonths", message: "Time as a secretary or PA, any sector (legal counts)? (blank if none)" },
] as const;

export function roleChoices(dataset: Dataset): Choice<string>[] {
  return targetRoles(dataset).map((r) => ({ value: r.id, name: r.title }));
}

export function nationChoices(): Choice<(typeof NATIONS)[number]>[] {
  return NATIONS.map((n) => ({ value: n, name: nationName(n) }));
}

/** Short names keep the list to a line each; the full title shows below it for the one the cursor is on. */
export function qualificationChoices(dataset: Dataset): Choice<string>[] {
  return dataset.qualifications.map((q) => (q.short ? { value: q.id, name: q.short, description: q.title } : { value: q.id, name: q.title }));
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
