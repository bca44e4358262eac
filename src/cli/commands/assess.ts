// `medsec-path assess` (the default command): asks the questions, or reads an
// answers file, then prints the gap analysis and the routes. This file only
// declares the command; ../run/assess.ts does the work, loaded when it runs so
// that other commands never pay for the answers parser and its libraries.

import { Command, Option } from "commander";
import { UsageError } from "../../errors.js";
import { closest } from "../../engine/words.js";
import { examplePath } from "../examples.js";
import { hostOf } from "../host.js";
import { checkFormatAgainstJson } from "./output-choice.js";
// Type only: erased from the bundle, so the work stays loaded on demand.
import type { AssessOptions } from "../run/assess.js";

/** Commander calls this once per --set, so each adds to the list rather than replacing it. */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function registerAssess(program: Command): void {
  checkFormatAgainstJson(program.command("assess", { isDefault: true }))
    .description("answer a few questions (or pass an answers file) and see your gaps and routes")
    // A mistyped command name reaches the default command as a stray argument:
    // let it through, and answer it with a suggestion in the action.
    .allowExcessArguments()
    .option("--answers <file>", "read answers from a YAML or JSON file instead of asking (- reads stdin)")
    .option("--save-answers <file>", "save your answers, to re-run or share later (with --answers: as changed by --set)")
    .option("--force", "let --save-answers replace an existing file")
    .option("--set <key=value>", "what if: change one answer, as written in an answers file (repeatable; experience.adminMonths for nested keys)", collect)
    .addOption(new Option("--format <format>", "how to print the report (plain: linear text for screen readers)").choices(["table", "markdown", "plain", "json"]).default("table"))
    .option("--json", "print JSON for scripts (same as --format json)")
    .option("--no-pager", "in a terminal, print a long report straight out instead of through $PAGER or less")
    // A function, so that the sample file's path is worked out only when help is shown.
    .addHelpText(
      "after",
      () => `
Examples:
  $ medsec-path                                   ask the questions in this terminal
  $ medsec-path assess --save-answers me.yaml     ask, and keep the answers
  $ medsec-path assess --answers me.yaml          no questions: read them from a file
  $ medsec-path assess --answers ${examplePath("career-changer.yaml", hostOf(program))}
                                                  a sample person, from the examples/ folder
  $ medsec-path assess --answers me.yaml --format markdown > report.md
  $ cat me.json | medsec-path assess --answers - --json
  $ medsec-path assess --answers me.yaml --format plain    for a screen reader
  $ medsec-path assess --answers me.yaml --no-pager        no pager, even for a long report

In a terminal, a report taller than the screen opens in your pager ($PAGER,
or less; PAGER=cat turns it off) at its top, and ends with the verdict in
one line and what to do next. Into a pipe or a file it is printed as it is.

What if? Change answers for this run only (the file is not changed):
  $ medsec-path assess --answers me.yaml --set typingWpm=55 --set audioTyping=true
  $ medsec-path assess --answers me.yaml --set experience.adminMonths=24
  $ medsec-path assess --answers me.yaml --set typingWpm=55 --save-answers next.yaml
                                                  keep the changed answers as a new file
  $ medsec-path assess --answers me.yaml --set 'qualifications=[gcse-english,gcse-maths]'
A bad key or value exits 65, naming it; --set with no "=" exits 2.`,
    )
    .action(async (opts: AssessOptions, command: Command) => {
      const stray = command.args[0];
      if (stray !== undefined) {
        const names = program.commands.map((c) => c.name());
        const guess = closest(stray, names);
        throw new UsageError(`unknown command "${stray}"${guess ? ` (did you mean ${guess}?)` : ""}`, `Commands: ${names.join(", ")}. Run medsec-path --help for examples.`);
      }
      const { runAssess } = await import("../run/assess.js");
      await runAssess({ ...opts, sampleAnswers: examplePath("career-changer.yaml", hostOf(program)) }, command);
    });
}
