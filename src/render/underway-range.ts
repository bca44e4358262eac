// Why a route's time can run from a few months to years when the person is
// part-way through one of its steps, in words. The engine works out the
// range, and between two reviews how far in the experience gained says they
// are (engine/compare.ts, underwayEstimate).

import { underwayEstimate, type ReportChange } from "../engine/compare.js";
import type { Dataset, ExperienceKind, Report } from "../engine/types.js";
import { months } from "./format.js";
import { durationWords } from "./words/index.js";

const KIND_WORDS: Record<ExperienceKind, string> = {
  admin: "office or admin work",
  customerService: "customer-facing work",
  healthcare: "work in healthcare",
  secretarial: "secretarial or PA work",
};

export interface UnderwayRange {
  /** For the summary: one sentence. */
  short: string;
  /** For under the route: what the range counts, and what is left if the experience gained says how far in. */
  note: string;
}

/** What explains the time to the role when its best route finishes something already started; undefined otherwise. */
export function underwayRange(change: ReportChange, after: Report, dataset: Dataset): UnderwayRange | undefined {
  const e = underwayEstimate(change, after);
  if (!e) return undefined;
  const title = e.qualification === undefined ? undefined : dataset.qualifications.find((q) => q.id === e.qualification)?.title;
  const what = title ? `the ${title}` : "what you have started";
  const range = `${months(e.total)}, counted from today: ${what} counts as anywhere from done to not yet begun, as your answers do not say how far in you are.`;
  if (!e.gained || e.done === undefined || !e.left) return { short: `The ${months(e.total)} are counted from today, with ${what} taken as anywhere from done to not yet begun.`, note: range };
  const estimate = `you are ${durationWords(e.done)} in: ${months(e.left)} left, counted from today`;
  const gained = `${durationWords(e.gained.months)} of ${KIND_WORDS[e.gained.kind]}`;
  return {
    short: `If ${what} began with your ${gained}, ${estimate}.`,
    note: `${range} If it began with your ${gained} since then, ${estimate}.`,
  };
}
