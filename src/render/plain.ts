// Any report built as Sections, as linear text for screen readers and plain
// text: headings on their own lines, numbered items, "label: value" lines.
// No box drawing, no colour, nothing that needs columns to line up: a table
// read cell by cell on a screen reader loses which column a cell is in, so
// every value here says what it is.

import type { ReportModel, Section } from "./report-model.js";
import { safeLines, safeText } from "./safe-text.js";
import { enGB, type Catalogue } from "./words/en-gb.js";

/** A cell's text on one line (line breaks inside a cell were only for table layout), made safe to print. */
const oneLine = (s: string) => safeText(s.replace(/\s*\n\s*/g, " ").trim());

/** The column holding an item's own number, such as a route's rank ("#"), if there is one. */
function numberColumn(section: Section): number {
  return section.head.findIndex((h) => h.trim() === "#");
}

/**
 * A section's rows as text. Two columns read as "label: value" lines; wider
 * rows become numbered items, the first column (after any "#") naming the item
 * and each other cell a "heading: value" line beneath it.
 */
export function plainSection(section: Section, words: Catalogue = enGB): string[] {
  const out: string[] = [section.title, ""];
  const numbered = numberColumn(section);
  const columns = section.head.map((h, i) => i).filter((i) => i !== numbered);
  if (section.rows.length === 0) out.push(words.report.none);
  if (columns.length <= 2) {
    for (const row of section.rows) {
      const [label, value] = columns.map((i) => oneLine(row[i] ?? ""));
      out.push(value === undefined ? (label ?? "") : label ? `${label}: ${value}` : value);
    }
  } else {
    const [name, ...rest] = columns;
    section.rows.forEach((row, i) => {
      if (i > 0) out.push("");
      const n = numbered >= 0 ? oneLine(row[numbered] ?? "") || String(i + 1) : String(i + 1);
      out.push(`${n}. ${oneLine(row[name!] ?? "")}`);
      for (const c of rest) {
        const value = oneLine(row[c] ?? "");
        if (value) out.push(`   ${oneLine(section.head[c] ?? "")}: ${value}`);
      }
    });
  }
  for (const note of section.notes ?? []) out.push("", oneLine(note));
  return out;
}

export function renderPlain(model: ReportModel, title: string): string {
  const out: string[] = [safeLines(title), "", oneLine(model.verdict)];
  for (const section of model.sections) out.push("", ...plainSection(section, model.words));
  for (const note of model.footnotes) out.push("", oneLine(note));
  return `${out.join("\n")}\n`;
}
