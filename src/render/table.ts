// Draws tables with cli-table3, sized to the terminal: columns keep their
// natural width when they fit and the widest ones wrap when they do not.

import Table from "cli-table3";
import { stripVTControlCharacters } from "node:util";
import type { Style } from "./style.js";

export interface TableOptions {
  /** Total width available, borders included. */
  width: number;
  /** No box drawing: columns separated by spaces, for projectors and plain text. */
  plain?: boolean;
}

const visibleWidth = (s: string) => Math.max(0, ...stripVTControlCharacters(s).split("\n").map((l) => l.length));
const longestWord = (s: string) => Math.max(0, ...stripVTControlCharacters(s).split(/\s+/).map((w) => w.length));

/** Column widths (padding included) that fit `width`, shrinking the widest first. */
export function fitColumns(cells: string[][], width: number): number[] {
  const columns = Math.max(0, ...cells.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, i) => Math.max(3, ...cells.map((r) => visibleWidth(r[i] ?? "") + 2)));
  const floor = Array.from({ length: columns }, (_, i) =>
    Math.min(natural[i] ?? 3, Math.max(6, Math.min(14, ...cells.map((r) => longestWord(r[i] ?? "") + 2)))),
  );
  const widths = [...natural];
  const budget = width - (columns + 1);
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > budget) {
    let widest = -1;
    for (let i = 0; i < columns; i++) {
      if ((widths[i] ?? 0) > (floor[i] ?? 0) && (widest < 0 || (widths[i] ?? 0) > (widths[widest] ?? 0))) widest = i;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    total--;
  }
  return widths;
}

const PLAIN_CHARS = {
  top: "", "top-mid": "", "top-left": "", "top-right": "",
  bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "",
  left: "", "left-mid": "", mid: "", "mid-mid": "", right: "", "right-mid": "", middle: " ",
};

export function drawTable(style: Style, head: string[], rows: string[][], opts: TableOptions): string {
  const colWidths = fitColumns([head, ...rows], opts.width);
  // Rules between rows only help when a row spans several lines.
  const multiline = rows.some((r) => r.some((c, j) => c.includes("\n") || visibleWidth(c) + 2 > (colWidths[j] ?? 0)));
  const table = new Table({
    head: head.map((h) => style.bold(h)),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    // cli-table3 colours heads and borders by default even into a pipe.
    style: { head: [], border: [], compact: opts.plain === true || !multiline },
    ...(opts.plain ? { chars: PLAIN_CHARS } : {}),
  });
  table.push(...rows);
  const out = table.toString();
  return opts.plain ? out.split("\n").map((l) => l.trimEnd()).filter((l) => l !== "").join("\n") : out;
}
