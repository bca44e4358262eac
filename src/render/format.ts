// How figures are written for people: pounds, months, ranges. The numbers go
// through Intl; the words around them come from the catalogue (en-GB unless given).

import type { Range } from "../engine/types.js";
import { enGB } from "./words/en-gb.js";
import type { ReportWords } from "./words/report-words.js";

const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const gbpPence = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2 });

export function money(pounds: number): string {
  return gbp.format(pounds);
}

export function perHour(pounds: number, r: ReportWords = enGB.report): string {
  return r.perHour(gbpPence.format(pounds));
}

export function moneyRange(range: Range, r: ReportWords = enGB.report): string {
  if (range.max === 0) return r.free;
  return range.min === range.max ? money(range.min) : `${money(range.min)}–${money(range.max)}`;
}

export function months(range: Range, r: ReportWords = enGB.report): string {
  if (range.min === range.max) return range.max === 0 ? r.now : r.months(range.max);
  return r.monthsRange(range.min, range.max);
}

export function years(n: number, r: ReportWords = enGB.report): string {
  return r.years(n);
}

export function yesNo(value: boolean | undefined, r: ReportWords = enGB.report): string {
  return value === undefined ? r.notSure : value ? r.yes : r.no;
}

/** A route's cost to the learner; where a course fee is not known, say so rather than "free". */
export function routeCost(totals: { cost: Range; costUnknown: boolean }, r: ReportWords = enGB.report): string {
  if (!totals.costUnknown) return moneyRange(totals.cost, r);
  return totals.cost.max === 0 ? r.feesNotKnown : r.plusFeesNotKnown(moneyRange(totals.cost, r));
}
