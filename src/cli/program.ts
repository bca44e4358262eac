// The Commander program: global options, help and the commands, one file each
// under commands/.

import { Command } from "commander";
import { safeLines } from "../render/safe-text.js";
import { registerAssess } from "./commands/assess.js";
import { refuseEmptyPaths } from "./empty-paths.js";
import { registerBands } from "./commands/bands.js";
import { registerCatalogue } from "./commands/catalogue.js";
import { registerCompare } from "./commands/compare.js";
import { registerData } from "./commands/data.js";
import { registerTypingTest } from "./commands/typing-test.js";
import { registerWorkshop } from "./commands/workshop.js";
import { attachHost, type Host } from "./host.js";

export function createProgram(host: Host): Command {
  const program = new Command();
  attachHost(program, host);
  // Before any command is added, so every subcommand inherits it: Commander
  // would otherwise exit 1 on a usage error, and the README promises 2.
  program.exitOverride();
  // Commander quotes an unknown option or argument as typed: made safe like our own messages.
  program.configureOutput({
    writeOut: (text) => host.stdout.write(text),
    writeErr: (text) => host.stderr.write(safeLines(text)),
    // Help is wrapped to the terminal it is shown in, not to the test's own.
    getOutHelpWidth: () => (host.stdoutIsTTY ? host.stdoutColumns() : undefined) ?? 80,
    getErrHelpWidth: () => (host.stderrIsTTY ? host.stdoutColumns() : undefined) ?? 80,
    // Help and usage errors carry no colour of their own: none to keep.
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  });
  program
    .name("medsec-path")
    .description("How to become an NHS medical secretary from where you stand: a short questionnaire, a gap analysis and a costed route.")
    .version(__VERSION__, "-V, --version")
    .option("--data <dir>", "layer a folder of YAML data files over the shipped data")
    .option("--no-color", "no colour (NO_COLOR=1 does the same)")
    .showHelpAfterError("(add --help for usage and examples)")
    .addHelpText(
      "after",
      `
Examples:
  $ medsec-path                               ask the questions, then show your route
  $ medsec-path bands --band 3                NHS pay for band 3, England, newest year
  $ medsec-path roles                         the roles, their bands and pay
  $ medsec-path bands --json                  pay tables as JSON, for scripts
  $ medsec-path typing-test                   measure your typing speed (a minute)
  $ medsec-path workshop responses.csv        a group's answers: summary and handouts
  $ medsec-path compare jan.yaml jun.yaml     progress between two reviews
  $ medsec-path data --check                  sources due for a fresh look
  $ medsec-path assess --answers me.yaml --set typingWpm=55
                                              what if I typed at 55 wpm?
  $ medsec-path assess --answers me.yaml --format plain
                                              the report for a screen reader

Exit codes: 0 ok, 1 unexpected error, 2 usage error, 65 invalid data or answers file, 74 a file could not be written, 130 interrupted.
`,
    );
  program.hook("preAction", (_, action) => refuseEmptyPaths(action));
  registerAssess(program);
  registerBands(program);
  registerCatalogue(program);
  registerTypingTest(program);
  registerWorkshop(program);
  registerCompare(program);
  registerData(program);
  return program;
}
