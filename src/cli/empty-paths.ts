// An empty path is a mistake, not "no path": `--handouts "$DIR"` with DIR
// unset would otherwise write nothing and exit 0, and `--save-answers ""`
// would save nothing, silently.

import type { Command } from "commander";
import { UsageError } from "../errors.js";

/** Refuses any option declared as taking a <file> or <dir> that was given as "" (exit 2), on the command or the program above it. */
export function refuseEmptyPaths(command: Command): void {
  for (let cmd: Command | null = command; cmd; cmd = cmd.parent) {
    for (const option of cmd.options) {
      const kind = /<(file|dir)>/.exec(option.flags)?.[1];
      if (!kind || cmd.getOptionValue(option.attributeName()) !== "") continue;
      throw new UsageError(`${option.long} was given an empty ${kind === "dir" ? "folder" : "file"} name.`, `Give ${option.long} a path, or leave it out; if the path is in a variable, check that it is set.`);
    }
  }
}
