// Prints a report built as Sections in the format asked for: a table for the
// terminal, Markdown to save or send, or plain linear text for screen readers.
// Each renderer is loaded only when it is the one asked for.

import { inSentence } from "../engine/words.js";
import type { Report } from "../engine/types.js";
import type { ReportModel } from "../render/report-model.js";
import type { NextStep } from "../render/report-ending.js";
import type { Context } from "./context.js";
import { enGB, type Catalogue } from "../render/words/en-gb.js";
import { printPaged } from "./pager.js";

export type TextFormat = "table" | "markdown" | "plain";

/** Formats that may be saved or shared, so what stderr warns about is said in them too. */
export function isShareable(format: TextFormat): boolean {
  return format !== "table";
}

/** For a report shown in a terminal: its last lines, and whether it may be paged (--no-pager says not). */
export interface OnScreen {
  ending?: { verdictLine: string; steps: NextStep[] };
  pager?: boolean;
}

export async function printModel(ctx: Context, model: ReportModel, title: string, format: TextFormat, screen: OnScreen = {}): Promise<void> {
  if (format === "markdown") {
    const { renderMarkdown } = await import("../render/markdown.js");
    ctx.term.stdout.write(renderMarkdown(model, title));
    return;
  }
  if (format === "plain") {
    const { renderPlain } = await import("../render/plain.js");
    ctx.term.stdout.write(renderPlain(model, title));
    return;
  }
  const [{ renderReport }, { makeStyle }] = await Promise.all([import("../render/report.js"), import("../render/style.js")]);
  const style = makeStyle(ctx.term.color);
  let text = renderReport(model, style, { width: ctx.term.columns });
  if (screen.ending) {
    const { renderEnding } = await import("../render/report-ending.js");
    text += `\n${renderEnding(screen.ending.verdictLine, screen.ending.steps, style, ctx.term.columns)}`;
  }
  await printPaged(ctx.term, ctx.host, text, screen.pager === true);
}

/** The heading of a person's report, in the documents that carry one. */
export function reportTitle(report: Report, words: Catalogue = enGB): string {
  return words.report.title(inSentence(report.target.title));
}

/** The heading of a what-if report: the report as it would be with the answers changed. */
export function whatIfTitle(report: Report, words: Catalogue = enGB): string {
  return words.report.change.whatIfTitle(inSentence(report.target.title));
}
