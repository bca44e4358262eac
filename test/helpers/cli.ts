// Two ways to run the CLI in a test. runCli runs the whole program in the
// test's own process, with its streams, terminal and environment handed in:
// it is how most tests check wording, formats, exit codes and options, at a
// few milliseconds a run. run spawns the built bundle, the way a user or a
// script would: kept for the end-to-end tests (test/e2e, tty, handouts, pack)
// that are about the process itself.
import { spawnSync } from "node:child_process";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { readPassagesFile } from "../../src/data/passages.js";
import type { Shipped } from "../../src/data/shipped.js";
import type { Host } from "../../src/cli/host.js";
import { runProgram } from "../../src/cli/run-program.js";
import { shippedDataset } from "./dataset.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = `${ROOT}bin/medsec-path.js`;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** What runCli's host was asked to show in a pager, and with which command. */
  paged?: { command: string; text: string }[];
}

export interface RunOptions {
  /** What stdin holds; empty when not given. */
  input?: string | Buffer;
  /** The environment, over NO_COLOR=1 (undefined removes a variable). */
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export interface InProcessOptions extends RunOptions {
  /** Which streams are terminals; none when not given, as in a pipe. */
  isTTY?: { stdin?: boolean; stdout?: boolean; stderr?: boolean };
  /** The terminal's width, when stdout is one. */
  columns?: number;
  /** The terminal's height, when stdout is one. */
  rows?: number;
  /** Programs installed, as onPath sees them (none when not given: no less, so nothing is paged unless PAGER is set). */
  installed?: string[];
  /** Whether the pager starts (false: as if the shell could not find it). */
  pagerStarts?: boolean;
}

let shippedJson: { dataset: string; passages: string } | undefined;

/**
 * data/ as the build would ship it, read once per test file and parsed afresh
 * for every run, so that no run sees what another did to its objects.
 */
function testShipped(): Shipped {
  shippedJson ??= {
    dataset: JSON.stringify(shippedDataset()),
    passages: JSON.stringify(readPassagesFile(`${ROOT}data/passages.yaml`)),
  };
  const { dataset, passages } = shippedJson;
  return { dataset: () => JSON.parse(dataset), passages: () => JSON.parse(passages) };
}

/** Runs `medsec-path ARGS` in this process and returns what it printed and its exit code. */
export async function runCli(args: string[], opts: InProcessOptions = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const paged: { command: string; text: string }[] = [];
  const env: Record<string, string | undefined> = { NO_COLOR: "1", ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const input = opts.input === undefined ? [] : [Buffer.from(opts.input)];
  const host: Host = {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    stdin: () => Readable.from(input),
    stdinIsTTY: () => opts.isTTY?.stdin === true,
    stdoutIsTTY: opts.isTTY?.stdout === true,
    stderrIsTTY: opts.isTTY?.stderr === true,
    stdoutColumns: () => opts.columns,
    stdoutRows: () => opts.rows,
    onPath: (name) => (opts.installed ?? []).includes(name),
    page: async (command, text) => {
      paged.push({ command, text });
      return opts.pagerStarts ?? true;
    },
    env,
    cwd: opts.cwd ?? ROOT,
    packageDir: ROOT,
    shipped: testShipped(),
  };
  const code = await runProgram(args, host);
  // Only when something was paged: a run compares equal to the bundle's, which cannot say.
  return { code, stdout, stderr, ...(paged.length ? { paged } : {}) };
}

/** `medsec-path ARGS --json`, in process, parsed; throws with stderr if it did not exit 0. */
export async function jsonCli(args: string[]): Promise<unknown> {
  const r = await runCli([...args, "--json"]);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Spawns the built CLI (`npm run build` first; the e2e tests' global setup does). */
export function run(args: string[], opts: RunOptions = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, COLUMNS: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? "",
    env: env as NodeJS.ProcessEnv,
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function json(args: string[]): unknown {
  const r = run([...args, "--json"]);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
