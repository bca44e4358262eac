// An answer's value in words: one function per kind of value in the registry
// (src/model/answers.ts), each reading the answer's own words from
// answer-words.ts. "What you told us", `compare`, what-if and the
// questionnaire's choices all word answers here, in the catalogue's locale.

import { answerDef, FULL_TIME, type AnswerValue } from "../model/answers.js";
import { answerPhrasesOf, answerWordsOf, type AnswerWords, type AnswerWordsTable } from "./answer-words.js";
import type { WordContext } from "./words/en-gb.js";
import type { Tag } from "./words/tag.js";

type Phrases = ReturnType<typeof answerPhrasesOf>;

const byTag = new WeakMap<Tag, { table: AnswerWordsTable; phrases: Phrases }>();

/** The answers' words in the context's locale, made once per catalogue. */
export function answerWords(w: WordContext): { table: AnswerWordsTable; phrases: Phrases } {
  const t = w.words.t;
  let words = byTag.get(t);
  if (!words) byTag.set(t, (words = { table: answerWordsOf(t), phrases: answerPhrasesOf(t) }));
  return words;
}

/** Where a value is worded: "What you told us" says "none listed" of an empty list of qualifications, a change "none". */
export type Place = "told-us" | "change";

/** One answer's words with its choices' values, as a kind's wording reads them. */
type Own = AnswerWords & { values?: Readonly<Record<string, string>> | ((value: string, w: WordContext) => string) };

interface KindContext {
  own: Own;
  w: WordContext;
  t: Tag;
  phrases: Phrases;
  place: Place;
}

type KindWords = { [T in AnswerValue["type"]]: (value: never, kind: Extract<AnswerValue, { type: T }>, c: KindContext) => string };

function choiceWords(value: string, { own, w }: KindContext): string {
  const values = own.values;
  if (typeof values === "function") return values(value, w);
  return values?.[value] ?? value;
}

/** A present value of each kind in words. */
const KIND_WORDS: KindWords = {
  choice: (v: string, _, c) => choiceWords(v, c),
  choices: (v: string[], _, c) => (v.length === 0 ? (c.own.none ?? c.phrases.none) : v.map((x) => choiceWords(x, c)).join(", ")),
  hours: (v: number | typeof FULL_TIME, _, { t, w }) => (v === FULL_TIME ? t`full-time` : w.hours(v)),
  // Where a blank is none (experience), no time is "none"; else a length under a month.
  months: (v: number, kind, { w, t }) => (v === 0 && kind.blank !== "none" ? t`under a month` : w.duration(v)),
  years: (v: number, _, { w }) => w.years(v),
  "yes-no": (v: boolean, _, { t }) => (v ? t`yes` : t`no`),
  wpm: (v: number, _, { t }) => t`${v} wpm`,
  role: (v: string, _, { w }) => w.roleTitle(v),
  band: (v: string, _, { t }) => t`band ${v}`,
  qualifications: (v: string[], _, { own, w, phrases, place }) => (v.length > 0 ? v.map((id) => w.qualificationName(id)).join(", ") : place === "told-us" ? (own.none ?? phrases.none) : phrases.none),
  age: (v: number) => String(v),
  "age-group": (v: string) => v,
};

/** Whether a value is of the shape its kind holds: an answers file's value always is; anything else is worded as plain text by the caller. */
function fits(kind: AnswerValue, value: unknown): boolean {
  switch (kind.type) {
    case "choices":
    case "qualifications":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "hours":
      return typeof value === "number" || value === FULL_TIME;
    case "months":
    case "years":
    case "wpm":
    case "age":
      return typeof value === "number";
    case "yes-no":
      return typeof value === "boolean";
    case "choice":
    case "role":
    case "band":
    case "age-group":
      return typeof value === "string";
  }
}

/** An answer's label in a table; a key not in the registry, by its name. */
export function answerLabel(key: string, w: WordContext): string {
  const own = (answerWords(w).table as Record<string, Own | undefined>)[key];
  if (!own) return key;
  return typeof own.label === "function" ? own.label(w) : own.label;
}

/** An answer inside a sentence ("changing your band to …"); a key not in the registry, by its name. */
export function answerPhrase(key: string, w: WordContext): string {
  return (answerWords(w).table as Record<string, Own | undefined>)[key]?.phrase ?? key;
}

/**
 * An answer's value in words: "not said" where it is blank (or the answer's
 * own word for a blank), else its kind's wording. Undefined for a key not in
 * the registry, for the caller to word as it can.
 */
export function valueWords(key: string, value: unknown, w: WordContext, place: Place = "told-us"): string | undefined {
  const def = answerDef(key);
  const { table, phrases } = answerWords(w);
  const own = (table as Record<string, Own | undefined>)[key];
  if (!def || !own) return undefined;
  if (value === undefined || value === null) return own.blank ?? phrases.notSaid;
  if (!fits(def.value, value)) return undefined;
  const say = KIND_WORDS[def.value.type] as (v: unknown, kind: AnswerValue, c: KindContext) => string;
  return say(value, def.value, { own, w, t: w.words.t, phrases, place });
}
