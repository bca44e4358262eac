// Answers as people type them, at a prompt or in a spreadsheet cell: a typing
// speed, a length of time, yes or no. One set of rules for both.

import { NUMBER } from "../data/numbers.js";
import { EXPERIENCE_MONTHS_MAX, TYPING_WPM_MAX } from "./limits.js";
import { FULL_TIME, type AnswerValue } from "../model/answers.js";

/**
 * No answer to a typed question is longer than this; a longer one is refused
 * before any pattern is tried on it, so that a cell of a megabyte costs no
 * more than reading it.
 */
export const ANSWER_MAX_CHARS = 100;

/**
 * Typed typing speed: blank or "don't know" is unknown; otherwise a number
 * (numbers.ts: 45, or 41.5 as the typing test gives it) in range.
 */
export function parseWpm(text: string): { ok: true; value: number | undefined } | { ok: false; error: string } {
  const t = text.trim().toLowerCase();
  if (t === "" || /^(don'?t know|dont know|not sure|unknown|\?)$/.test(t)) return { ok: true, value: undefined };
  const m = t.length > ANSWER_MAX_CHARS ? null : /^(\S+?)\s*(wpm|words( a| per)? minute)?$/.exec(t);
  if (!m || !NUMBER.test(m[1]!)) return { ok: false, error: "Type your speed in words per minute, like 45, or leave it blank if you don't know." };
  const n = Number(m[1]);
  if (n < 0) return { ok: false, error: "A speed cannot be negative; type your words per minute, like 45." };
  if (n > TYPING_WPM_MAX) return { ok: false, error: `That is faster than anyone types; the most we accept is ${TYPING_WPM_MAX}.` };
  return { ok: true, value: n };
}

/**
 * A length of time as people say it: "none", "2 years", "18 months", "1y 6m",
 * "1.5 years". A bare number is refused because "2" could mean years or months.
 */
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20, thirty: 30,
};

export function parseDuration(text: string): { ok: true; months: number } | { ok: false; error: string } {
  // "two years", "six months", "a year": words for the numbers people say.
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty)\b(?=\s*(years?|yrs?|months?|mths?|mos?)\b)/g, (w) => String(NUMBER_WORDS[w]));
  if (t === "" || /^(none|no|nil|never|0)$/.test(t)) return { ok: true, months: 0 };
  const hint = 'Write it like "2 years", "18 months" or "1 year 6 months" (or "none").';
  if (t.length > ANSWER_MAX_CHARS) return { ok: false, error: hint };
  if (NUMBER.test(t)) return { ok: false, error: `Is that years or months? ${hint}` };
  // A number is matched from its first digit only: tried from every digit of a long run, the search took quadratic time.
  const re = /(?<![\d.])(\d+(?:\.\d+)?)\s*(years?|yrs?|y|months?|mths?|mos?|m)\b/g;
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

