// Draws tables with cli-table3, sized to the terminal: columns keep their
// natural width when they fit and the widest ones wrap when they do not.

import Table from "cli-table3";
import { stripVTControlCharacters } from "node:util";
import { safeLines } from "./safe-text.js";
import type { Style } from "./style.js";
import { wrapText } from "./wrap.js";

export { wrapText };

export interface TableOptions {
  /** Total width available, borders included. */
  width: number;
  /** No box drawing: columns separated by spaces, for projectors and plain text. */
  plain?: boolean;
  /** Rows drawn at a time (ROWS_PER_DRAW); tests set it low to see the parts joined. */
  rowsPerDraw?: number;
}

/**
 * The largest of `values`, or `least` if none is larger. Not Math.max(...):
 * spread into arguments, a table of 200,000 rows (workshop --all) or a cell
 * of as many words overflows the stack.
 */
function largest(least: number, values: Iterable<number>): number {
  let most = least;
  for (const v of values) if (v > most) most = v;
  return most;
}

const lengths = (parts: string[]) => parts.map((p) => p.length);
const visibleWidth = (s: string) => largest(0, lengths(stripVTControlCharacters(s).split("\n")));

/** The longest piece a cell cannot be broken inside: a word, or the part of an id or range between hyphens or dashes. */
const longestPiece = (s: string) => largest(0, lengths(stripVTControlCharacters(s).split(/\s+|(?<=[-–])/)));

/**
 * The longest word of a cell that a table `width` columns wide could keep
 * whole: an id, a date or a figure split across lines no longer pastes or
 * reads as one. A word too long for any layout (a pasted 5,000-character
 * name) is cut however the table is drawn, so it sets no floor.
 */
function longestKeepable(width: number): (s: string) => number {
  return (s) => {
    let most = 0;
    for (const word of stripVTControlCharacters(s).split(/\s+/)) if (word.length > most && word.length <= width - 4) most = word.length;
    return most;
  };
}

/**
 * Column widths (padding included) that fit `width`. Columns keep their
 * natural width when the table fits; otherwise each gives up room in
 * proportion to how much it has beyond its floor (whole words where
 * possible), so a long "why" column shrinks more than a short title.
 */
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Each column's width (padding included): as wide as its widest cell, or no narrower than its longest `unit`. */
function columnWidths(cells: string[][], unit?: (s: string) => number): number[] {
  const columns = largest(0, cells.map((r) => r.length));
  return Array.from({ length: columns }, (_, i) => {
    const natural = largest(3, cells.map((r) => visibleWidth(r[i] ?? "") + 2));
    return unit ? Math.min(natural, largest(5, cells.map((r) => unit(r[i] ?? "") + 2))) : natural;
  });
}

/** Whether `width` holds every column at least as wide as its longest word: if not, some word (an id, a date) would be cut. */
export function fitsWithoutCutting(cells: string[][], width: number): boolean {
  const floor = columnWidths(cells, longestKeepable(width));
  return sum(floor) <= width - (floor.length + 1);
}

export function fitColumns(cells: string[][], width: number): number[] {
  const natural = columnWidths(cells);
  const budget = width - (natural.length + 1);
  if (sum(natural) <= budget) return natural;
  let floor = columnWidths(cells, longestKeepable(width));
  if (sum(floor) > budget) floor = columnWidths(cells, longestPiece);
  if (sum(floor) > budget) {
    // Even unbroken pieces do not fit: share the width by the floors, and let words break.
    const scale = budget / sum(floor);
    return floor.map((f) => Math.max(5, Math.floor(f * scale)));
  }
  const spare = budget - sum(floor);
  const excess = natural.map((n, i) => n - floor[i]!);
  const totalExcess = sum(excess);
  const widths = floor.map((f, i) => f + Math.floor((spare * excess[i]!) / totalExcess));
  // Hand out what rounding left over, one column each, largest excess first.
  let left = budget - sum(widths);
  for (const i of excess.map((e, i) => [e, i] as const).sort((a, b) => b[0] - a[0]).map(([, i]) => i)) {
    if (left <= 0) break;
    if (widths[i]! < natural[i]!) {
      widths[i]!++;
      left--;
    }
  }
  return widths;
}

/** A bulleted note, its later lines indented under the first. */
export function bullet(text: string, width: number): string {
  return wrapText(text, width - 2)
    .split("\n")
    .map((line, i) => (i === 0 ? "• " : "  ") + line)
    .join("\n");
}

const PLAIN_CHARS = {
  top: "", "top-mid": "", "top-left": "", "top-right": "",
  bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "",
  // Rules between rows drawn as spaces: blank lines once trimmed.
  left: "", "left-mid": " ", mid: " ", "mid-mid": " ", right: "", "right-mid": " ", middle: " ",
};

/**
 * cli-table3 takes time that grows faster than its rows (16,000 rows take
 * over ten times as long as 2,000), and spreads its rows into one call as it
 * draws a head, which overflows the stack at some 100,000 (workshop --all).
 * A table of more rows than this is drawn a part at a time: the head apart,
 * then the rows, the parts joined where their borders meet.
 */
const ROWS_PER_DRAW = 2_000;

const RULE: Record<string, string> = { "┌": "├", "┬": "┼", "┐": "┤" };

