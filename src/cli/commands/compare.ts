// `medsec-path compare before.yaml after.yaml`: progress between two answers
// files kept months apart. This file only declares the command; the work is
// in ../run/compare.ts, loaded when it runs.

import { Command, Option } from "commander";
import { examplePath } from "../examples.js";
import { hostOf } from "../host.js";
import { checkFormatAgainstJson } from "./output-choice.js";
// Type only: erased from the bundle, so the work stays loaded on demand.
import type { CompareOptions } from "../run/compare.js";

export function registerCompare(program: Command): void {
  checkFormatAgainstJson(program.command("compare"))
    .description("progress between two answers files: what changed, which gaps closed, how the route moved")
    .argument("<before>", "the earlier answers file (YAML or JSON)")
    .argument("<after>", "the later answers file (- reads stdin)")
    .addOption(new Option("--format <format>", "how to print it (plain: linear text for screen readers)").choices(["table", "markdown", "plain", "json"]).default("table"))
    .option("--json", "print JSON for scripts (same as --format json)")
    // A function, so that the sample files' paths are worked out only when help is shown.
    .addHelpText(
      "after",
      () => `
Examples:
  $ medsec-path compare jan.yaml jun.yaml                  what changed since January
  $ medsec-path compare jan.yaml jun.yaml --format markdown > review.md
  $ medsec-path compare jan.yaml jun.yaml --json | jq '.change.gaps[] | select(.change == "closed") | .id'

Try it on the sample files that come with medsec-path (a school leaver, then
the same person six months into an apprenticeship):
  $ medsec-path compare ${examplePath("school-leaver.yaml", hostOf(program))} ${examplePath("school-leaver-6-months-on.yaml", hostOf(program))}

Keep each review's answers (medsec-path assess --save-answers FILE), then
compare the newest with an earlier one. A file that does not exist or cannot
be read exits 2; one that is not a valid answers file exits 65, naming the
file, the line and the field.`,
    )
    .action(async (before: string, after: string, opts: CompareOptions, command: Command) => {
      const { runCompare } = await import("../run/compare.js");
      await runCompare(before, after, opts, command);
    });
}
