// The terminal as the commands see it: where output goes, whether it is a
// TTY, whether to colour and whether we may ask questions. Decided once, here.

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

type Env = Record<string, string | undefined>;

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

export function realTerminal(colorFlag: boolean | undefined): Terminal {
  const stdoutIsTTY = process.stdout.isTTY === true;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // process.stdin builds a stream (loading tty, net and readline) on first
    // touch: a few milliseconds of every start for commands that never read it.
    get stdin() {
      return process.stdin;
    },
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    stdoutIsTTY,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: tableWidth(stdoutIsTTY ? process.stdout.columns : undefined, process.env.COLUMNS),
    color: decideColor(colorFlag, process.env, stdoutIsTTY),
  };
}
