// How each answer in the registry (src/model/answers.ts) reads back to the
// person: its label in "What you told us" and in `compare`, its phrase inside
// a sentence ("Changing your hours a week to 20 hours"), and, for a choice,
// each value's words. Keyed by the registry's keys with a mapped type, so an
// answer added there without words here fails the type check. Written as
// tagged templates, like the catalogue (words/tag.ts), so that a test locale
// words them too; how a value of each kind reads is in answer-values.ts.

import type { Circumstance, EarlierAnswer, EarlierKey, RegisteredAnswer, RegisteredKey, WelshLevel } from "../model/answers.js";
import type { WordContext } from "./words/en-gb.js";
import type { Tag } from "./words/tag.js";

export type AnswerKey = EarlierKey | RegisteredKey;
type DefOf<K extends AnswerKey> = Extract<EarlierAnswer | RegisteredAnswer, { key: K }>;

/** A choice's values in words: a word for each, or a function where they come from the data or the catalogue. */
type ChoiceWords<T extends string> = Readonly<Record<T, string>> | ((value: T, w: WordContext) => string);
type ValueWords<V> = V extends { type: "choice" | "choices"; values: readonly (infer T extends string)[] } ? { values: ChoiceWords<T> } : { values?: never };

export interface AnswerWords {
  /** Its label in a table; one that names the nation's health service ("HSC band") is a function. */
  label: string | ((w: WordContext) => string);
  /** Inside a sentence: "Changing {phrase} to {value}". */
  phrase: string;
  /** An empty list, where it is an answer: "none of these", "none listed". */
  none?: string;
  /** A blank, where it says something other than "not said": nothing worked towards is "none". */
  blank?: string;
}

export type AnswerWordsTable = { [K in AnswerKey]: AnswerWords & ValueWords<DefOf<K>["value"]> };

/** The words around the answers' values, the same for every answer. */
export function answerPhrasesOf(t: Tag) {
  return {
    /** How a blank answer reads, in "What you told us", `compare` and what-if alike. */
    notSaid: t`not said`,
    /** A nation the rules assumed, where none was given. */
    assumed: (nation: string) => t`${nation} (assumed)`,
    /** A skill worked out from another answer: "at least basic (from your Medical admin diploma L3)". */
    implied: (value: string, atLeast: boolean, because: string) => (atLeast ? t`at least ${value} (from ${because})` : t`${value} (from ${because})`),
    /** In a change, what a list gained and lost beside its new value: "GCSE maths, GCSE English (added: GCSE English)". */
    added: (items: string) => t`added: ${items}`,
    removed: (items: string) => t`removed: ${items}`,
    withChanges: (value: string, changes: string) => t`${value} (${changes})`,
    changesJoin: t`; `,
    /** An empty list in a change. */
    none: t`none`,
  };
}

export function answerWordsOf(t: Tag): AnswerWordsTable {
  const circumstances: Record<Circumstance, string> = {
    carer: t`carer`,
    "armed-forces": t`armed forces community`,
    // The reason is never asked, so it is never shown.
    adjustments: t`adjustments wanted`,
    "qualified-abroad": t`qualifications from outside the UK`,
  };
  const welsh: Record<WelshLevel, string> = { none: t`none`, learning: t`learning`, fluent: t`fluent` };
  return {
    // ---- the answers of 0.1 and 0.2 ----
    target: { label: t`Aiming for`, phrase: t`the role you aim for` },
    // The data's own names for the nations, as the question gives them.
    nation: { label: t`Working in`, phrase: t`where you work`, values: (n, w) => w.nationInfo(n)?.name ?? n },
    currentJob: { label: t`Now`, phrase: t`what you do now`, values: (job, w) => w.words.job(job, w.serviceShort) },
    // Named by the nation's health service ("HSC band" in Northern Ireland).
    nhsBand: { label: (w) => t`${w.serviceShort} band`, phrase: t`your band` },
    age: { label: t`Age`, phrase: t`age` },
    ageGroup: { label: t`Age group`, phrase: t`age group` },
    typingWpm: { label: t`Typing speed`, phrase: t`typing speed` },
    audioTyping: { label: t`Audio typing`, phrase: t`audio typing` },
    medicalTerminology: { label: t`Medical terminology`, phrase: t`medical terminology`, values: { none: t`none`, some: t`some`, qualified: t`qualified` } },
    officeSkills: { label: t`Office skills`, phrase: t`office skills`, values: { none: t`none`, basic: t`basic`, confident: t`confident` } },
    qualifications: { label: t`Qualifications`, phrase: t`qualifications`, none: t`none listed` },
    // Not working towards anything is left out of an answers file: "none", not "not said".
    studying: { label: t`Working towards`, phrase: t`working towards`, blank: t`none` },
    "experience.adminMonths": { label: t`Office or admin work`, phrase: t`office or admin work` },
    "experience.customerServiceMonths": { label: t`Customer-facing work`, phrase: t`customer-facing work` },
    "experience.healthcareMonths": { label: t`Healthcare setting`, phrase: t`healthcare setting` },
    "experience.secretarialMonths": { label: t`Secretarial or PA work`, phrase: t`secretarial or PA work` },
    needsToEarnWhileLearning: { label: t`Need to earn while learning`, phrase: t`need to earn while learning` },
    canStudyPartTime: { label: t`Can study part-time`, phrase: t`can study part-time` },

    // ---- added since 0.2 ----
    hoursPerWeek: { label: t`Hours a week`, phrase: t`your hours a week` },
    circumstances: { label: t`Circumstances`, phrase: t`your circumstances`, values: circumstances, none: t`none of these` },
    outOfWorkMonths: { label: t`Since last paid work`, phrase: t`the time since your last paid work` },
    welsh: { label: t`Welsh`, phrase: t`your Welsh`, values: welsh },
    bandYears: { label: t`Years on band`, phrase: t`your years on band` },
  };
}
