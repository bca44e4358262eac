// How figures are written for people: pounds, months, ranges.

import type { Range } from "../engine/types.js";

const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const gbpPence = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2 });

export function money(pounds: number): string {
  return gbp.format(pounds);
}

export function perHour(pounds: number): string {
  return `${gbpPence.format(pounds)} an hour`;
}

export function moneyRange(r: Range): string {
  if (r.max === 0) return "free";
  return r.min === r.max ? money(r.min) : `${money(r.min)}–${money(r.max)}`;
}

export function months(r: Range): string {
  const unit = (n: number) => (n === 1 ? "month" : "months");
  if (r.min === r.max) return r.max === 0 ? "now" : `${r.max} ${unit(r.max)}`;
  return `${r.min}–${r.max} months`;
}

export function years(n: number): string {
  return n === 1 ? "1 year" : `${n} years`;
}

export function yesNo(value: boolean | undefined): string {
  return value === undefined ? "not sure" : value ? "yes" : "no";
}

/** A route's cost to the learner; where a course fee is not known, say so rather than "free". */
export function routeCost(totals: { cost: Range; costUnknown: boolean }): string {
  if (!totals.costUnknown) return moneyRange(totals.cost);
  return totals.cost.max === 0 ? "fees not known" : `${moneyRange(totals.cost)} + fees not known`;
}
