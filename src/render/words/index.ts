// The en-GB words as the renderers use them: the catalogue, a report's word
// context, and the phrases (lists, lengths of time) outside any finding.

import { needOf } from "../../engine/gaps.js";
import type { CurrentJob, Dataset, Nation, PayChange, Report, Requirement, Route } from "../../engine/types.js";
import { word, wordContext } from "./context.js";
import type { Catalogue, WordContext } from "./en-gb.js";
import { enGB } from "./en-gb.js";
import { phrasesOf } from "./phrases.js";

export { enGB, type Catalogue, type WordContext } from "./en-gb.js";
export { checkedStepTitle, stepTitleWords, word, wordContext } from "./context.js";

const en = phrasesOf(enGB.t);

/** "a, b and c"; with "or", "a, b or c". */
export function listWords(items: readonly string[], joiner: "and" | "or" = "and"): string {
  return en.list(items, joiner);
}

/** "2 years 3 months"; "none" for no time. */
export function durationWords(months: number): string {
  return en.duration(months);
}

/** "1 hour", "17.5 hours": a count of hours as a person says it (the figure for sums is not changed). */
export function hoursWords(n: number): string {
  return en.hours(n);
}

/** "1 year", "2.5 years". */
export function yearsWords(n: number): string {
  return en.years(n);
}

/** A job in words, with the nation's own name for its health service ("HSC admin staff"). */
export function jobWords(job: CurrentJob, serviceShort = "NHS"): string {
  return enGB.job(job, serviceShort);
}

/** A route's reasons, each in words, in the engine's order. */
export function reasonWords(route: Pick<Route, "reasons">, w: WordContext): string[] {
  return route.reasons.map((r) => word(r.finding, w));
}

/**
 * The words for a change between two reports. What a person has and what a
 * requirement needs are worded the same in every nation, so the later
 * report's role is all they need.
 */
export function changeWords(change: { target: { after: { id: string } } }, dataset: Dataset, words: Catalogue = enGB): WordContext {
  return wordContext(dataset, "england", dataset.roles.find((r) => r.id === change.target.after.id), words);
}

/** What a requirement asks for, in words: the "Needed" of every table, in the nation's terms (or the data's own words, with none). */
export function needText(req: Requirement, dataset: Dataset, nation?: Nation, words: Catalogue = enGB): string {
  return word(needOf(req, dataset, nation), wordContext(dataset, nation ?? "england", undefined, words));
}

/** The notes for the person as a whole, in words: their circumstances' first (the engine's findings), then the nation's. */
export function reportNotes(report: Pick<Report, "notes" | "noteFindings">, w: WordContext): string[] {
  return [...report.noteFindings.map((f) => word(f, w)), ...report.notes];
}

/** A pay change's notes in words: their own pay point first, where known, then the nation's notes, each once. */
export function payChangeNotes(change: PayChange, w: WordContext): string[] {
  return [...new Set([...(change.pointFinding ? [word(change.pointFinding, w)] : []), ...change.notes])];
}
