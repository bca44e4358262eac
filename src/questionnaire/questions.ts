// The questions as data: wording, choices and the parsing of typed answers.
// Pure, so every rule here is tested without a terminal.

import { EXPERIENCE_MONTHS_MAX, TYPING_WPM_MAX } from "../answers/schema.js";
import { targetRoles } from "../engine/routes.js";
import { NATIONS, nationName, type Dataset } from "../engine/types.js";

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

/** Typed typing speed: blank or "don't know" is unknown; otherwise a whole number in range. */
export function parseWpm(text: string): { ok: true; value: number | undefined } | { ok: false; error: string } {
  const t = text.trim().toLowerCase();
  if (t === "" || /^(don'?t know|dont know|not sure|unknown|\?)$/.test(t)) return { ok: true, value: undefined };
  const m = /^(\d{1,3})\s*(wpm|words( a| per)? minute)?$/.exec(t);
  if (!m) return { ok: false, error: "Type a whole number of words per minute, like 45, or leave it blank if you don't know." };
  const n = Number(m[1]);
  if (n > TYPING_WPM_MAX) return { ok: false, error: `That is faster than anyone types; the most we accept is ${TYPING_WPM_MAX}.` };
  return { ok: true, value: n };
}

/**
 * A length of time as people say it: "none", "2 years", "18 months", "1y 6m",
 * "1.5 years". A bare number is refused because "2" could mean years or months.
 */
export function parseDuration(text: string): { ok: true; months: number } | { ok: false; error: string } {
  const t = text.trim().toLowerCase();
  if (t === "" || /^(none|no|nil|never|0)$/.test(t)) return { ok: true, months: 0 };
  const hint = 'Write it like "2 years", "18 months" or "1 year 6 months" (or "none").';
  if (/^\d+(\.\d+)?$/.test(t)) return { ok: false, error: `Is that years or months? ${hint}` };
  const re = /(\d+(?:\.\d+)?)\s*(years?|yrs?|y|months?|mths?|mos?|m)\b/g;
  let months = 0;
  let matched = "";
  for (const m of t.matchAll(re)) {
    const n = Number(m[1]);
    months += (m[2] ?? "").startsWith("y") ? n * 12 : n;
    matched += m[0];
  }
  const leftover = t.replace(re, "").replace(/\band\b|[,&+]/g, "").trim();
  if (!matched || leftover) return { ok: false, error: hint };
  const rounded = Math.round(months);
  if (rounded > EXPERIENCE_MONTHS_MAX) return { ok: false, error: `That is more than ${EXPERIENCE_MONTHS_MAX / 12} years; please check it.` };
  return { ok: true, months: rounded };
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
