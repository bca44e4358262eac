// The work of `medsec-path assess`: get a Profile (from a file or the
// questionnaire), assess it, print the report.

import type { Command } from "commander";
import { assess, UnknownRoleError } from "../../engine/assess.js";
import type { Profile, Report } from "../../engine/types.js";
import { UsageError, WriteFailed } from "../../errors.js";
import { assessJson, toJson } from "../../render/json.js";
import { safeLines, safeText } from "../../render/safe-text.js";
import { contextFor, staleWarning, warnIfStale, type Context, type GlobalOptions } from "../context.js";
import { examplePath } from "../examples.js";
import { decideColor } from "../io.js";
import { checkNewFile, writeWhole } from "../output-files.js";
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
  // Checked before the first question, so that no one answers them all for nothing.
  if (opts.saveAnswers) checkNewFile(opts.saveAnswers, opts.force === true, "--save-answers");
  // Loaded only for a what-if, and checked before any question is asked.
  const whatIf = opts.set?.length ? await import("./what-if.js") : undefined;
  const sets = whatIf?.checkedSets(opts.set ?? [], ctx.dataset) ?? [];
  const asked = opts.answers ? undefined : await askInTerminal(ctx, command.optsWithGlobals<GlobalOptions>(), opts.saveAnswers, opts.force === true);
  const profile = asked ? asked.profile : await (await import("../../answers/read.js")).readAnswers(opts.answers!, ctx.dataset);
  let report: Report;
  try {
    report = assess(profile, ctx.dataset);
  } catch (e) {
    if (e instanceof UnknownRoleError) throw new UsageError(e.message, e.hint);
    throw e;
  }
  const format = opts.json ? "json" : opts.format;
  if (whatIf) await whatIf.printWhatIf(ctx, report, sets, format);
  else {
    warnIfStale(ctx, report.nation);
    await printReport(ctx, report, format);
  }
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

async function askInTerminal(ctx: Context, globals: GlobalOptions, saveTo: string | undefined, force: boolean): Promise<Asked> {
  const { data: dataDir, color: colorFlag } = globals;
  // Inquirer cannot tell a closed stdin from Ctrl-C, so check before drawing anything.
  if (!ctx.term.stdinIsTTY || !ctx.term.stderrIsTTY) {
    throw new UsageError(
      "there is no terminal to ask the questions on",
      `Pass your answers in a file: medsec-path assess --answers me.yaml (or --answers - to read them from stdin).\nTo see what a report looks like, try a sample person from the examples/ folder: medsec-path assess --answers ${examplePath("career-changer.yaml")}`,
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
  if (!saveTo) return { profile };
  const { answersFileText } = await import("../../answers/save.js");
  const text = answersFileText(saveTo, profile);
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
  const model = reportModel(report, ctx.dataset, isShareable(format) && stale ? [stale] : []);
  await printModel(ctx, model, reportTitle(report), format);
}

