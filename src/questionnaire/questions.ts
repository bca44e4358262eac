// The questions as data: wording, choices and the parsing of typed answers.
// Pure, so every rule here is tested without a terminal.

import { targetRoles } from "../engine/routes.js";
import { NATIONS, nationName, type Dataset } from "../engine/types.js";

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export const EXPERIENCE_QUESTIONS = [
  { key: "adminMonths", message: "How long have you worked in an office or admin job (any sector)?" },
  { key: "customerServiceMonths", message: "How long have you worked with customers (reception, retail, call centre)?" },
  { key: "healthcareMonths", message: "How long have you worked in a hospital, GP practice or other healthcare setting?" },
  { key: "secretarialMonths", message: "How long have you worked as a secretary or PA (legal and other sectors count)?" },
] as const;

export function roleChoices(dataset: Dataset): Choice<string>[] {
  return targetRoles(dataset).map((r) => ({ value: r.id, name: r.title }));
}

export function nationChoices(): Choice<(typeof NATIONS)[number]>[] {
  return NATIONS.map((n) => ({ value: n, name: nationName(n) }));
}

export function qualificationChoices(dataset: Dataset): Choice<string>[] {
  return dataset.qualifications.map((q) => ({ value: q.id, name: q.title }));
}

export type YesNo = "yes" | "no" | "unsure";

export const YES_NO_UNSURE: Choice<YesNo>[] = [
  { value: "yes", name: "Yes" },
  { value: "no", name: "No" },
  { value: "unsure", name: "Not sure" },
];

export function yesNoValue(answer: YesNo): boolean | undefined {
  return answer === "unsure" ? undefined : answer === "yes";
}

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
