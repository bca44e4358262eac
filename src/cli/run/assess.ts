// The work of `medsec-path assess`: get a Profile (from a file or the
// questionnaire), assess it, print the report.

import type { Command } from "commander";
import type { Profile, Report } from "../../engine/types.js";
import { UsageError, WriteFailed, type Issue } from "../../errors.js";
import { safeLines, safeText } from "../../render/safe-text.js";
import { contextFor, staleWarning, warnIfStale, warnIgnored, type Context, type GlobalOptions } from "../context.js";
import { loadPassages } from "../../data/shipped.js";
import { decideColor } from "../io.js";
import { checkNewFile, writeWhole } from "../output-files.js";
import { unknownRole } from "../unknown-role.js";
import type { AnswersSource } from "../../render/report-ending.js";
import { isShareable, printModel, reportTitle, type TextFormat } from "../print.js";

export interface AssessOptions {
  answers?: string;
  saveAnswers?: string;
  force?: boolean;
  json?: boolean;
  format: TextFormat | "json";
  /** `key=value` answers to change before assessing (what-if), in the order given. */
  set?: string[];
  /** False with --no-pager. */
  pager?: boolean;
  /**
   * A sample answers file to suggest where there is no terminal, as a shell
   * word (set by the command, not a flag: examples.ts stays in the start-up
   * bundle and out of a chunk of its own).
   */
  sampleAnswers?: string;
}

export async function runAssess(opts: AssessOptions, command: Command): Promise<void> {
  const ctx = await contextFor(command);
  // Checked before the first question, so that no one answers them all for nothing.
  if (opts.saveAnswers) checkNewFile(opts.saveAnswers, opts.force === true, "--save-answers");
  // Loaded only for a what-if, and checked before any question is asked.
  const whatIf = opts.set?.length ? await import("./what-if.js") : undefined;
  const sets = whatIf?.checkedSets(opts.set ?? [], ctx.dataset) ?? [];
  // With --set, what is ignored is worked out on the answers as changed: the file's warnings wait for that.
  const fileIgnored: Issue[] = [];
  const profile = opts.answers
    ? await (await import("../../answers/read.js")).readAnswers(opts.answers, ctx.dataset, ctx.term.stdin, whatIf ? (issue) => fileIgnored.push(issue) : warnIgnored(ctx))
    : await askInTerminal(ctx, command.optsWithGlobals<GlobalOptions>(), opts.sampleAnswers);
  // --save-answers keeps what is not in a file yet: the answers typed at the
  // questions, as typed; or an answers file's, with the --set changes made
  // (without any, the file's answers as read: from stdin or JSON, a YAML file).
  let unsaved: Unsaved | undefined;
  if (opts.saveAnswers) {
    const changed = opts.answers !== undefined && sets.length > 0;
    const toSave = changed ? (await import("../../answers/set.js")).profileWithSets(profile, sets, ctx.dataset) : profile;
    unsaved = await saveAnswers(ctx, opts.saveAnswers, opts.force === true, toSave, changed);
  }
  // Loaded once the answers are in: the first question never waits for the engine.
  const engine = await import("../../engine/assess.js");
  let report: Report;
  try {
    report = engine.assess(profile, ctx.dataset);
  } catch (e) {
    if (e instanceof engine.UnknownRoleError) throw unknownRole(e, ctx.dataset);
    throw e;
  }
  const format = opts.json ? "json" : opts.format;
  const pager = opts.pager !== false;
  if (whatIf) await whatIf.printWhatIf(ctx, report, sets, format, pager, fileIgnored);
  else {
    warnIfStale(ctx, report.nation);
    // The answers are not kept unless saved: the end of the report says so, and what else can be done with them.
    const source: AnswersSource =
      opts.answers === "-" ? { kind: "stdin" } : opts.answers ? { kind: "file", file: opts.answers } : opts.saveAnswers && !unsaved ? { kind: "saved", file: opts.saveAnswers } : { kind: "questions" };
    await printReport(ctx, report, format, { pager, source });
  }
  if (unsaved) {
    // The save failed: the answers go to stdout, after the report, so nothing is lost.
    ctx.term.stdout.write(safeLines(`\n${unsaved.text}`));
    throw unsaved.error;
  }
}

