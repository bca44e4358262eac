// What one run of the program is handed by the world around it: its streams,
// whether each is a terminal, the environment, and where the package's own
// files are. main.ts hands in the real process; tests hand in strings and
// flags, and run the whole program in their own process.

import type { Command } from "commander";
import type { Shipped } from "../data/shipped.js";
import type { Out } from "./io.js";
import type { StopSignal } from "./signals.js";

export type Env = Record<string, string | undefined>;

export interface Host {
  stdout: Out;
  stderr: Out;
  /** Touched only when read: building process.stdin costs a few milliseconds of every start. */
  stdin(): NodeJS.ReadableStream;
  stdinIsTTY(): boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width now, when stdout is one (it may change while a test is typed). */
  stdoutColumns(): number | undefined;
  /** The terminal's height, when stdout is one: a report taller than this is paged. */
  stdoutRows?(): number | undefined;
  /** Shows `text` in the pager `command` (see pager.ts); false if it could not start. Absent: never page. */
  page?(command: string, text: string): Promise<boolean>;
  /** Whether a program of this name is on the PATH (is less installed?). */
  onPath?(name: string): boolean;
  /**
   * While files are written: `stopped` is called if SIGINT or SIGTERM
   * arrives, between writes, before the process exits (see signals.ts).
   * Returns the function that unhooks it. Absent: signals are not caught.
   */
  onStopSignal?(stopped: (signal: StopSignal) => void): () => void;
  env: Env;
  /** The working folder, for suggesting paths relative to it. */
  cwd: string;
  /** The package's own folder, holding examples/. */
  packageDir: string;
  /** The data as the build validated it. */
  shipped: Shipped;
}

const hosts = new WeakMap<Command, Host>();

export function attachHost(program: Command, host: Host): void {
  hosts.set(program, host);
}

/** The host of the program a command belongs to. */
export function hostOf(command: Command): Host {
  let c: Command | null = command;
  while (c) {
    const host = hosts.get(c);
    if (host) return host;
    c = c.parent;
  }
  throw new Error("a command ran outside a program made by createProgram");
}
