// Memory a hostile input can make the process take, measured on the built
// bundle as a real process: its own peak RSS, written as it exits
// (scripts/bench-rss.mjs). Issue 18: files nested deep under every size limit
// (finding 2), a great many bad rows (3) and a --data folder of 100,000 roles
// that `bands` has no use for (4) each took gigabytes, or ended the process.
// These hold each under 300 MB; `npm run bench` reports the figures.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/cli.js";
import { scratch } from "../helpers/scratch.js";

const { fresh } = scratch("medsec-memory-");
const MB = 1024 * 1024;
const LIMIT_MB = 300;
const RSS_HOOK = pathToFileURL(join(ROOT, "scripts/bench-rss.mjs")).href;

/**
 * Runs the bundle on `args`: exit code, stderr and peak RSS in MB. The heap
 * is capped, so that a process that would take gigabytes fails fast (exit
 * 134) rather than taking the machine's memory from the other tests.
 */
function measured(args: string[], input?: string) {
  const rss = join(fresh(), "rss");
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", "--import", RSS_HOOK, BIN, ...args], {
    cwd: ROOT,
    input: input ?? "",
    encoding: "utf8",
    maxBuffer: 256 * MB,
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: "1", MEDSEC_BENCH_RSS: rss },
  });
  let mb = Infinity;
  try {
    mb = Number(readFileSync(rss, "utf8")) / 1024;
  } catch {
    // Killed before it could say (out of memory, or the timeout): Infinity fails the check below.
  }
  return { code: r.status, stderr: r.stderr, mb };
}

const write = (name: string, text: string) => {
  const file = join(fresh(), name);
  writeFileSync(file, text);
  return file;
};

describe("finding 2: nesting under every size limit is refused before it is built", () => {
  const cases: [string, () => string[], RegExp][] = [
    [
      "a 4 MB JSON answers file with an unknown key and 2 million [",
      () => ["assess", "--answers", write("deep.json", `{"experience":{},"zzz":${"[".repeat(1_990_000)}${"]".repeat(1_990_000)}}`)],
      /deep\.json:1: nested more than 64 levels deep; flatten it/,
    ],
    ["a 3 MB workshop YAML list whose item is nested 1.5 million deep", () => ["workshop", write("deep.yaml", `- ${"[".repeat(1_500_000)}${"]".repeat(1_500_000)}\n`), "--json"], /deep\.yaml:1: nested more than 64 levels deep/],
    ["a workshop JSON list whose item of 900 kB is nested 450,000 deep", () => ["workshop", write("deep.json", `[ ${"[".repeat(450_000)}${"]".repeat(450_000)} ]\n`), "--json"], /row 1, \(item\): line 1: nested more than 64 levels deep/],
    [
      "a 2 MB nations.yaml of [",
      () => {
        const dir = fresh();
        writeFileSync(join(dir, "nations.yaml"), "[".repeat(2 * MB));
        return ["--data", dir, "roles"];
      },
      /nations\.yaml:1: nested more than 64 levels deep/,
    ],
    [
      "a 3.5 MB JSON answers file of 300,000 unknown keys (its lines found without parsing it again as YAML)",
      () => ["assess", "--answers", write("keys.json", `{"experience":{},${Array.from({ length: 300_000 }, (_, i) => `"k${i}":1`).join(",")}}`)],
      /keys\.json:1: k0: is not a known field/,
    ],
  ];
  it.each(cases)("%s: exit 65, under 300 MB", (_, args, message) => {
    const r = measured(args());
    expect(r.code, r.stderr.slice(0, 500)).toBe(65);
    expect(r.stderr).toMatch(message);
    expect(r.mb, `peak ${r.mb.toFixed(0)} MB`).toBeLessThan(LIMIT_MB);
  });
});

describe("finding 3: bad rows are counted, not kept", () => {
  it("300,000 bad rows on stdin: exit 65, a screenful of stderr, under 300 MB", () => {
    const rows = 300_000;
    const sheet = `Name,Typing speed (wpm),Nation\n${"X,fast,england\n".repeat(rows)}`;
    const r = measured(["workshop", "-", "--json"], sheet);
    expect(r.code).toBe(65);
    expect(r.stderr.split("\n").length).toBeLessThan(110);
    expect(r.mb, `peak ${r.mb.toFixed(0)} MB`).toBeLessThan(LIMIT_MB);
  });
});

describe("finding 4: --data with 100,000 roles", () => {
  it("bands --band 3 does not read them: exit 0, under 300 MB", () => {
    const dir = fresh();
    mkdirSync(join(dir, "unused"));
    const role = (i: number) => `  - id: local-role-${i}\n    title: Local role ${i}\n    bands: ["3"]\n    settings: [hospital-trust]\n    summary: A locally defined role, number ${i}.\n    source: { url: "https://example.org/roles/${i}", asOf: "2026-01-01" }\n`;
    writeFileSync(join(dir, "roles.yaml"), `roles:\n${Array.from({ length: 100_000 }, (_, i) => role(i)).join("")}`);
    const r = measured(["--data", dir, "bands", "--band", "3"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.mb, `peak ${r.mb.toFixed(0)} MB`).toBeLessThan(LIMIT_MB);
  });
});
