// The assessment report for a terminal: the verdict, then each section as a table.

import type { ReportModel, Section } from "./report-model.js";
import type { Style } from "./style.js";
import { bullet, drawTable, wrapText, type TableOptions } from "./table.js";

/** Titled tables with their notes: the body of the report, and of the workshop's group view. */
export function renderSections(sections: readonly Section[], style: Style, opts: TableOptions): string[] {
  const out: string[] = [];
  for (const section of sections) {
    // The status word keeps its colour; the table makes every cell safe before painting it.
    const paint = (cell: string, i: number) => {
      if (i !== section.statusColumn) return cell;
      return cell === "Met" ? style.good(cell) : cell === "Partly" ? style.warn(cell) : cell === "Not known" ? style.dim(cell) : style.bad(cell);
    };
    out.push(style.heading(wrapText(section.title, opts.width)));
    out.push(drawTable(style, section.head, section.rows, opts, paint));
    for (const note of section.notes ?? []) out.push(style.dim(bullet(note, opts.width)));
    out.push("");
  }
  return out;
}

export function renderReport(model: ReportModel, style: Style, opts: TableOptions): string {
  const text = (s: string) => wrapText(s, opts.width);
  const out: string[] = [style.bold(text(model.verdict)), "", ...renderSections(model.sections, style, opts)];
  for (const note of model.footnotes) out.push(style.dim(text(note)));
  return `${out.join("\n")}\n`;
}
