// Runs the pager as a child process with the report on its stdin. Apart from
// pager.ts so that the tests' own host, which records what would be paged,
// never loads child_process.

import { spawn } from "node:child_process";

/**
 * Pages `text` with `command` (run by the shell: $PAGER may carry options,
 * "less -S"). less gets -F (quit at once if it fits), -R (colour) and -X (the
 * report stays on screen when it quits) unless LESS is set. True once the
 * pager has run; false if it could not start, so the caller prints instead.
 */
export function runPager(command: string, text: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    // Ctrl-C belongs to the pager (less clears its prompt); were it to end this process, less would be left reading the terminal.
    const ignore = () => {};
    process.on("SIGINT", ignore);
    let failed = false;
    const child = spawn(command, { shell: true, stdio: ["pipe", "inherit", "inherit"], env: { ...env, LESS: env.LESS ?? "FRX", LV: env.LV ?? "-c" } });
    child.on("error", () => (failed = true));
    // Quitting before the end closes the pipe: that is the reader's choice, not an error.
    child.stdin.on("error", () => {});
    child.stdin.end(text);
    child.on("close", (code) => {
      process.off("SIGINT", ignore);
      // 127: the shell found no such command.
      resolve(!failed && code !== 127);
    });
  });
}
