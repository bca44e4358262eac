// The group's results for the room: a summary table that cannot single anyone
// out, and a table of attendees labelled by row unless names are asked for.

import { openGaps } from "../engine/gaps.js";
import { summarise, type GroupSummary } from "../engine/workshop.js";
import type { AttendeeReport } from "../engine/assess.js";
import type { Gap } from "../engine/types.js";
import { months } from "./format.js";
import type { Section } from "./report-model.js";
import type { WorkshopAttendeeOutput, WorkshopErrorOutput, WorkshopOutput, WorkshopSummaryOutput } from "./output-schemas.js";
import { jsonSafe, oneLine } from "./safe-text.js";

/** Counts below this (other than 0) are shown as "fewer than 3" to the room. */
export const SMALLEST_SHOWN = 3;

export interface WorkshopEntry {
  row: number;
  name?: string;
  /** A whole Report where handouts are written; the group views need only this much of it. */
  report: AttendeeReport;
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

/** The `n` most common gaps, and any that tie with the last of them: a cut between equals would pick one arbitrarily. */
export function mostCommon<T extends { count: number }>(sorted: readonly T[], n: number): T[] {
  const last = sorted[n - 1];
  if (!last) return [...sorted];
  return sorted.filter((g, i) => i < n || g.count === last.count);
}

/**
 * Why counts are hidden. In a small group most counts are 1 or 2, so nearly
 * every row reads "fewer than 3": said plainly, so that the table does not
 * look broken (issue 19, a workshop of three).
 */
function hiddenCountsNote(attendees: number): string {
  const rule = `Counts of 1 or 2 show as "fewer than ${SMALLEST_SHOWN}" so that no one is singled out (--exact shows them).`;
  if (attendees === 0 || attendees >= 2 * SMALLEST_SHOWN) return rule;
  return `With ${attendees === 1 ? "1 attendee" : `${attendees} attendees`}, most counts are 1 or 2, and an exact one would tell the room who is ready and who has which gap: they show as "fewer than ${SMALLEST_SHOWN}". Staff can see them with --exact, or in --json.`;
}

export function summarySection(summary: GroupSummary, routeTitles: Map<string, string>, privacy: PrivacyOptions): Section {
  const count = (n: number) => countText(n, privacy.exact);
  const rows: string[][] = [
    ["Attendees assessed", String(summary.attendees)],
    ["Ready to apply now", count(summary.ready)],
    ["Ready once they check an answer", count(summary.readyIfConfirmed)],
  ];
  for (const [id, n] of Object.entries(summary.byRoute).sort((a, b) => b[1] - a[1])) {
    rows.push([`Best route: ${routeTitles.get(id) ?? id}`, count(n)]);
  }
  for (const gap of mostCommon(summary.commonGaps, 5)) rows.push([`Gap: ${gap.title}${gap.essential ? "" : " (desirable)"}`, count(gap.count)]);
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
    notes: privacy.exact ? [] : [hiddenCountsNote(summary.attendees)],
  };
}

/** One attendee's row of the attendees table. */
export function attendeeRow(e: WorkshopEntry, privacy: PrivacyOptions): string[] {
  const best = e.report.routes[0];
  const gaps = openGaps(e.report.gaps).filter((g) => g.essential).map((g) => g.title);
  // Ready but for an answer not given: say which to check, not "no" with no gaps.
  const toCheck = e.report.verdict === "ready-if-confirmed" ? e.report.toCheck.map((id) => e.report.gaps.find((g) => g.id === id)?.title ?? id) : [];
  return [
    // A name is typed by a person: on one line in the table, however it was typed.
    oneLine(attendeeLabel(e, privacy.names)),
    e.report.ready ? "yes" : e.report.readyIfConfirmed ? "if confirmed" : "no",
    gaps.length ? gaps.slice(0, 3).join("; ") + (gaps.length > 3 ? `; ${gaps.length - 3} more` : "") : toCheck.length ? `none known; check ${toCheck.join("; ")}` : "none",
    best?.title ?? "–",
    e.report.ready ? "now" : best ? months(best.months) : "–",
  ];
}

/** Where attendeeRow puts the best route's title. */
export const ROUTE_COLUMN = 3;

