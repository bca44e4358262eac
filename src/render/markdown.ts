// The assessment report as Markdown, for email or print.

import type { ReportModel } from "./report-model.js";
import { safeLines } from "./safe-text.js";

/**
 * Text from people or data, made inert in Markdown, by one kind of escape (a
 * backslash, which reads as the character itself in a viewer and close to it
 * as plain text): no HTML, no stray emphasis, links, strikethrough or
 * headings. An "&" is escaped only where it would start an entity such as
 * &lt;, and a "#" only at the start: elsewhere they mean nothing, and escaped
 * they read badly as plain text. Control characters are shown, not kept.
 */
export function markdownText(s: string): string {
  return safeLines(s)
    .replace(/([\\`*_[\]|<>~])/g, "\\$1")
    .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
    .replace(/^#/, "\\#");
}

const cell = (s: string) => markdownText(s).replace(/\n/g, "<br>");

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
