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
const longestWord = (s: string) => largest(0, lengths(stripVTControlCharacters(s).split(/\s+/)));

/** The longest piece a cell cannot be broken inside: a word, or the part of an id or range between hyphens or dashes. */
const longestPiece = (s: string) => largest(0, lengths(stripVTControlCharacters(s).split(/\s+|(?<=[-–])/)));

/**
 * Column widths (padding included) that fit `width`. Columns keep their
 * natural width when the table fits; otherwise each gives up room in
 * proportion to how much it has beyond its floor (whole words where
 * possible), so a long "why" column shrinks more than a short title.
 */
export function fitColumns(cells: string[][], width: number): number[] {
  const columns = largest(0, cells.map((r) => r.length));
  const budget = width - (columns + 1);
  const natural = Array.from({ length: columns }, (_, i) => largest(3, cells.map((r) => visibleWidth(r[i] ?? "") + 2)));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(natural) <= budget) return natural;
  let floor = Array.from({ length: columns }, (_, i) => Math.min(natural[i]!, largest(5, cells.map((r) => longestWord(r[i] ?? "") + 2))));
  if (sum(floor) > budget) floor = Array.from({ length: columns }, (_, i) => Math.min(natural[i]!, largest(5, cells.map((r) => longestPiece(r[i] ?? "") + 2))));
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
