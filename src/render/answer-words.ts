// How each answer in the registry (src/model/answers.ts) reads back to the
// person: its label in "What you told us" and in `compare`, and its value in
// words. Keyed by the registry's keys with a mapped type, so an answer added
// there without words here fails the type check. One small module, kept apart
// so that it can join the report's catalogue of wording.

import { FULL_TIME, type Circumstance, type RegisteredAnswers, type RegisteredKey, type WelshLevel } from "../model/answers.js";
import { durationWords } from "./words/index.js";

/** How a blank answer reads, in "What you told us", `compare` and what-if alike. */
export const NOT_SAID = "not said";

/** A label for tables; the phrase inside a sentence ("changing your hours a week to 20 hours"); the value in words. */
type Words = { [K in RegisteredKey]: { label: string; phrase: string; value: (value: NonNullable<RegisteredAnswers[K]>) => string } };

const CIRCUMSTANCE_WORDS: Record<Circumstance, string> = {
  carer: "carer",
  "armed-forces": "armed forces community",
  // The reason is never asked, so it is never shown.
  adjustments: "adjustments wanted",
  "qualified-abroad": "qualifications from outside the UK",
};

const WELSH_WORDS: Record<WelshLevel, string> = { none: "none", learning: "learning", fluent: "fluent" };

const years = (n: number) => (n === 1 ? "1 year" : `${n} years`);

export const ANSWER_WORDS: Words = {
  hoursPerWeek: { label: "Hours a week", phrase: "your hours a week", value: (v) => (v === FULL_TIME ? "full-time" : `${v} hours`) },
  circumstances: { label: "Circumstances", phrase: "your circumstances", value: (v) => (v.length === 0 ? "none of these" : v.map((c) => CIRCUMSTANCE_WORDS[c]).join(", ")) },
  outOfWorkMonths: { label: "Since last paid work", phrase: "the time since your last paid work", value: (v) => (v === 0 ? "under a month" : durationWords(v)) },
  welsh: { label: "Welsh", phrase: "your Welsh", value: (v) => WELSH_WORDS[v] },
  bandYears: { label: "Years on band", phrase: "your years on band", value: (v) => years(v) },
};

/** A registered answer's value in words; "not said" where it is blank. */
export function registeredWords<K extends RegisteredKey>(key: K, value: RegisteredAnswers[K] | null | undefined): string {
  if (value === undefined || value === null) return NOT_SAID;
  return (ANSWER_WORDS[key].value as (v: unknown) => string)(value);
}
