// The assessment report as Markdown, for email or print.

import type { ReportModel } from "./report-model.js";

/**
 * Text from people or data, made inert in Markdown: no HTML, no stray
 * emphasis, links or headings. "&" and a "#" inside a line are left alone:
 * they mean nothing there, and escaped they read badly as plain text.
 */
export function markdownText(s: string): string {
  return s
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|])/g, "\\$1")
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
