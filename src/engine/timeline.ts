// Pay year by year along the recommended route, then in the target role: the
// figures behind the handout's chart.

import { findBand, findTable, salaryAfter } from "./pay.js";
import type { Dataset, Report, Route } from "./types.js";

/** Agenda for Change full-time hours, used to turn an hourly apprentice rate into a year's pay. */
export const FULL_TIME_HOURS_PER_WEEK = 37.5;
const WEEKS_PER_YEAR = 52;

export interface TimelineYear {
  year: number;
  /** Annual pay; null where it is not known: the person's own job, or no pay table for their nation. */
  salary: number | null;
  what: string;
}

/** The step (or the role itself, once the route is done) at a month from the start. */
function stepAt(route: Route, month: number) {
  let elapsed = 0;
  for (const step of route.steps) {
    elapsed += step.months.max;
    if (month < elapsed) return step;
  }
  return undefined;
}

export function payTimeline(report: Report, dataset: Dataset, yearsInRole = 3): TimelineYear[] {
  const route = report.routes[0];
  if (!route) return [];
  const table = findTable(dataset.pay, report.nation);
  const targetBand = report.target.bands[0];
  const band = table && targetBand ? findBand(table, targetBand) : undefined;
  const routeYears = Math.ceil(route.months.max / 12);
  const years: TimelineYear[] = [];
  for (let year = 1; year <= routeYears + yearsInRole; year++) {
    // Sample the middle of each year: what the person is doing most of it.
    const step = stepAt(route, (year - 1) * 12 + 6);
    if (!step) {
      // Whole years in the role by the middle of this year, counted from when the route ends.
      const inRole = Math.floor(((year - 1) * 12 + 6 - route.months.max) / 12);
      years.push({
        year,
        salary: band ? salaryAfter(band, Math.max(0, inRole)) : null,
        what: `${report.target.title}${targetBand ? `, band ${targetBand}` : ""}`,
      });
      continue;
    }
    const pay = step.pay;
    const salary =
      pay.kind === "band"
        ? (pay.salary ?? null)
        : pay.kind === "apprentice"
          ? pay.perHour === undefined
            ? null
            : Math.round(pay.perHour * FULL_TIME_HOURS_PER_WEEK * WEEKS_PER_YEAR)
          : pay.kind === "unpaid"
            ? 0
            : null;
    years.push({ year, salary, what: step.title });
  }
  return years;
}
