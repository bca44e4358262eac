// The assessment report as Markdown, for email or print.

import type { ReportModel } from "./report-model.js";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

export function markdownTable(head: string[], rows: string[][]): string {
  const lines = [`| ${head.map(cell).join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
  return lines.join("\n");
}

export function renderMarkdown(model: ReportModel, title = "Your route to becoming a medical secretary"): string {
  const out = [`# ${title}`, "", `**${model.verdict}**`, ""];
  for (const section of model.sections) {
    out.push(`## ${section.title}`, "", markdownTable(section.head, section.rows), "");
    for (const note of section.notes ?? []) out.push(`- ${note}`);
    if (section.notes?.length) out.push("");
  }
  for (const note of model.footnotes) out.push(`_${note}_`, "");
  return `${out.join("\n").trimEnd()}\n`;
}
