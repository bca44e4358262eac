// The group's results for the room: a summary table that cannot single anyone
// out, and a table of attendees labelled by row unless names are asked for.

import { summarise, type GroupSummary } from "../engine/workshop.js";
import type { Report } from "../engine/types.js";
import { months } from "./format.js";
import type { Section } from "./report-model.js";

/** Counts below this (other than 0) are shown as "fewer than 3" to the room. */
export const SMALLEST_SHOWN = 3;

export interface WorkshopEntry {
  row: number;
  name?: string;
  report: Report;
}

export interface PrivacyOptions {
  names: boolean;
  exact: boolean;
}

export function countText(n: number, exact: boolean): string {
  return !exact && n > 0 && n < SMALLEST_SHOWN ? `fewer than ${SMALLEST_SHOWN}` : String(n);
}

export function attendeeLabel(entry: { row: number; name?: string }, names: boolean): string {
  return names && entry.name ? entry.name : `row ${entry.row}`;
}

export function summarySection(summary: GroupSummary, routeTitles: Map<string, string>, privacy: PrivacyOptions): Section {
  const count = (n: number) => countText(n, privacy.exact);
  const rows: string[][] = [
    ["Attendees assessed", String(summary.attendees)],
    ["Ready to apply now", count(summary.ready)],
  ];
  for (const [id, n] of Object.entries(summary.byRoute).sort((a, b) => b[1] - a[1])) {
    rows.push([`Best route: ${routeTitles.get(id) ?? id}`, count(n)]);
  }
  for (const gap of summary.commonGaps.slice(0, 5)) rows.push([`Gap: ${gap.title}${gap.essential ? "" : " (desirable)"}`, count(gap.count)]);
  const median =
    summary.medianTypingWpm === null
      ? "no one gave a speed"
      : !privacy.exact && summary.typingKnown < SMALLEST_SHOWN
        ? `not shown (fewer than ${SMALLEST_SHOWN} gave a speed)`
        : `${Math.round(summary.medianTypingWpm)} wpm (of ${summary.typingKnown} who knew it)`;
  rows.push(["Median typing speed", median]);
  return {
    title: "The group",
    head: ["", "Number"],
    rows,
    notes: privacy.exact ? [] : [`Counts of 1 or 2 show as "fewer than ${SMALLEST_SHOWN}" so that no one is singled out (--exact shows them).`],
  };
}

export function attendeesSection(entries: readonly WorkshopEntry[], privacy: PrivacyOptions): Section {
  return {
    title: "Attendees",
    head: ["Attendee", "Ready", "Main gaps", "Best route", "Time to the role"],
    rows: entries.map((e) => {
      const best = e.report.routes[0];
      const gaps = e.report.gaps.filter((g) => g.essential && (g.status === "missing" || g.status === "partial")).map((g) => g.title);
      return [
        attendeeLabel(e, privacy.names),
        e.report.ready ? "yes" : "no",
        gaps.length ? gaps.slice(0, 3).join("; ") + (gaps.length > 3 ? `; ${gaps.length - 3} more` : "") : "none",
        best?.title ?? "–",
        e.report.ready ? "now" : best ? months(best.months) : "–",
      ];
    }),
  };
}

/** The workshop --json shape (DESIGN.md), built field by field. */
export function workshopJson(entries: readonly WorkshopEntry[], errors: readonly { row: number; column: string; message: string }[], names: boolean) {
  const summary = summarise(entries.map((e) => e.report));
  return {
    summary: {
      attendees: summary.attendees,
      ready: summary.ready,
      byRoute: summary.byRoute,
      commonGaps: summary.commonGaps.map((g) => ({ id: g.id, count: g.count })),
      medianTypingWpm: summary.medianTypingWpm,
    },
    attendees: entries.map((e) => ({
      label: attendeeLabel(e, names),
      row: e.row,
      ready: e.report.ready,
      recommended: e.report.recommended,
      // Months to the role: none for someone ready to apply now, as the table says "now".
      months: e.report.ready ? 0 : (e.report.routes[0]?.months.max ?? null),
      gaps: e.report.gaps.filter((g) => g.status !== "met").map((g) => ({ id: g.id, status: g.status })),
    })),
    errors: errors.map((e) => ({ row: e.row, column: e.column, message: e.message })),
  };
}
