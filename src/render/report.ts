// The assessment report for a terminal: the verdict, then each section as a table.

import type { ReportModel, Section } from "./report-model.js";
import type { Style } from "./style.js";
import { bullet, drawTable, wrapText, type TableOptions } from "./table.js";
import { enGB, type Catalogue } from "./words/en-gb.js";

/** Titled tables with their notes: the body of the report, and of the workshop's group view. */
export function renderSections(sections: readonly Section[], style: Style, opts: TableOptions, words: Catalogue = enGB): string[] {
  const out: string[] = [];
  const status = words.report.status;
  for (const section of sections) {
    // The status word keeps its colour; the table makes every cell safe before painting it.
    const paint = (cell: string, i: number) => {
      if (i !== section.statusColumn) return cell;
      return cell === status.met ? style.good(cell) : cell === status.partial ? style.warn(cell) : cell === status.unknown ? style.dim(cell) : style.bad(cell);
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
  const out: string[] = [style.bold(text(model.verdict)), "", ...renderSections(model.sections, style, opts, model.words)];
  for (const note of model.footnotes) out.push(style.dim(text(note)));
  return `${out.join("\n")}\n`;
}
