// Pay year by year along the recommended route, then in the target role: the
// figures behind the handout's chart. Worked out month by month, so that a
// year spent partly applying and partly in a post pays only for the months in
// the post, and an apprentice's second year pays the minimum for their age.

import { findBand, findTable, salaryAfter } from "./pay.js";
import type { Dataset, Report, RouteStep, StepPayFigure } from "./types.js";

/** Agenda for Change full-time hours, used to turn an hourly rate into a year's pay. */
export const FULL_TIME_HOURS_PER_WEEK = 37.5;
const WEEKS_PER_YEAR = 52;

export interface TimelineYear {
  year: number;
  /** Pay earned in the year; null where some of it is not known: the person's own job, or no pay table for their nation. */
  salary: number | null;
  /** What fills the year: a step of the route, or the role itself at its first band. */
  what: TimelineDoing;
}

export type TimelineDoing = { step: RouteStep } | { role: string; band?: string };

/** Pay for one month of a step, in pounds, or null where it is not known. */
function monthly(pay: StepPayFigure, monthInStep: number): number | null {
  switch (pay.kind) {
    case "band":
      return pay.salary === undefined ? null : pay.salary / 12;
    case "apprentice": {
      if (pay.kept) return pay.salary === undefined ? null : pay.salary / 12;
      // After the first year the minimum follows the person's age: not known if their age is not.
      const hourly = monthInStep < 12 ? pay.perHour : pay.laterPerHour;
      return hourly === undefined ? null : (hourly * FULL_TIME_HOURS_PER_WEEK * WEEKS_PER_YEAR) / 12;
    }
    case "unpaid":
      return 0;
    case "current-job":
      return pay.salary === undefined ? null : pay.salary / 12;
  }
}

/** What the person earns before the route: their NHS band if we know it, nothing if not working, else not known. */
function payBefore(report: Report, first: RouteStep | undefined): number | null {
  const job = report.profile.currentJob;
  if (job === "not-working") return 0;
  // A route that starts alongside the person's job already knows that pay.
  if (first?.pay.kind === "current-job" && first.pay.salary !== undefined) return first.pay.salary / 12;
  return null;
}

export function payTimeline(report: Report, dataset: Dataset, yearsInRole = 3): TimelineYear[] {
  const route = report.routes[0];
  if (!route) return [];
  const table = findTable(dataset.pay, report.nation);
  const targetBand = report.target.bands[0];
  const band = table && targetBand ? findBand(table, targetBand) : undefined;
  const roleWhat: TimelineDoing = { role: report.target.id, ...(targetBand ? { band: targetBand } : {}) };

  // Month by month: what the person does and earns.
  const months: { pay: number | null; what: TimelineDoing }[] = [];
  let previous = payBefore(report, route.steps[0]);
  let arrival = 0;
  for (const step of route.steps) {
    const length = step.months.max;
    for (let m = 0; m < length; m++) {
      // Getting a post: the old pay (or none) until the post starts at the step's end.
      const pay = step.pay.startsAtEnd ? previous : monthly(step.pay, m);
      months.push({ pay, what: { step } });
    }
    if (!step.inPost) arrival += length;
    const after = monthly({ ...step.pay, startsAtEnd: false }, length);
    previous = step.pay.startsAtEnd ? after : months.at(-1)?.pay ?? previous;
  }
  // Whole years: the last is filled out in the role.
  const total = Math.ceil(Math.max(months.length, arrival + yearsInRole * 12) / 12) * 12;
  // An NHS employee who moves across at their own band keeps their pay point, and their years on the band go on counting.
  const kept = route.steps.some((s) => s.pay.kind === "band" && s.pay.kept && s.pay.band === targetBand) ? report.profile.bandYears : undefined;
  for (let m = months.length; m < total; m++) {
    const inRole = Math.floor((m - arrival) / 12);
    const years = kept === undefined ? Math.max(0, inRole) : kept + m / 12;
    months.push({ pay: band ? salaryAfter(band, years) / 12 : null, what: roleWhat });
  }

  const years: TimelineYear[] = [];
  for (let start = 0; start < months.length; start += 12) {
    const year = months.slice(start, start + 12);
    const known = year.every((m) => m.pay !== null);
    // The year is labelled by what fills the middle of it.
    const what = (year[Math.min(6, year.length - 1)] ?? year[0]!).what;
    years.push({ year: start / 12 + 1, salary: known ? Math.round(year.reduce((a, m) => a + (m.pay ?? 0), 0)) : null, what });
  }
  return years;
}
