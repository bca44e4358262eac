// Why a route's time can run from a few months to years when the person is
// part-way through one of its steps, in words. The engine works out the
// range, and between two reviews how far in the experience gained says they
// are (engine/compare.ts, underwayEstimate).

import { underwayEstimate, type ReportChange } from "../engine/compare.js";
import type { Dataset, Report } from "../engine/types.js";
import { months } from "./format.js";
import { enGB, type Catalogue } from "./words/en-gb.js";
import { phrasesOf } from "./words/phrases.js";

export interface UnderwayRange {
  /** For the summary: one sentence. */
  short: string;
  /** For under the route: what the range counts, and what is left if the experience gained says how far in. */
  note: string;
}

/** What explains the time to the role when its best route finishes something already started; undefined otherwise. */
export function underwayRange(change: ReportChange, after: Report, dataset: Dataset, catalogue: Catalogue = enGB): UnderwayRange | undefined {
  const e = underwayEstimate(change, after);
  if (!e) return undefined;
  const r = catalogue.report;
  const c = r.change;
  const duration = phrasesOf(catalogue.t).duration;
  const title = e.qualification === undefined ? undefined : dataset.qualifications.find((q) => q.id === e.qualification)?.title;
  const what = title ? c.underwayThe(title) : c.underwayStarted;
  const range = c.underwayRange(months(e.total, r), what);
  if (!e.gained || e.done === undefined || !e.left) return { short: c.underwayShort(months(e.total, r), what), note: range };
  const estimate = c.underwayEstimate(duration(e.done), months(e.left, r));
  const gained = c.underwayGained(duration(e.gained.months), c.underwayKind[e.gained.kind]);
  return { short: c.underwayIf(what, gained, estimate), note: c.underwayNote(range, gained, estimate) };
}