async function askInTerminal(ctx: Context, globals: GlobalOptions, sampleAnswers = "examples/career-changer.yaml"): Promise<Profile> {
  const { data: dataDir, color: colorFlag } = globals;
  // Inquirer cannot tell a closed stdin from Ctrl-C, so check before drawing anything.
  if (!ctx.term.stdinIsTTY || !ctx.term.stderrIsTTY) {
    throw new UsageError(
      "there is no terminal to ask the questions on",
      `Pass your answers in a file: medsec-path assess --answers me.yaml (or --answers - to read them from stdin).\nTo see what a report looks like, try a sample person from the examples/ folder: medsec-path assess --answers ${sampleAnswers}`,
    );
  }
  // Only what the prompts need loads before the first question: the answers
  // schema (zod) and the yaml library load once the answers are in.
  const [{ askAnswers }, { terminalPrompts }] = await Promise.all([import("../../questionnaire/ask.js"), import("../../questionnaire/prompts.js")]);
  const typingTest = async () => {
    const { measureTypingSpeed } = await import("../../typing/take.js");
    return measureTypingSpeed(ctx.dataset, await loadPassages(ctx.host.shipped, dataDir), decideColor(colorFlag, ctx.host.env, true));
  };
  const answers = await askAnswers(terminalPrompts({ typingTest }), ctx.dataset);
  const { profileFromValue } = await import("../../answers/parse.js");
  return profileFromValue(answers, ctx.dataset, "<questionnaire>");
}

/** Answers that --save-answers could not write (a full disk): printed after the report, then the error ends the run. */
interface Unsaved {
  text: string;
  error: WriteFailed;
}

/** Writes the answers file whole, or returns what to print instead. */
async function saveAnswers(ctx: Context, path: string, force: boolean, profile: Profile, changed: boolean): Promise<Unsaved | undefined> {
  const { answersFileText } = await import("../../answers/save.js");
  const text = answersFileText(path, profile);
  try {
    writeWhole(path, text, force);
  } catch (e) {
    if (!(e instanceof WriteFailed)) throw e;
    return { text, error: new WriteFailed(`${e.message}. Your answers are printed at the end of the report: copy them into a .yaml file`) };
  }
  ctx.term.stderr.write(`${safeText(`Saved your answers${changed ? ", with the --set changes," : ""} to ${path}`)}\n`);
  return undefined;
}

export async function printReport(ctx: Context, report: Report, format: AssessOptions["format"], screen: { pager?: boolean; source?: AnswersSource } = {}): Promise<void> {
  // Pay that may be out of date is said on stderr, and also in the report
  // itself wherever it can be saved or shared without that stderr line.
  const stale = staleWarning(ctx.dataset.pay, ctx.now, report.nation);
  if (format === "json") {
    const { assessJson, toJson } = await import("../../render/json.js");
    ctx.term.stdout.write(toJson(assessJson(report, ctx.dataset, stale)));
    return;
  }
  const { reportModel, verdictInShort } = await import("../../render/report-model.js");
  const model = reportModel(report, ctx.dataset, isShareable(format) && stale ? [stale] : []);
  // Only a person at a terminal reads to the end of the table and wants a next step; a file or a pipe gets the report alone.
  const ending = format === "table" && ctx.term.stdoutIsTTY && screen.source ? { verdictLine: verdictInShort(report), steps: (await import("../../render/report-ending.js")).nextSteps(screen.source) } : undefined;
  await printModel(ctx, model, reportTitle(report), format, { pager: screen.pager === true, ...(ending ? { ending } : {}) });
}

