// `medsec-path assess` (the default command): asks the questions, or reads an
// answers file, then prints the gap analysis and the routes.

import { Command, Option } from "commander";
import { existsSync, writeFileSync } from "node:fs";
import { profileFromValue } from "../../answers/parse.js";
import { readAnswers } from "../../answers/read.js";
import { assess, UnknownRoleError } from "../../engine/assess.js";
import type { Profile, Report } from "../../engine/types.js";
import { UsageError } from "../../errors.js";
import { assessJson, toJson } from "../../render/json.js";
import { contextFor, warnIfStale, type Context } from "../context.js";
import { closest } from "../suggest.js";

interface AssessOptions {
  answers?: string;
  saveAnswers?: string;
  force?: boolean;
  json?: boolean;
  format: "table" | "markdown" | "json";
}

export function registerAssess(program: Command): void {
  program
    .command("assess", { isDefault: true })
    .description("answer a few questions (or pass an answers file) and see your gaps and routes")
    // A mistyped command name reaches the default command as a stray argument:
    // let it through, and answer it with a suggestion in the action.
    .allowExcessArguments()
    .option("--answers <file>", "read answers from a YAML or JSON file instead of asking (- reads stdin)")
    .option("--save-answers <file>", "save what you answered, to re-run or share later")
    .option("--force", "let --save-answers replace an existing file")
    .addOption(new Option("--format <format>", "how to print the report").choices(["table", "markdown", "json"]).default("table"))
    .option("--json", "print JSON for scripts (same as --format json)")
    .addHelpText(
      "after",
      `
Examples:
  $ medsec-path                                   ask the questions in this terminal
  $ medsec-path assess --save-answers me.yaml     ask, and keep the answers
  $ medsec-path assess --answers me.yaml          no questions: read them from a file
  $ medsec-path assess --answers me.yaml --format markdown > report.md
  $ cat me.json | medsec-path assess --answers - --json`,
    )
    .action(async (opts: AssessOptions, command: Command) => {
      const stray = command.args[0];
      if (stray !== undefined) {
        const names = program.commands.map((c) => c.name());
        const guess = closest(stray, names);
        throw new UsageError(`unknown command "${stray}"${guess ? ` (did you mean ${guess}?)` : ""}`, `Commands: ${names.join(", ")}. Run medsec-path --help for examples.`);
      }
      const ctx = await contextFor(command);
      if (opts.saveAnswers && opts.answers) {
        throw new UsageError("--save-answers saves answers typed at the questions, so it cannot be used with --answers");
      }
      if (opts.saveAnswers && existsSync(opts.saveAnswers) && !opts.force) {
        throw new UsageError(`"${opts.saveAnswers}" already exists`, "Choose another name, or add --force to replace it.");
      }
      const profile = opts.answers ? readAnswers(opts.answers, ctx.dataset) : await askInTerminal(ctx, opts.saveAnswers, opts.force === true);
      let report: Report;
      try {
        report = assess(profile, ctx.dataset);
      } catch (e) {
        if (e instanceof UnknownRoleError) throw new UsageError(e.message);
        throw e;
      }
      warnIfStale(ctx);
      await printReport(ctx, report, opts.json ? "json" : opts.format);
    });
}

async function askInTerminal(ctx: Context, saveTo: string | undefined, force: boolean): Promise<Profile> {
  // Inquirer cannot tell a closed stdin from Ctrl-C, so check before drawing anything.
  if (!ctx.term.stdinIsTTY || !process.stderr.isTTY) {
    throw new UsageError(
      "there is no terminal to ask the questions on",
      "Pass your answers in a file: medsec-path assess --answers answers.yaml (or --answers - to read them from stdin). The README has an example file.",
    );
  }
  const [{ askAnswers }, { terminalPrompts }] = await Promise.all([import("../../questionnaire/ask.js"), import("../../questionnaire/prompts.js")]);
  const answers = await askAnswers(terminalPrompts(), ctx.dataset);
  const profile = profileFromValue(answers, ctx.dataset, "<questionnaire>");
  if (saveTo) {
    const { stringify } = await import("yaml");
    writeFileSync(saveTo, `# medsec-path answers: re-run with  medsec-path assess --answers ${saveTo}\n${stringify(answers)}`, { flag: force ? "w" : "wx" });
    ctx.term.stderr.write(`Saved your answers to ${saveTo}\n`);
  }
  return profile;
}

export async function printReport(ctx: Context, report: Report, format: AssessOptions["format"]): Promise<void> {
  if (format === "json") {
    ctx.term.stdout.write(toJson(assessJson(report)));
    return;
  }
  const { reportModel } = await import("../../render/report-model.js");
  const model = reportModel(report, ctx.dataset);
  if (format === "markdown") {
    const { renderMarkdown } = await import("../../render/markdown.js");
    ctx.term.stdout.write(renderMarkdown(model));
    return;
  }
  const [{ renderReport }, { makeStyle }] = await Promise.all([import("../../render/report.js"), import("../../render/style.js")]);
  ctx.term.stdout.write(renderReport(model, makeStyle(ctx.term.color), { width: ctx.term.columns }));
}


