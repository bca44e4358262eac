// The assessment report for a terminal: the verdict, then each section as a table.

import type { ReportModel } from "./report-model.js";
import type { Style } from "./style.js";
import { drawTable, type TableOptions } from "./table.js";

export function renderReport(model: ReportModel, style: Style, opts: TableOptions): string {
  const out: string[] = [style.bold(model.verdict), ""];
  for (const section of model.sections) {
    const rows = section.rows.map((row) =>
      row.map((cell, i) => {
        if (i !== section.statusColumn) return cell;
        return cell === "Met" ? style.good(cell) : cell === "Partly" ? style.warn(cell) : style.bad(cell);
      }),
    );
    out.push(style.heading(section.title));
    out.push(drawTable(style, section.head, rows, opts));
    for (const note of section.notes ?? []) out.push(style.dim(`• ${note}`));
    out.push("");
  }
  for (const note of model.footnotes) out.push(style.dim(note));
  return `${out.join("\n")}\n`;
}
