// What an adult's circumstances change in their report (issue 15): pay for the
// hours they can work, a carer's earnings limit, a refresh after years away,
// and an NHS employee's own pay point. The decisions are here; the words are
// in the render catalogue (src/render/words/en-gb.ts), by finding code.

import type { NoteFinding, PayPointFinding, ProRataLine } from "./findings.js";
import { entrySalary, findBand, payYearOf, salaryAfter } from "./pay.js";
import { hasCircumstance, isNhsStaff, worksNow } from "./person.js";
import type { Band, Gap, Nation, NationInfo, PayTable, Profile, Role, Route } from "./types.js";

/** Weeks in a year, as NHSBSA turns weekly figures into yearly ones (365 / 7). */
export const WEEKS_A_YEAR = 52.143;
/** Agenda for Change's full-time week where the nation's data does not say (the Handbook, section 10). */
export const AFC_FULL_TIME_HOURS = 37.5;
/** Out of work this long, office skills learnt before it need a refresh. */
export const REFRESH_AFTER_MONTHS = 60;

/** The hours a week the person gave, where fewer than full time; undefined for full time or not said. */
export function partTimeHours(profile: Profile, fullTime: number): number | undefined {
  const h = profile.hoursPerWeek;
  return typeof h === "number" && h < fullTime ? h : undefined;
}

export function fullTimeHours(info: NationInfo | undefined): number {
  return info?.fullTimeHours?.hours ?? AFC_FULL_TIME_HOURS;
}

/** A salary for some hours a week: yearly pro rata, and weekly. */
export function proRata(salary: number, hours: number, fullTime: number): { yearly: number; weekly: number } {
  const yearly = (salary * hours) / fullTime;
  return { yearly: Math.round(yearly), weekly: Math.round((yearly / WEEKS_A_YEAR) * 100) / 100 };
}

/**
 * A band's yearly pay against the legal minimum wage. Where the pay table is
 * older than the minimum (a nation whose pay award is not yet confirmed) a
 * band can work out below it an hour; an employer must still pay the minimum,
 * so the floor is what the person would earn at least. How an employer tops
 * pay up is not known: only the floor is. `awaitingAward`: the table's pay
 * year is before the year the minimum took effect.
 */
export function legalFloor(
  salary: number,
  weekHours: number,
  minimum: { perHour: number; effectiveFrom: string } | undefined,
  payYear: string | undefined,
): { perHour: number; salary: number; tablePerHour: number; awaitingAward: boolean } | undefined {
  if (!minimum) return undefined;
  const exact = salary / WEEKS_A_YEAR / weekHours;
  if (exact >= minimum.perHour) return undefined;
  return {
    perHour: minimum.perHour,
    salary: Math.round(minimum.perHour * weekHours * WEEKS_A_YEAR),
    tablePerHour: Math.round(exact * 100) / 100,
    awaitingAward: payYear !== undefined && payYear < payYearOf(new Date(minimum.effectiveFrom)),
  };
}

/** The bands a person would be paid at on their way, in order: the best route's paid steps, then the target's. */
function routeBands(best: Route | undefined, target: Role): string[] {
  const bands: string[] = [];
  for (const s of best?.steps ?? []) if (s.pay.kind === "band" && s.pay.band !== undefined && !bands.includes(s.pay.band)) bands.push(s.pay.band);
  for (const b of target.bands) if (!bands.includes(b)) bands.push(b);
  return bands;
}

interface Context {
  profile: Profile;
  nation: Nation;
  info: NationInfo | undefined;
  table: PayTable | undefined;
  target: Role;
  best: Route | undefined;
  gaps: readonly Gap[];
}

/** The person's own pay now, where they are NHS staff who gave their band and years on it. */
function ownPay(profile: Profile, table: PayTable | undefined): { band: string; salary: number } | undefined {
  if (!table || profile.nhsBand === undefined || profile.bandYears === undefined || isNhsStaff(profile) !== true) return undefined;
  const band = findBand(table, profile.nhsBand);
  return band ? { band: profile.nhsBand, salary: salaryAfter(band, profile.bandYears) } : undefined;
}

