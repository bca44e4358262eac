// The entry point: runs the program in this process's own streams and
// environment, and is the one place that sets the process's exit code.

import { EXIT } from "../errors.js";
import { shippedIn } from "../data/shipped.js";
import { fileURLToPath } from "node:url";
import { onPath } from "./on-path.js";
import { runProgram } from "./run-program.js";
import { processStopSignals } from "./signals.js";

// `medsec-path bands --json | head -c 20` closes the pipe early; that is the
// reader's choice, not an error worth a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(EXIT.ok);
  throw err;
});

process.exitCode = await runProgram(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: () => process.stdin,
  stdinIsTTY: () => process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutColumns: () => process.stdout.columns,
  stdoutRows: () => process.stdout.rows,
  page: async (command, text) => (await import("./pager-process.js")).runPager(command, text, process.env),
  onPath,
  onStopSignal: processStopSignals(),
  env: process.env,
  cwd: process.cwd(),
  // The bundle is dist/main.js: the build's JSON sits beside it, examples/ one folder up.
  packageDir: fileURLToPath(new URL("..", import.meta.url)),
  shipped: shippedIn(new URL(".", import.meta.url)),
});
