// The data freshness check behind `medsec-path data --check`: every source
// last read or dated more than 18 months before today, and every item no
// source confirms, so that the next review knows where to look. Pure: today
// is handed in (the command's --today, or the clock).

import type { UnconfirmedFinding } from "./findings.js";
import type { Dataset } from "./types.js";

/** A source is due for a fresh look once it is this many months old. */
export const STALE_MONTHS = 18;

export interface StaleSource {
  /** The data file the item is in. */
  file: string;
  /** The item: a qualification's or route's id, a nation, a pay table. */
  item: string;
  /** Where in the item the source is, like "source" or "nationNotes[0].source". */
  field: string;
  url: string;
  /** The date its age is counted from. */
  date: string;
  /** seen: the day it was last read; asOf: the document's own date; effectiveFrom: a pay table's start. */
  dateKind: "seen" | "asOf" | "effectiveFrom";
}

export interface UnconfirmedItem {
  file: string;
  item: string;
  url: string | null;
  /** What could not be confirmed, as a finding (the catalogue words it). */
  finding: UnconfirmedFinding;
}

export interface FreshnessReport {
  today: string;
  /** Sources dated before this day are listed. */
  cutoff: string;
  stale: StaleSource[];
  unconfirmed: UnconfirmedItem[];
}

/** The day `months` calendar months before an ISO date, clamped to the month's end (31 August less 18 months is 28 February). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

interface Found {
  field: string;
  url: string;
  asOf: string;
  seen?: string;
}

/** Every { url, asOf } inside a value (with its seen, where given), and where it sits. */
function sourcesIn(value: unknown, path: string, out: Found[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => sourcesIn(v, `${path}[${i}]`, out));
    return;
  }
  if (value === null || typeof value !== "object") return;
  const o = value as Record<string, unknown>;
  if (typeof o.url === "string" && typeof o.asOf === "string") {
    out.push({ field: path, url: o.url, asOf: o.asOf, ...(typeof o.seen === "string" ? { seen: o.seen } : {}) });
    return;
  }
  for (const [k, v] of Object.entries(o)) sourcesIn(v, path ? `${path}.${k}` : k, out);
}

/**
 * The day a source was last read, where recorded: its own seen, or for a
 * qualification's own source the qualification's seen; the later where both
 * are given. Undefined where neither is.
 */
export function lastRead(source: { seen?: string | undefined }, itemSeen?: string): string | undefined {
  const { seen } = source;
  if (seen === undefined) return itemSeen;
  return itemSeen !== undefined && itemSeen > seen ? itemSeen : seen;
}

export function checkFreshness(dataset: Dataset, today: string): FreshnessReport {
  const cutoff = monthsBefore(today, STALE_MONTHS);
  const stale: StaleSource[] = [];
  const consider = (file: string, item: string, value: object, itemSeen?: string) => {
    const found: Found[] = [];
    sourcesIn(value, "", found);
    for (const f of found) {
      // Counted from the day it was last read, where that is recorded: an old law still in force is not out of date.
      const seen = lastRead(f, f.field === "source" ? itemSeen : undefined);
      const date = seen ?? f.asOf;
      if (date < cutoff) stale.push({ file, item, field: f.field, url: f.url, date, dateKind: seen !== undefined ? "seen" : "asOf" });
    }
  };
  for (const q of dataset.qualifications) consider("qualifications.yaml", q.id, q, q.seen);
  for (const r of dataset.roles) consider("roles.yaml", r.id, r);
  for (const r of dataset.routes) consider("routes.yaml", r.id, r);
  for (const n of dataset.nations) consider("nations.yaml", n.id, n);
  if (dataset.pay.traineePay) consider("bands.yaml", "traineePay", dataset.pay.traineePay);
  // Pay: each nation's newest table only; older years are history, not out of date.
  const newest = new Map<string, (typeof dataset.pay.tables)[number]>();
  for (const t of dataset.pay.tables) {
    const best = newest.get(t.nation);
    if (!best || t.effectiveFrom > best.effectiveFrom) newest.set(t.nation, t);
  }
  for (const t of newest.values()) {
    if (t.effectiveFrom < cutoff) stale.push({ file: "bands.yaml", item: `${t.nation} ${t.payYear}`, field: "source", url: t.source, date: t.effectiveFrom, dateKind: "effectiveFrom" });
  }
  stale.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file) || a.item.localeCompare(b.item));

  const unconfirmed: UnconfirmedItem[] = [];
  for (const q of dataset.qualifications) {
    if (q.status === "unconfirmed") unconfirmed.push({ file: "qualifications.yaml", item: q.id, url: q.source.url, finding: { code: "course-still-open", qualification: q.id } });
  }
  for (const u of dataset.pay.unconfirmed) {
    unconfirmed.push({ file: "bands.yaml", item: `${u.nation} ${u.payYear}`, url: null, finding: { code: "pay-unconfirmed", part: u.what, nation: u.nation, payYear: u.payYear } });
  }
  return { today, cutoff, stale, unconfirmed };
}
