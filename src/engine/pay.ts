// Looking up Agenda for Change pay: which table applies, what a band pays, and
// what a High Cost Area Supplement adds.

import type { Band, Nation, PayData, PayTable, SupplementArea, SupplementTable } from "./types.js";

/** Pay years are written "2025/26" and run from 1 April. */
export function payYearOf(date: Date): string {
  const year = date.getUTCFullYear();
  const start = date.getUTCMonth() >= 3 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** The pay years held for a nation, oldest first. */
export function payYears(pay: PayData, nation: Nation): string[] {
  return pay.tables
    .filter((t) => t.nation === nation)
    .map((t) => t.payYear)
    .sort();
}

/** The table for a nation and year, or the newest the data holds for that nation. */
export function findTable(pay: PayData, nation: Nation, payYear?: string): PayTable | undefined {
  const tables = pay.tables.filter((t) => t.nation === nation);
  if (payYear !== undefined) return tables.find((t) => t.payYear === payYear);
  // Plain comparison: "2025/26" strings sort by year, and localeCompare would
  // load ICU collation data, costing more than the rest of `bands --json`.
  return tables.sort((a, b) => (a.payYear < b.payYear ? -1 : a.payYear > b.payYear ? 1 : 0)).at(-1);
}

export function findBand(table: PayTable, band: string): Band | undefined {
  return table.bands.find((b) => b.band === band);
}

export function bandRange(band: Band): { min: number; max: number } {
  const salaries = band.points.map((p) => p.salary);
  return { min: Math.min(...salaries), max: Math.max(...salaries) };
}

export function entrySalary(band: Band): number {
  return bandRange(band).min;
}

/**
 * The supplement is a percentage of basic pay, held between a floor and a
 * ceiling, so staff on low bands get the floor in cash rather than a small share.
 */
export function supplementFor(salary: number, area: SupplementArea): number {
  const share = Math.round((salary * area.percent) / 100);
  return Math.min(area.max, Math.max(area.min, share));
}

export function findSupplements(pay: PayData, nation: Nation, payYear: string): SupplementTable | undefined {
  return pay.supplements.find((s) => s.nation === nation && s.payYear === payYear);
}

/** Salary after `years` in a band: the highest point already reached. */
export function salaryAfter(band: Band, years: number): number {
  let salary = entrySalary(band);
  for (const point of band.points) if (point.afterYears <= years) salary = Math.max(salary, point.salary);
  return salary;
}

export interface ScalePoint {
  afterYears: number;
  salary: number;
  /** With an area: the supplement on this point and the pay with it. */
  supplement?: number;
  total?: number;
}

export interface ScaleBand {
  band: string;
  min: number;
  max: number;
  points: ScalePoint[];
}

export interface PayScale {
  table: PayTable;
  bands: ScaleBand[];
  area?: SupplementArea;
  supplements?: SupplementTable;
}

/** A pay table as it is shown: optionally one band, optionally with a supplement added. */
export function payScale(
  table: PayTable,
  opts: { band?: string; area?: SupplementArea; supplements?: SupplementTable } = {},
): PayScale {
  const bands = table.bands
    .filter((b) => opts.band === undefined || b.band === opts.band)
    .map((b) => ({
      band: b.band,
      ...bandRange(b),
      points: b.points.map((p) => {
        if (!opts.area) return { ...p };
        const supplement = supplementFor(p.salary, opts.area);
        return { ...p, supplement, total: p.salary + supplement };
      }),
    }));
  return { table, bands, ...(opts.area ? { area: opts.area, supplements: opts.supplements } : {}) };
}

/**
 * An Agenda for Change band as people write it, in a file, a --set, a
 * spreadsheet cell or on the command line: "Band 3", "3.0", "8A" and "8 a"
 * are 3, 3, 8a and 8a. Anything else comes back tidied, for the caller to refuse.
 */
export function bandName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^band\s*/, "")
    .replace(/\s+/g, "")
    .replace(/^(\d+)\.0+$/, "$1");
}
