// The entry point: builds the program, runs it, and is the one place that
// turns an outcome into an exit code.

import { createProgram } from "./program.js";
import { exitCodeFor } from "./exit.js";
import { EXIT } from "../errors.js";

// `medsec-path bands --json | head -c 20` closes the pipe early; that is the
// reader's choice, not an error worth a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(EXIT.ok);
  throw err;
});

try {
  await createProgram().parseAsync(process.argv);
} catch (err) {
  process.exitCode = exitCodeFor(err, process.stderr, Boolean(process.env.DEBUG));
}
