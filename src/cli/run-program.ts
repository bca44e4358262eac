// One run of the program, from its arguments to its exit code, in whatever
// host it is given: main.ts gives the real process, tests give their own.

import { EXIT } from "../errors.js";
import { exitCodeFor } from "./exit.js";
import type { Host } from "./host.js";
import { createProgram } from "./program.js";

/** Runs the program on `args` (what follows `medsec-path` on a command line) and returns its exit code. */
export async function runProgram(args: readonly string[], host: Host): Promise<number> {
  try {
    await createProgram(host).parseAsync([...args], { from: "user" });
    return EXIT.ok;
  } catch (err) {
    return exitCodeFor(err, host.stderr, Boolean(host.env.DEBUG));
  }
}
