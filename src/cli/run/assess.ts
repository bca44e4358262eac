// The work of `medsec-path assess`: get a Profile (from a file or the
// questionnaire), assess it, print the report.

import type { Command } from "commander";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { assess, UnknownRoleError } from "../../engine/assess.js";
import type { Profile, Report } from "../../engine/types.js";
import { UsageError } from "../../errors.js";
import { assessJson, toJson } from "../../render/json.js";
import { contextFor, staleWarning, warnIfStale, type Context, type GlobalOptions } from "../context.js";
import { decideColor } from "../io.js";
import { isShareable, printModel, reportTitle, type TextFormat } from "../print.js";

export interface AssessOptions {
  answers?: string;
  saveAnswers?: string;
  force?: boolean;
  json?: boolean;
  format: TextFormat | "json";
  /** `key=value` answers to change before assessing (what-if), in the order given. */
  set?: string[];
}

export async function runAssess(opts: AssessOptions, command: Command): Promise<void> {
  const ctx = await contextFor(command);
  if (opts.saveAnswers && opts.answers) {
    throw new UsageError("--save-answers saves answers typed at the questions, so it cannot be used with --answers");
  }
  if (opts.saveAnswers && !existsSync(dirname(resolve(opts.saveAnswers)))) {
    throw new UsageError(`cannot save to "${opts.saveAnswers}": its folder does not exist`, "Create the folder first, or give another path.");
  }
  if (opts.saveAnswers && existsSync(opts.saveAnswers) && !opts.force) {
    throw new UsageError(`"${opts.saveAnswers}" already exists`, "Choose another name, or add --force to replace it.");
  }
  // Loaded only for a what-if, and checked before any question is asked.
  const whatIf = opts.set?.length ? await import("./what-if.js") : undefined;
  const sets = whatIf?.checkedSets(opts.set ?? [], ctx.dataset) ?? [];
  const profile = opts.answers
    ? (await import("../../answers/read.js")).readAnswers(opts.answers, ctx.dataset)
    : await askInTerminal(ctx, command.optsWithGlobals<GlobalOptions>(), opts.saveAnswers, opts.force === true);
  let report: Report;
  try {
    report = assess(profile, ctx.dataset);
  } catch (e) {
    if (e instanceof UnknownRoleError) throw new UsageError(e.message, e.hint);
    throw e;
  }
  const format = opts.json ? "json" : opts.format;
  if (whatIf) return whatIf.printWhatIf(ctx, report, sets, format);
  warnIfStale(ctx, report.nation);
  await printReport(ctx, report, format);
}

async function askInTerminal(ctx: Context, globals: GlobalOptions, saveTo: string | undefined, force: boolean): Promise<Profile> {
  const { data: dataDir, color: colorFlag } = globals;
  // Inquirer cannot tell a closed stdin from Ctrl-C, so check before drawing anything.
  if (!ctx.term.stdinIsTTY || !ctx.term.stderrIsTTY) {
    throw new UsageError(
      "there is no terminal to ask the questions on",
      "Pass your answers in a file: medsec-path assess --answers answers.yaml (or --answers - to read them from stdin). The README has an example file.",
    );
  }
  // Only what the prompts need loads before the first question: the answers
  // schema (zod) and the yaml library load once the answers are in.
  const [{ askAnswers }, { terminalPrompts }] = await Promise.all([import("../../questionnaire/ask.js"), import("../../questionnaire/prompts.js")]);
  const typingTest = async () => {
    const { measureTypingSpeed } = await import("../../typing/take.js");
    return measureTypingSpeed(ctx.dataset, dataDir, decideColor(colorFlag, process.env, true));
  };
  const answers = await askAnswers(terminalPrompts({ typingTest }), ctx.dataset);
  const { profileFromValue } = await import("../../answers/parse.js");
  const profile = profileFromValue(answers, ctx.dataset, "<questionnaire>");
  if (saveTo) {
    const { saveAnswers } = await import("../../answers/save.js");
    saveAnswers(saveTo, profile, force);
    ctx.term.stderr.write(`Saved your answers to ${saveTo}\n`);
  }
  return profile;
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
  const model = reportModel(report, ctx.dataset, isShareable(format) && stale ? [stale] : []);
  await printModel(ctx, model, reportTitle(report), format);
}

