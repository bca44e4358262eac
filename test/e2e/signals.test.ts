// SIGTERM and Ctrl-C (SIGINT) while a workshop's handouts are being written,
// in a real process (issue 18, finding 5). Killed part way, a run once left a
// hidden temporary file holding a whole handout, and a .md without its .html.
// Now the signal is handled between writes: every pair is whole or absent, no
// temporary file is left, stderr says what was written, and the exit code is
// the signal's (130, 143).
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/cli.js";
import { scratch } from "../helpers/scratch.js";

const { fresh } = scratch("medsec-signals-");
const GROUP_SIZE = 3000;

/** A generated group of GROUP_SIZE attendees, as a CSV or as a YAML list (which is read whole, then written out). */
function group(kind: "csv" | "yaml"): string {
  const made = execFileSync(process.execPath, [join(ROOT, "scripts/make-group.mjs"), String(GROUP_SIZE), ...(kind === "yaml" ? ["--json"] : [])], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const text = kind === "csv" ? made : (JSON.parse(made) as unknown[]).map((item) => `- ${JSON.stringify(item)}\n`).join("");
  const file = join(fresh(), `group.${kind}`);
  writeFileSync(file, text);
  return file;
}

/** Starts `workshop FILE --handouts DIR`, sends `signal` once some handouts are written, and waits for it to end. */
async function stoppedPartWay(file: string, signal: "SIGTERM" | "SIGINT") {
  const dir = join(fresh(), "handouts");
  const child = spawn(process.execPath, [BIN, "workshop", file, "--handouts", dir, "--json"], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, sig) => resolve({ code, signal: sig })));
  const files = () => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  for (let i = 0; i < 600 && files().length < 40 && child.exitCode === null; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  child.kill(signal);
  const end = await ended;
  return { ...end, stderr, files: files() };
}

describe("finding 5: a signal while handouts are written", () => {
  it.each([
    ["SIGTERM", "csv", 143, "Stopped (SIGTERM)"],
    ["SIGINT", "csv", 130, "Interrupted"],
    ["SIGTERM", "yaml", 143, "Stopped (SIGTERM)"],
  ] as const)("%s, reading a %s: exit %i, every pair whole, nothing hidden left, and stderr says what was written", async (signal, kind, code, said) => {
    const r = await stoppedPartWay(group(kind), signal);
    expect({ code: r.code, signal: r.signal }, r.stderr).toEqual({ code, signal: null });
    expect(r.files.filter((f) => f.startsWith("."))).toEqual([]);
    const md = r.files.filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3)).sort();
    const html = r.files.filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5)).sort();
    expect(md).toEqual(html);
    expect(md.length).toBeGreaterThan(0);
    expect(md.length).toBeLessThan(GROUP_SIZE);
    expect(r.stderr).toContain(`${said}: the handouts of ${md.length} attendees are in `);
    expect(r.stderr).toContain("each pair whole; no file was left half written. Run again with --force for the whole group.");
  }, 120_000);
});