/** The attendees table, from rows made by attendeeRow. */
export function attendeesTable(rows: string[][]): Section {
  return { title: "Attendees", head: ["Attendee", "Ready", "Main gaps", "Best route", "Time to the role"], rows };
}

export function attendeesSection(entries: readonly WorkshopEntry[], privacy: PrivacyOptions): Section {
  return attendeesTable(entries.map((e) => attendeeRow(e, privacy)));
}

/** Rows that could not be read, and the problems found past those `errors` lists (issue 18: a million bad rows are counted, not kept). */
export interface SkippedCount {
  rowsSkipped: number;
  errorsNotListed: number;
}

function summaryJson(summary: GroupSummary, skipped: SkippedCount): WorkshopSummaryOutput {
  return {
    attendees: summary.attendees,
    ready: summary.ready,
    byRoute: summary.byRoute,
    commonGaps: summary.commonGaps.map((g) => ({ id: g.id, count: g.count })),
    medianTypingWpm: summary.medianTypingWpm,
    // Added in 0.2, after the keys scripts already read.
    readyIfConfirmed: summary.readyIfConfirmed,
    // Added with issue 18's limit on the problems listed.
    rowsSkipped: skipped.rowsSkipped,
    errorsNotListed: skipped.errorsNotListed,
  };
}

const notMet = (g: Gap): g is Gap & { status: Exclude<Gap["status"], "met"> } => g.status !== "met";

export function attendeeJson(e: WorkshopEntry, names: boolean): WorkshopAttendeeOutput {
  return {
    label: attendeeLabel(e, names),
    row: e.row,
    ready: e.report.ready,
    recommended: e.report.recommended,
    // Months to the role: none for someone ready to apply now, as the table says "now".
    months: e.report.ready ? 0 : (e.report.routes[0]?.months.max ?? null),
    gaps: e.report.gaps.filter(notMet).map((g) => ({ id: g.id, status: g.status })),
    readyIfConfirmed: e.report.readyIfConfirmed,
  };
}

type RowProblem = { row: number; column: string; message: string };
const errorJson = (e: RowProblem): WorkshopErrorOutput => ({ row: e.row, column: e.column, message: e.message });

/**
 * The workshop --json shape (docs/contract.md), built field by field. Its keys come
 * in the order the streaming writer below can produce them: the attendees as
 * they are assessed, then the errors, then the summary, known only at the end.
 */
export function workshopJson(entries: readonly WorkshopEntry[], errors: readonly RowProblem[], names: boolean): WorkshopOutput {
  return {
    attendees: entries.map((e) => attendeeJson(e, names)),
    errors: errors.map(errorJson),
    summary: summaryJson(summarise(entries.map((e) => e.report)), { rowsSkipped: new Set(errors.map((e) => e.row)).size, errorsNotListed: 0 }),
  };
}

/** `JSON.stringify(value, null, 2)`, indented to sit at `depth` inside an enclosing document. */
// Split and joined: for 10,000 attendees, about three times faster than a replace of /\n/g.
const nested = (value: unknown, depth: number) => jsonSafe(JSON.stringify(value, null, 2)).split("\n").join(`\n${"  ".repeat(depth)}`);

/**
 * The same JSON text as toJson(workshopJson(...)), written piece by piece:
 * `open` and each `attendee` as they come, `close` once with the errors and
 * the summary. A million attendees pass through without being held.
 */
export class WorkshopJsonText {
  private count = 0;

  constructor(private readonly names: boolean) {}

  open(): string {
    return '{\n  "attendees": [';
  }

  attendee(e: WorkshopEntry): string {
    return `${this.count++ === 0 ? "" : ","}\n    ${nested(attendeeJson(e, this.names), 2)}`;
  }

  close(summary: GroupSummary, errors: readonly RowProblem[], skipped: SkippedCount = { rowsSkipped: new Set(errors.map((e) => e.row)).size, errorsNotListed: 0 }): string {
    const list = (items: unknown[]) => (items.length === 0 ? "[]" : `[\n${items.map((i) => `    ${nested(i, 2)}`).join(",\n")}\n  ]`);
    const attendeesEnd = this.count === 0 ? "]" : "\n  ]";
    const errorsJson = errors.map(errorJson);
    return `${attendeesEnd},\n  "errors": ${list(errorsJson)},\n  "summary": ${nested(summaryJson(summary, skipped), 1)}\n}\n`;
  }
}
