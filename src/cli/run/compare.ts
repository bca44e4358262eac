// The work of `medsec-path compare`: read two answers files, assess each, and
// say what moved between them.

import { inSentence } from "../../engine/words.js";
import type { Command } from "commander";
import { parseAnswers } from "../../answers/parse.js";
import { ANSWERS_MAX_BYTES, readInputText } from "../../answers/read.js";
import { assess } from "../../engine/assess.js";
import { compareReports } from "../../engine/compare.js";
import type { Dataset, Report } from "../../engine/types.js";
import { UsageError, type Issue } from "../../errors.js";
import { changeJson } from "../../render/change-json.js";
import { compareModel } from "../../render/change.js";
import { assessJson, toJson } from "../../render/json.js";
import { contextFor, staleWarning, warnIgnored } from "../context.js";
import { enGB } from "../../render/words/en-gb.js";
import { printModel, type TextFormat } from "../print.js";

export interface CompareOptions {
  format: TextFormat | "json";
  json?: boolean;
}

async function assessFile(path: string, dataset: Dataset, stdin: NodeJS.ReadableStream, warn: (issue: Issue) => void): Promise<Report> {
  // The same size cap as assess --answers: an endless stdin stops at it.
  const text = await readInputText(path, "answers file", "Check the path: compare takes two answers files, the earlier one first.", ANSWERS_MAX_BYTES, stdin);
  return assess(parseAnswers(text, dataset, path === "-" ? "<stdin>" : path, warn), dataset);
}

export async function runCompare(beforeFile: string, afterFile: string, opts: CompareOptions, command: Command): Promise<void> {
  if (beforeFile === "-" && afterFile === "-") throw new UsageError("only one of the two files can come from stdin (-)");
  const ctx = await contextFor(command);
  const before = await assessFile(beforeFile, ctx.dataset, ctx.term.stdin, warnIgnored(ctx));
  const after = await assessFile(afterFile, ctx.dataset, ctx.term.stdin, warnIgnored(ctx));
  const change = compareReports(before, after);
  const format = opts.json ? "json" : opts.format;
  if (format === "json") {
    // Pay is in the reports, not in the text: only the JSON needs to say it may be old.
    const report = (file: string, r: Report) => ({ file, report: assessJson(r, ctx.dataset, staleWarning(ctx.dataset.pay, ctx.now, r.nation)) });
    ctx.term.stdout.write(toJson({ before: report(beforeFile, before), after: report(afterFile, after), change: changeJson(change, ctx.dataset) }));
    return;
  }
  const model = compareModel(change, beforeFile, afterFile, ctx.dataset, after);
  await printModel(ctx, model, enGB.report.change.progressTitle(inSentence(after.target.title)), format);
}
