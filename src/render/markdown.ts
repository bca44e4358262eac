// The assessment report as Markdown, for email or print.

import type { ReportModel } from "./report-model.js";
import { oneLine, safeLines } from "./safe-text.js";

/**
 * Text made inert in Markdown, by one kind of escape (a backslash, which
 * reads as the character itself in a viewer and close to it as plain text):
 * no HTML, no stray emphasis, links or strikethrough. An "&" is escaped only
 * where it would start an entity such as &lt;: elsewhere it means nothing,
 * and escaped it reads badly as plain text. `lines` has had its control
 * characters shown already.
 */
function inert(lines: string): string {
  return lines.replace(/([\\`*_[\]|<>~])/g, "\\$1").replace(/&(?=#?[a-z0-9]+;)/gi, "\\&");
}

/**
 * Text from people or data for a heading, a bold verdict, a list item or a
 * note: inert, and on one line, since a line break in a data file or a file
 * name would otherwise end the bold and start a heading of its own. At its
 * start, what would open a heading or a list inside a list item ("#", "- ",
 * "1. ") is escaped too.
 */
export function markdownText(s: string): string {
  return inert(oneLine(s))
    .replace(/^(\s*)(#|[+-](?=\s|$))/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2");
}

/** A table cell keeps its line breaks, as <br>: a table row cannot start a heading. */
const cell = (s: string) => inert(safeLines(s)).replace(/\n/g, "<br>");

export function markdownTable(head: string[], rows: string[][]): string {
  const lines = [`| ${head.map(cell).join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
  return lines.join("\n");
}

export function renderMarkdown(model: ReportModel, title: string): string {
  const out = [`# ${markdownText(title)}`, "", `**${markdownText(model.verdict)}**`, ""];
  for (const section of model.sections) {
    out.push(`## ${markdownText(section.title)}`, "", markdownTable(section.head, section.rows), "");
    for (const note of section.notes ?? []) out.push(`- ${markdownText(note)}`);
    if (section.notes?.length) out.push("");
  }
  for (const note of model.footnotes) out.push(`_${markdownText(note)}_`, "");
  return `${out.join("\n").trimEnd()}\n`;
}