/** Notes for an adult's circumstances, in the order a reader needs them. */
export function adultNotes(ctx: Context): NoteFinding[] {
  const { profile, info, table } = ctx;
  const notes: NoteFinding[] = [];
  const fullTime = fullTimeHours(info);
  const hours = partTimeHours(profile, fullTime);

  // Full time, or more: the carer's figures are worked out at the full-time week.
  const given = profile.hoursPerWeek;
  const carerHours = hours ?? (given === "full-time" || (typeof given === "number" && given >= fullTime) ? fullTime : undefined);
  const own = ownPay(profile, table);
  const routeLines: ProRataLine[] = [];
  if (table && carerHours !== undefined) {
    for (const b of routeBands(ctx.best, ctx.target)) {
      const band = findBand(table, b);
      if (!band || (own && own.band === b)) continue;
      const salary = entrySalary(band);
      routeLines.push({ band: b, fullTime: salary, ...proRata(salary, carerHours, fullTime) });
    }
  }

  if (hours !== undefined && table) {
    const lines: ProRataLine[] = [];
    if (own) lines.push({ band: own.band, own: true, fullTime: own.salary, ...proRata(own.salary, hours, fullTime) });
    // The first band on their way and the target's own: more figures than that are a table, not a note.
    // A band that starts at the same pay as the one before it (Wales's bands 2 and 3) adds nothing.
    const shown = routeLines.filter((l, i) => i === 0 || (l.band === ctx.target.bands[0] && l.fullTime !== routeLines[0]!.fullTime));
    lines.push(...shown);
    if (lines.length > 0) notes.push({ code: "pro-rata-pay", hours, fullTimeHours: fullTime, lines, ...(table.payYear === undefined ? {} : { payYear: table.payYear }), nation: ctx.nation });
  }

  const benefit = info?.carerBenefit;
  if (hasCircumstance(profile, "carer") && benefit) {
    const first = routeLines[0];
    const limit = benefit.limit?.weekly;
    // Someone whose own pay already passes the limit is not claiming it: the limit is not news to them.
    const ownWeekly = own && carerHours !== undefined ? proRata(own.salary, carerHours, fullTime).weekly : undefined;
    const alreadyOver = ownWeekly !== undefined && limit !== undefined && ownWeekly > limit;
    if (!alreadyOver) {
      const pay =
        first && carerHours !== undefined
          ? { hours: carerHours, band: first.band, weekly: first.weekly, ...(hours === undefined ? { fullTime: true } : {}), ...(limit === undefined ? {} : { hoursUnder: underLimit(first.fullTime, limit, fullTime), over: first.weekly > limit }) }
          : undefined;
      notes.push({ code: "carer-earnings-limit", nation: ctx.nation, ...(pay ? { pay } : {}) });
    }
  }


  // Where no requirement of the target asks for school qualifications, the statement of comparability is still the step.
  if (hasCircumstance(profile, "qualified-abroad") && !ctx.gaps.some((g) => g.advice?.code === "statement-of-comparability")) notes.push({ code: "statement-of-comparability" });

  const away = profile.outOfWorkMonths;
  if (away !== undefined && away >= REFRESH_AFTER_MONTHS && worksNow(profile) !== true) notes.push({ code: "refresh-skills", months: away });
  return notes;
}

/** The most whole hours a week at which a salary stays at or under a weekly limit. */
export function underLimit(salary: number, weeklyLimit: number, fullTime: number): number {
  return Math.floor((weeklyLimit * WEEKS_A_YEAR * fullTime) / salary);
}

/** An NHS employee's own pay point, with the next point they will reach on it. */
export function payPointOf(bandId: string, years: number, band: Band, direction: "cut" | "overlap" | "rise"): PayPointFinding {
  const salary = salaryAfter(band, years);
  const next = band.points.filter((p) => p.afterYears > years).sort((a, b) => a.afterYears - b.afterYears)[0];
  return { code: "pay-point", band: bandId, years, salary, direction, ...(next ? { next: { salary: next.salary, afterYears: next.afterYears } } : {}) };
}
