// The group's results for the room: a summary table that cannot single anyone
// out, and a table of attendees labelled by row unless names are asked for.

import { openGaps } from "../engine/gaps.js";
import { summarise, type GroupSummary } from "../engine/workshop.js";
import type { AttendeeReport } from "../engine/assess.js";
import type { Dataset, Gap } from "../engine/types.js";
import { months } from "./format.js";
import type { Section } from "./report-model.js";
import { enGB, type Catalogue } from "./words/en-gb.js";
import type { WorkshopWords } from "./words/workshop-words.js";
import type { WorkshopAttendeeOutput, WorkshopErrorOutput, WorkshopOutput, WorkshopSummaryOutput } from "./output-schemas.js";
import { inRoomTitles, roomRouteTitles } from "./room-titles.js";
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

// Each function takes the catalogue (`words`), en-GB unless a test locale is given.

export function countText(n: number, exact: boolean, ww: WorkshopWords = enGB.report.workshop): string {
  return !exact && n > 0 && n < SMALLEST_SHOWN ? ww.fewerThan(SMALLEST_SHOWN) : String(n);
}

/** An attendee as the tables name them. The JSON's `label` is always en-GB's ("row 4"): scripts read it. */
export function attendeeLabel(entry: { row: number; name?: string }, names: boolean, ww: WorkshopWords = enGB.report.workshop): string {
  return names && entry.name ? entry.name : ww.row(entry.row);
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
function hiddenCountsNote(attendees: number, ww: WorkshopWords): string {
  if (attendees === 0 || attendees >= 2 * SMALLEST_SHOWN) return ww.hiddenRule(SMALLEST_SHOWN, "--exact");
  return ww.hiddenSmall(attendees, SMALLEST_SHOWN, "--exact", "--json");
}

export function summarySection(summary: GroupSummary, routeTitles: Map<string, string>, privacy: PrivacyOptions, words: Catalogue = enGB): Section {
  const ww = words.report.workshop;
  const count = (n: number) => countText(n, privacy.exact, ww);
  const rows: string[][] = [
    [ww.attendeesAssessed, String(summary.attendees)],
    [ww.readyNow, count(summary.ready)],
    [ww.readyOnceChecked, count(summary.readyIfConfirmed)],
  ];
  for (const [id, n] of Object.entries(summary.byRoute).sort((a, b) => b[1] - a[1])) {
    rows.push([ww.bestRoute(routeTitles.get(id) ?? id), count(n)]);
  }
  for (const gap of mostCommon(summary.commonGaps, 5)) rows.push([ww.gap(gap.title, gap.essential), count(gap.count)]);
  const median =
    summary.medianTypingWpm === null
      ? ww.noSpeed
      : !privacy.exact && summary.typingKnown < SMALLEST_SHOWN
        ? ww.speedNotShown(SMALLEST_SHOWN)
        : ww.medianWpm(Math.round(summary.medianTypingWpm), summary.typingKnown);
  rows.push([ww.medianTyping, median]);
  return {
    title: ww.group.title,
    head: [...ww.group.head],
    rows,
    notes: privacy.exact ? [] : [hiddenCountsNote(summary.attendees, ww)],
  };
}

/** One attendee's row of the attendees table. */
export function attendeeRow(e: WorkshopEntry, privacy: PrivacyOptions, words: Catalogue = enGB): string[] {
  const ww = words.report.workshop;
  const best = e.report.routes[0];
  const gaps = openGaps(e.report.gaps).filter((g) => g.essential).map((g) => g.title);
  // Ready but for an answer not given: say which to check, not "no" with no gaps.
  const toCheck = e.report.verdict === "ready-if-confirmed" ? e.report.toCheck.map((id) => e.report.gaps.find((g) => g.id === id)?.title ?? id) : [];
  const shown = [...gaps.slice(0, 3), ...(gaps.length > 3 ? [ww.moreGaps(gaps.length - 3)] : [])];
  return [
    // A name is typed by a person: on one line in the table, however it was typed.
    oneLine(attendeeLabel(e, privacy.names, ww)),
    e.report.ready ? ww.yes : e.report.readyIfConfirmed ? ww.ifConfirmed : ww.no,
    gaps.length ? shown.join(ww.gapJoin) : toCheck.length ? ww.noneKnownCheck(toCheck.join(ww.gapJoin)) : ww.none,
    best?.title ?? "–",
    e.report.ready ? words.report.now : best ? months(best.months, words.report) : "–",
  ];
}

/** Where attendeeRow puts the best route's title. */
export const ROUTE_COLUMN = 3;

/** The attendees table, from rows made by attendeeRow. */
export function attendeesTable(rows: string[][], words: Catalogue = enGB): Section {
  const ww = words.report.workshop;
  return { title: ww.attendees.title, head: [...ww.attendees.head], rows };
}

export function attendeesSection(entries: readonly WorkshopEntry[], privacy: PrivacyOptions, words: Catalogue = enGB): Section {
  return attendeesTable(entries.map((e) => attendeeRow(e, privacy, words)), words);
}

/**
 * The group's views as the room sees them: the group table, then (unless
 * `summaryOnly`) the attendees table of `rows` (made by attendeeRow), out of
 * `summary.attendees`, saying so where it stops short of them all.
 */
export function groupSections(summary: GroupSummary, rows: readonly string[][], dataset: Dataset, privacy: PrivacyOptions, summaryOnly: boolean, words: Catalogue = enGB): Section[] {
  // Each route goes by one name in both tables: the room's ("in NHS Scotland", or "in the health service" for a mixed room).
  const titles = roomRouteTitles(dataset, summary.nations, words);
  const sections = [summarySection(summary, titles, privacy, words)];
  if (!summaryOnly) {
    const table = attendeesTable(inRoomTitles(rows, ROUTE_COLUMN, dataset, titles), words);
    if (rows.length < summary.attendees) table.notes = [words.report.workshop.showing(rows.length, summary.attendees, "--all", "--json", "--handouts")];
    sections.push(table);
  }
  return sections;
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