/** Yes/no as people write it; blank or "not sure" is unknown. */
export function parseYesNo(text: string): { ok: true; value: boolean | undefined } | { ok: false; error: string } {
  const t = text.trim().toLowerCase();
  if (t === "" || /^(not sure|unsure|don'?t know|unknown|\?)$/.test(t)) return { ok: true, value: undefined };
  if (/^(y|yes|true|1)$/.test(t)) return { ok: true, value: true };
  if (/^(n|no|false|0)$/.test(t)) return { ok: true, value: false };
  return { ok: false, error: 'Write yes or no (or leave it blank if not sure).' };
}


/**
 * An age group as people write it: "16–17" (with the dash medsec-path itself
 * prints), "19 - 20", "16 to 17", "21 or over", "21 +" are 16-17, 19-20,
 * 16-17, 21+ and 21+.
 */
export function ageGroupName(text: string): string {
  return text
    .trim()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/^(\d+)\s*(?:-|to)\s*(\d+)$/i, "$1-$2")
    // From the start of a run of spaces only: tried from each space in it, the search took quadratic time.
    .replace(/(?<!\s)\s*(?:or over|and over|plus|\+)$/i, "+");
}

/** Words for "not said" in a typed answer or a cell, whatever the question. */
const NOT_SAID = /^(not sure|unsure|don'?t know|unknown|rather not say|prefer not to say|n\/?a|\?)$/;

/** Full-time written another way ("fulltime", "full_time"): its letters are full-time's. */
export const meantFullTime = (input: unknown) => typeof input === "string" && input.toLowerCase().replace(/[^a-z]/g, "") === FULL_TIME.replace(/[^a-z]/g, "");

const plainWords = (s: string) => s.trim().toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** The kinds of value a person types (or writes in a cell as they would type it); the others are picked from lists the data gives, and read where they are picked. */
export type TypedValue = Extract<AnswerValue, { type: "choice" | "choices" | "hours" | "months" | "years" | "yes-no" | "wpm" | "age" | "age-group" }>;

export function isTyped(value: AnswerValue): value is TypedValue {
  return ["choice", "choices", "hours", "months", "years", "yes-no", "wpm", "age", "age-group"].includes(value.type);
}

/**
 * An answer in the registry (src/model/answers.ts) as typed at a prompt or
 * written in a sheet's cell: one reader for each kind of value, so that a new
 * answer of a known kind needs no reader of its own. Blank, or "not sure", is
 * not said. `bare` says what a bare number means where the kind is a length
 * of time: a prompt refuses it (years or months?), a sheet's column has a unit.
 */
export function parseRegistered(value: TypedValue, text: string, bare?: "months" | "years"): { ok: true; value: unknown } | { ok: false; error: string } {
  // Yes or no has its own words for not sure ("?", "don't know"), as it always had.
  if (value.type === "yes-no") return parseYesNo(text);
  // A speed has its own words for not known, and its own messages, as it always had.
  if (value.type === "wpm") return parseWpm(text);
  // A length of work has its own words for none (a blank among them), and its own messages, as it always had.
  if (value.type === "months" && value.blank === "none") {
    const r = parseDuration(text);
    return r.ok ? { ok: true, value: r.months } : r;
  }
  const t = text.trim().toLowerCase();
  if (t === "" || NOT_SAID.test(t)) return { ok: true, value: undefined };
  if (t.length > ANSWER_MAX_CHARS && value.type !== "choices") return { ok: false, error: "That is longer than any answer to this question." };
  switch (value.type) {
    case "choice": {
      const hit = value.values.find((v) => plainWords(v) === plainWords(t));
      return hit ? { ok: true, value: hit } : { ok: false, error: `Write one of: ${value.values.join(", ")}.` };
    }
    case "choices": {
      if (/^(none|no|nil)$/.test(t)) return { ok: true, value: [] };
      const picked: string[] = [];
      for (const part of t.split(/[;|,\n]/)) {
        if (part.trim() === "") continue;
        const hit = value.values.find((v) => plainWords(v) === plainWords(part));
        // Never echoed: a list of circumstances is where someone writes the reason they want adjustments,
        // which the tool never shows (a workshop's warnings may be on the room's screen).
        if (!hit) return { ok: false, error: `Each item must be one of: ${value.values.join(", ")} (or none). What was written is not repeated here, as it may be private.` };
        if (!picked.includes(hit)) picked.push(hit);
      }
      return { ok: true, value: picked };
    }
    case "age-group": {
      const group = ageGroupName(t);
      return (value.values as readonly string[]).includes(group) ? { ok: true, value: group } : { ok: false, error: `Write one of: ${value.values.join(", ")}.` };
    }
    case "age": {
      const n = Number(t);
      return NUMBER.test(t) && Number.isInteger(n) && n >= value.min && n <= value.max ? { ok: true, value: n } : { ok: false, error: `Write your age in whole years, from ${value.min} to ${value.max}.` };
    }
    case "hours": {
      if (plainWords(t) === plainWords(FULL_TIME) || t === "ft") return { ok: true, value: FULL_TIME };
      const m = /^(\S+?)\s*(hours?|hrs?|h)?\s*(a week|per week|pw|a wk)?$/.exec(t);
      const hint = `Write the hours a week as a number from ${value.min} to ${value.max}, like 20, or ${FULL_TIME}.${meantFullTime(t) ? ` Did you mean ${FULL_TIME}?` : ""}`;
      if (!m || !NUMBER.test(m[1]!)) return { ok: false, error: hint };
      const n = Number(m[1]);
      return n >= value.min && n <= value.max ? { ok: true, value: n } : { ok: false, error: hint };
    }
    case "months":
    case "years": {
      // "Never" (no paid work since, say) is no length at all: not said, never 0 months, which
      // would read back as "under a month", the opposite of what the person meant.
      if (t === "never") return { ok: true, value: undefined };
      let months: number;
      if (NUMBER.test(t) && bare !== undefined) {
        months = Number(t) * (bare === "years" ? 12 : 1);
      } else if (NUMBER.test(t) && value.type === "years") {
        // A number of years is what the question asks for: "3" is 3 years.
        months = Number(t) * 12;
      } else {
        const r = parseDuration(t);
        if (!r.ok) return r;
        months = r.months;
      }
      // Checked here, for every way of writing it: a negative number of years once got past the
      // prompt and ended the questionnaire at the answers schema, losing every answer given.
      if (months < 0) return { ok: false, error: `"${text.trim()}" is negative; write how long, or leave it blank.` };
      if (value.type === "years") {
        const years = Math.round((months / 12) * 100) / 100;
        return years <= value.max ? { ok: true, value: years } : { ok: false, error: `That is more than ${value.max} years; please check it.` };
      }
      if (!Number.isInteger(months)) return { ok: false, error: `"${text.trim()}" is not a whole number of months; write it like "1 year 6 months".` };
      return months <= value.max ? { ok: true, value: months } : { ok: false, error: `That is more than ${value.max / 12} years; please check it.` };
    }
  }
}
