// The assessment report for a terminal: the verdict, then each section as a table.

import type { ReportModel } from "./report-model.js";
import type { Style } from "./style.js";
import { bullet, drawTable, wrapText, type TableOptions } from "./table.js";

export function renderReport(model: ReportModel, style: Style, opts: TableOptions): string {
  const text = (s: string) => wrapText(s, opts.width);
  const out: string[] = [style.bold(text(model.verdict)), ""];
  for (const section of model.sections) {
    const rows = section.rows.map((row) =>
      row.map((cell, i) => {
        if (i !== section.statusColumn) return cell;
        return cell === "Met" ? style.good(cell) : cell === "Partly" ? style.warn(cell) : style.bad(cell);
      }),
    );
    out.push(style.heading(text(section.title)));
    out.push(drawTable(style, section.head, rows, opts));
    for (const note of section.notes ?? []) out.push(style.dim(bullet(note, opts.width)));
    out.push("");
  }
  for (const note of model.footnotes) out.push(style.dim(text(note)));
  return `${out.join("\n")}\n`;
}
