// How each answer in the registry (src/model/answers.ts) reads back to the
// person: its label in "What you told us" and in `compare`, and its value in
// words. Keyed by the registry's keys with a mapped type, so an answer added
// there without words here fails the type check. One small module, kept apart
// so that it can join the report's catalogue of wording.

import { FULL_TIME, type Circumstance, type EarlierKey, type RegisteredAnswers, type RegisteredKey, type WelshLevel } from "../model/answers.js";
import { durationWords, hoursWords, yearsWords } from "./words/index.js";

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

export const ANSWER_WORDS: Words = {
  hoursPerWeek: { label: "Hours a week", phrase: "your hours a week", value: (v) => (v === FULL_TIME ? "full-time" : hoursWords(v)) },
  circumstances: { label: "Circumstances", phrase: "your circumstances", value: (v) => (v.length === 0 ? "none of these" : v.map((c) => CIRCUMSTANCE_WORDS[c]).join(", ")) },
  outOfWorkMonths: { label: "Since last paid work", phrase: "the time since your last paid work", value: (v) => (v === 0 ? "under a month" : durationWords(v)) },
  welsh: { label: "Welsh", phrase: "your Welsh", value: (v) => WELSH_WORDS[v] },
  bandYears: { label: "Years on band", phrase: "your years on band", value: (v) => yearsWords(v) },
};

/**
 * The answers of 0.1 and 0.2: the label `compare` gives each, and the phrase
 * inside a sentence. Keyed by the registry's list of them, so one missing
 * fails the type check. "What you told us" shows age and age group in one
 * row, "Age", and names the band by the nation's health service.
 */
export const EARLIER_WORDS: { [K in EarlierKey]: { label: string; phrase: string } } = {
  target: { label: "Aiming for", phrase: "the role you aim for" },
  nation: { label: "Working in", phrase: "where you work" },
  currentJob: { label: "Now", phrase: "what you do now" },
  nhsBand: { label: "NHS band", phrase: "your band" },
  age: { label: "Age", phrase: "age" },
  ageGroup: { label: "Age group", phrase: "age group" },
  typingWpm: { label: "Typing speed", phrase: "typing speed" },
  audioTyping: { label: "Audio typing", phrase: "audio typing" },
  medicalTerminology: { label: "Medical terminology", phrase: "medical terminology" },
  officeSkills: { label: "Office skills", phrase: "office skills" },
  qualifications: { label: "Qualifications", phrase: "qualifications" },
  studying: { label: "Working towards", phrase: "working towards" },
  "experience.adminMonths": { label: "Office or admin work", phrase: "office or admin work" },
  "experience.customerServiceMonths": { label: "Customer-facing work", phrase: "customer-facing work" },
  "experience.healthcareMonths": { label: "Healthcare setting", phrase: "healthcare setting" },
  "experience.secretarialMonths": { label: "Secretarial or PA work", phrase: "secretarial or PA work" },
  needsToEarnWhileLearning: { label: "Need to earn while learning", phrase: "need to earn while learning" },
  canStudyPartTime: { label: "Can study part-time", phrase: "can study part-time" },
};

/** An earlier answer's label, as a table shows it. */
export const label = (key: EarlierKey) => EARLIER_WORDS[key].label;

/** A registered answer's value in words; "not said" where it is blank. */
export function registeredWords<K extends RegisteredKey>(key: K, value: RegisteredAnswers[K] | null | undefined): string {
  if (value === undefined || value === null) return NOT_SAID;
  return (ANSWER_WORDS[key].value as (v: unknown) => string)(value);
}
