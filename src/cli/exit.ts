// Maps how a run ended to an exit code and a message for people (see the
// README's exit codes: 0 ok, 1 bug, 2 usage, 65 bad data or answers, 74 a
// write that failed, 130 Ctrl-C). Messages quote paths and values as typed, so
// they are made safe to print here, the one place they all pass.

import { CommanderError } from "commander";
import { EXIT, Interrupted } from "../errors.js";
import { safeLines } from "../render/safe-text.js";

export function exitCodeFor(err: unknown, stderr: { write(s: string): unknown }, debug = false): number {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (and help, where asked for).
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return EXIT.ok;
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof Interrupted || (err instanceof Error && err.name === "ExitPromptError")) {
    stderr.write("\nInterrupted.\n");
    return EXIT.interrupted;
  }
  if (err instanceof Error && "exitCode" in err && typeof err.exitCode === "number") {
    const hint = "hint" in err && typeof err.hint === "string" ? `\n${err.hint}` : "";
    // A list of file:line: problems reads like a compiler's: each line stands alone.
    const prefix = "issues" in err ? "" : "error: ";
    stderr.write(safeLines(`${prefix}${err.message}${hint}\n`));
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  stderr.write(safeLines(`medsec-path hit an unexpected error: ${message}\n`));
  stderr.write(safeLines(debug && err instanceof Error && err.stack ? `${err.stack}\n` : "Run again with DEBUG=1 for details, and please report it with the command you ran.\n"));
  return EXIT.failure;
}

