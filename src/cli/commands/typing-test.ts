// `medsec-path typing-test`: type a passage against the clock, then see your
// speed and accuracy against each role's typing requirement. This file only
// declares the command; ../run/typing-test.ts does the work, loaded when it runs.

import { Command, InvalidArgumentError, Option } from "commander";
import { refuseFormat } from "./output-choice.js";
// Type only: erased from the bundle, so the work stays loaded on demand.
import type { TypingTestOptions } from "../run/typing-test.js";

export const SECONDS_MIN = 15;
export const SECONDS_MAX = 600;

function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < SECONDS_MIN || n > SECONDS_MAX) {
    throw new InvalidArgumentError(`give a whole number of seconds from ${SECONDS_MIN} to ${SECONDS_MAX}, like 60.`);
  }
  return n;
}

export function registerTypingTest(program: Command): void {
  refuseFormat(program.command("typing-test"))
    .description("measure your typing speed and accuracy on a passage like a clinic letter, against each role's requirement")
    .addOption(new Option("--seconds <n>", `how long the test runs (${SECONDS_MIN}-${SECONDS_MAX})`).argParser(seconds).default(60))
    .option("--passage <id>", "which passage to type (default: one at random)")
    .option("--json", "print the result as JSON for scripts")
    .addHelpText(
      "after",
      `
The clock starts at your first key; the test ends when the time is up or the
passage is typed. Backspace corrects, Esc stops early, Ctrl-C quits. Pasted
text is not scored.

Passages: touch-typing (plain English), cardiology-letter, orthopaedic-letter,
appointment-change, discharge-summary.

Examples:
  $ medsec-path typing-test                          a minute on a passage at random
  $ medsec-path typing-test --seconds 120 --passage discharge-summary
  $ medsec-path typing-test --json > typing.json     the figures, for scripts`,
    )
    .action(async (opts: TypingTestOptions, command: Command) => {
      const { runTypingTestCommand } = await import("../run/typing-test.js");
      await runTypingTestCommand(opts, command);
    });
}