function drawInParts(draw: (rows: string[][], withHead: boolean) => string, rows: string[][], rules: boolean, size: number): string {
  const out = draw([], true).split("\n");
  const boxed = out[0]?.startsWith("┌") === true;
  // The head's bottom border gives way to the rule under it.
  if (boxed) out.pop();
  for (let from = 0; from < rows.length; from += size) {
    const lines = draw(rows.slice(from, from + size), false).split("\n");
    // Under the head there is always a rule; between parts, only where rows have rules between them.
    const ruled = from === 0 || rules;
    if (boxed) {
      const top = lines.shift()!;
      if (ruled) out.push(top.replace(/[┌┬┐]/g, (c) => RULE[c]!));
      if (from + size < rows.length) lines.pop();
    } else if (ruled) {
      // Plain tables draw no borders, and their rules as spaces: trimmed to nothing.
      out.push("");
    }
    for (const line of lines) out.push(line);
  }
  return out.join("\n");
}

/**
 * A table of cells that may come from input: each is made safe before it is
 * measured, and `paint` (colour for a status word, say) is applied after, so
 * that our own escape codes are the only ones that reach the terminal.
 */
export function drawTable(style: Style, head: string[], rawRows: string[][], opts: TableOptions, paint?: (cell: string, column: number) => string): string {
  const rows = rawRows.map((r) => r.map(safeLines));
  // Too narrow for the columns' words (four columns in 40, or a long id in 80): a block per row reads better than words cut in pieces.
  if (!fitsWithoutCutting([head, ...rows], opts.width)) return stackedRows(style, head, rows, opts.width, paint);
  const colWidths = fitColumns([head, ...rows], opts.width);
  // Rules between rows only help when a row spans several lines.
  const multiline = rows.some((r) => r.some((c, j) => c.includes("\n") || visibleWidth(c) + 2 > (colWidths[j] ?? 0)));
  const wrap = (row: string[]) => row.map((cell, i) => wrapText(cell, (colWidths[i] ?? 3) - 2));
  const draw = (body: string[][], withHead: boolean) => {
    const table = new Table({
      ...(withHead ? { head: wrap(head).map((h) => style.bold(h)) } : {}),
      colWidths,
      // cli-table3 colours heads and borders by default even into a pipe.
      style: { head: [], border: [], compact: !multiline },
      ...(opts.plain ? { chars: PLAIN_CHARS } : {}),
    });
    for (const row of body) table.push(wrap(row).map((cell, i) => (paint ? paint(cell, i) : cell)));
    return table.toString();
  };
  const size = opts.rowsPerDraw ?? ROWS_PER_DRAW;
  const out = rows.length <= size ? draw(rows, true) : drawInParts(draw, rows, multiline, size);
  if (!opts.plain) return out;
  // Plain tables keep a blank line between rows that wrap, so that attendees do not run together.
  const lines = out.split("\n").map((l) => l.trimEnd());
  if (!multiline) return lines.filter((l) => l !== "").join("\n");
  while (lines[0] === "") lines.shift();
  while (lines.at(-1) === "") lines.pop();
  return lines.join("\n");
}

/**
 * A table as a block of lines per row, for a width its columns' words do not
 * fit: the row's first cell (after a "#" rank, if any) on a line of its own,
 * then "Heading: value" beneath it for each other cell. A row of two cells is
 * one "label: value" line. The same shape as --format plain, but wrapped to
 * the width, and a status word still painted.
 */
function stackedRows(style: Style, head: string[], rows: string[][], width: number, paint?: (cell: string, column: number) => string): string {
  const label = (i: number) => (head[i] ?? "").replace(/\s+/g, " ").trim();
  const ranked = label(0) === "#";
  const first = ranked ? 1 : 0;
  /** "name: value", wrapped with its later lines indented; painted where it fits on one line (the paint must not be wrapped). */
  const line = (name: string, cell: string, column: number, indent: number) => {
    const text = name ? `${name}: ${cell}` : cell;
    const shown = paint?.(cell, column) ?? cell;
    if (shown !== cell && !text.includes("\n") && visibleWidth(text) <= width - indent) return `${" ".repeat(indent)}${name ? `${name}: ` : ""}${shown}`;
    return wrapText(text, width - indent - 2)
      .split("\n")
      .map((l, j) => `${" ".repeat(j === 0 ? indent : indent + 2)}${l}`)
      .join("\n");
  };
  if (head.length - first <= 2) {
    return rows.map((row) => line(row[first] ?? "", row[first + 1] ?? "", first + 1, 0)).join("\n");
  }
  return rows
    .map((row) => {
      // A rank hangs in front of its title: "2. Start as a receptionist…", the later lines under the title.
      const rank = ranked ? `${row[0]}. ` : "";
      const title = wrapText(row[first] ?? "", width - rank.length)
        .split("\n")
        .map((l, j) => `${j === 0 ? rank : " ".repeat(rank.length)}${l}`)
        .join("\n");
      const out = [style.bold(title)];
      for (let i = first + 1; i < row.length; i++) if (row[i]!.trim() !== "") out.push(line(label(i), row[i]!, i, rank.length || 2));
      return out.join("\n");
    })
    .join("\n\n");
}
