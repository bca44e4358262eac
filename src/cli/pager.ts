// Whether a report goes through a pager, and which: a report of 140 lines in
// a 35-row terminal scrolls its verdict away, so in a terminal it is shown in
// the person's pager ($PAGER, or less), which starts at the top. Never into a
// pipe or a file, never when it fits on the screen, and never with --no-pager.

import type { Env, Host } from "./host.js";
import type { Terminal } from "./io.js";

/**
 * The pager to use: $PAGER as set (an empty one, or cat, means none, as git
 * reads it), else less where it is installed.
 */
export function pagerCommand(env: Env, onPath: (name: string) => boolean): string | undefined {
  const set = env.PAGER;
  if (set !== undefined) return set.trim() === "" || set.trim() === "cat" ? undefined : set;
  return onPath("less") ? "less" : undefined;
}

/** Lines of `text` as the terminal shows them (it has been wrapped to the width already). */
const lineCount = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

/**
 * Prints `text`, through the pager when stdout is a terminal, paging is
 * allowed, and the text is taller than the screen; straight to stdout when
 * the pager will not start.
 */
export async function printPaged(term: Terminal, host: Host, text: string, allowed: boolean): Promise<void> {
  const rows = host.stdoutRows?.();
  const command = allowed && term.stdoutIsTTY && rows && lineCount(text) >= rows && host.page && host.onPath ? pagerCommand(host.env, host.onPath) : undefined;
  if (command && (await host.page!(command, text))) return;
  term.stdout.write(text);
}
