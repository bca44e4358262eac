// The terminal as the commands see it: where output goes, whether it is a
// TTY, whether to colour and whether we may ask questions. Decided once, here.

import type { Env, Host } from "./host.js";

export interface Out {
  write(text: string): unknown;
}

export interface Terminal {
  stdout: Out;
  stderr: Out;
  stdin: NodeJS.ReadableStream;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** Prompts are drawn on stderr, so it must be a terminal too before asking. */
  stderrIsTTY: boolean;
  /** Width to draw tables to: the terminal's, or 80 when piped. */
  columns: number;
  color: boolean;
}


/**
 * chalk ignores NO_COLOR and cli-table3 colours even into a pipe, so neither is
 * trusted: this decision is passed to both.
 */
export function decideColor(flag: boolean | undefined, env: Env, isTTY: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.TERM === "dumb") return false;
  return isTTY;
}

/** The terminal's width; COLUMNS when piped (for printing or a set width); else 80. */
export function tableWidth(ttyColumns: number | undefined, envColumns: string | undefined): number {
  if (ttyColumns) return ttyColumns;
  const n = Number(envColumns);
  return Number.isInteger(n) && n >= 40 && n <= 400 ? n : 80;
}

/** The terminal as a run's host presents it, decided once for the whole run. */
export function terminalFor(host: Host, colorFlag: boolean | undefined): Terminal {
  return {
    stdout: host.stdout,
    stderr: host.stderr,
    get stdin() {
      return host.stdin();
    },
    get stdinIsTTY() {
      return host.stdinIsTTY();
    },
    stdoutIsTTY: host.stdoutIsTTY,
    stderrIsTTY: host.stderrIsTTY,
    columns: tableWidth(host.stdoutIsTTY ? host.stdoutColumns() : undefined, host.env.COLUMNS),
    color: decideColor(colorFlag, host.env, host.stdoutIsTTY),
  };
}
