// The work of `medsec-path assess`: get a Profile (from a file or the
// questionnaire), assess it, print the report.

import type { Command } from "commander";
// Static: a dynamic import of this CommonJS library gives only `default` once bundled.
import { stringify } from "yaml";
import { answersOf, profileFromValue } from "../../answers/parse.js";
import { readAnswers } from "../../answers/read.js";
import { assess, UnknownRoleError } from "../../engine/assess.js";
import type { Profile, Report } from "../../engine/types.js";
import { UsageError, WriteFailed } from "../../errors.js";
import { assessJson, toJson } from "../../render/json.js";
import { safeLines, safeText } from "../../render/safe-text.js";
import { contextFor, staleWarning, warnIfStale, type Context } from "../context.js";
import { checkNewFile, writeWhole } from "../output-files.js";

export interface AssessOptions {
  answers?: string;
  saveAnswers?: string;
  force?: boolean;
  json?: boolean;
  format: "table" | "markdown" | "json";
}

export async function runAssess(opts: AssessOptions, command: Command): Promise<void> {
  const ctx = await contextFor(command);
  if (opts.saveAnswers && opts.answers) {
    throw new UsageError("--save-answers saves answers typed at the questions, so it cannot be used with --answers");
  }
  // Checked before the first question, so that no one answers thirteen of them for nothing.
  if (opts.saveAnswers) checkNewFile(opts.saveAnswers, opts.force === true, "--save-answers");
  const asked = opts.answers ? undefined : await askInTerminal(ctx, opts.saveAnswers, opts.force === true);
  const profile = asked ? asked.profile : await readAnswers(opts.answers!, ctx.dataset);
  let report: Report;
  try {
    report = assess(profile, ctx.dataset);
  } catch (e) {
    if (e instanceof UnknownRoleError) throw new UsageError(e.message, e.hint);
    throw e;
  }
  warnIfStale(ctx, report.nation);
  await printReport(ctx, report, opts.json ? "json" : opts.format);
  if (asked?.unsaved) {
    // The save failed after all the questions: the answers go to stdout, after the report, so nothing is lost.
    ctx.term.stdout.write(safeLines(`\n${asked.unsaved.text}`));
    throw asked.unsaved.error;
  }
}

interface Asked {
  profile: Profile;
  /** Set when --save-answers could not write: the answers as they would have been saved, and why not. */
  unsaved?: { text: string; error: WriteFailed };
}

async function askInTerminal(ctx: Context, saveTo: string | undefined, force: boolean): Promise<Asked> {
  // Inquirer cannot tell a closed stdin from Ctrl-C, so check before drawing anything.
  if (!ctx.term.stdinIsTTY || !ctx.term.stderrIsTTY) {
    throw new UsageError(
      "there is no terminal to ask the questions on",
      "Pass your answers in a file: medsec-path assess --answers answers.yaml (or --answers - to read them from stdin). The README has an example file.",
    );
  }
  const [{ askAnswers }, { terminalPrompts }] = await Promise.all([import("../../questionnaire/ask.js"), import("../../questionnaire/prompts.js")]);
  const answers = await askAnswers(terminalPrompts(), ctx.dataset);
  const profile = profileFromValue(answers, ctx.dataset, "<questionnaire>");
  if (!saveTo) return { profile };
  // The path goes in a comment line: quoted if it holds anything that could end the comment early.
  const shown = /^[\w./@+-]+$/.test(saveTo) ? saveTo : JSON.stringify(saveTo);
  const text = `# medsec-path answers: re-run with  medsec-path assess --answers ${shown}\n${stringify(answersOf(profile))}`;
  try {
    writeWhole(saveTo, text, force);
  } catch (e) {
    if (!(e instanceof WriteFailed)) throw e;
    return { profile, unsaved: { text, error: new WriteFailed(`${e.message}. Your answers are printed at the end of the report: copy them into a .yaml file`) } };
  }
  ctx.term.stderr.write(`${safeText(`Saved your answers to ${saveTo}`)}\n`);
  return { profile };
}

export async function printReport(ctx: Context, report: Report, format: AssessOptions["format"]): Promise<void> {
  // Pay that may be out of date is said on stderr, and also in the report
  // itself wherever it can be saved or shared without that stderr line.
  const stale = staleWarning(ctx.dataset.pay, ctx.now, report.nation);
  if (format === "json") {
    ctx.term.stdout.write(toJson(assessJson(report, stale)));
    return;
  }
  const { reportModel } = await import("../../render/report-model.js");
  const model = reportModel(report, ctx.dataset, format === "markdown" && stale ? [stale] : []);
  if (format === "markdown") {
    const { renderMarkdown } = await import("../../render/markdown.js");
    ctx.term.stdout.write(renderMarkdown(model, `Your route to becoming a ${report.target.title.toLowerCase()}`));
    return;
  }
  const [{ renderReport }, { makeStyle }] = await Promise.all([import("../../render/report.js"), import("../../render/style.js")]);
  ctx.term.stdout.write(renderReport(model, makeStyle(ctx.term.color), { width: ctx.term.columns }));
}

