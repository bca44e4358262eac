// Part of npm run bench (scripts/bench.mjs), or alone: node scripts/bench-hostile.mjs
// Inputs a form respondent or a data file could send that once stalled a
// workshop or exhausted memory (issue 18), each run once on the built CLI:
// its wall time and its own peak memory (RSS, written by the child as it
// exits: scripts/bench-rss.mjs). Goal for each: under 300 MB. The times are
// one run on a shared machine: rough.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin/medsec-path.js");
const rssHook = pathToFileURL(join(root, "scripts/bench-rss.mjs")).href;
const GOAL_MB = 300;

/** One run: exit code, wall time (ms) and peak RSS (MB); the heap is capped at 2 GB so that a regression fails rather than swaps. */
function once(args, dir) {
  const rss = join(dir, "rss");
  rmSync(rss, { force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--max-old-space-size=2048", "--import", rssHook, bin, ...args], {
    env: { ...process.env, NO_COLOR: "1", MEDSEC_BENCH_RSS: rss },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let mb = NaN;
  try {
    mb = Number(readFileSync(rss, "utf8")) / 1024;
  } catch {
    // It died before it could say (out of memory): shown as "?".
  }
  return { code: r.status ?? r.signal, ms, mb };
}

export function benchHostileInput() {
  const dir = mkdtempSync(join(tmpdir(), "medsec-hostile-"));
  const file = (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const dataDir = (name, files) => {
    const path = join(dir, name);
    mkdirSync(path);
    for (const [f, text] of Object.entries(files)) writeFileSync(join(path, f), text);
    return path;
  };
  const role = (i) => `  - id: local-role-${i}\n    title: Local role ${i}\n    bands: ["3"]\n    settings: [hospital-trust]\n    summary: A locally defined role, number ${i}.\n    source: { url: "https://example.org/roles/${i}", asOf: "2026-01-01" }\n`;
  const ids = (n) => Array.from({ length: n }, () => "gcse-maths").join(",");

  const cases = [
    ["1,000,000 bad CSV rows, workshop --json", () => ["workshop", file("bad-rows.csv", `Name,Typing speed (wpm),Nation\n${"X,fast,england\n".repeat(1_000_000)}`), "--json"], 65],
    ["4 MB JSON answers, unknown key, 2 million [", () => ["assess", "--answers", file("deep.json", `{"experience":{},"zzz":${"[".repeat(1_990_000)}${"]".repeat(1_990_000)}}`)], 65],
    ["3 MB YAML list, an item 1.5 million deep", () => ["workshop", file("deep.yaml", `- ${"[".repeat(1_500_000)}${"]".repeat(1_500_000)}\n`), "--json"], 65],
    ["900 kB JSON list item, 450,000 deep", () => ["workshop", file("deep-item.json", `[ ${"[".repeat(450_000)}${"]".repeat(450_000)} ]\n`), "--json"], 65],
    ["2 MB nations.yaml of [ (--data, roles)", () => ["--data", dataDir("deep-data", { "nations.yaml": "[".repeat(2 * 1024 * 1024) }), "roles"], 65],
    ["100,000 block-YAML roles, bands --band 3", () => ["--data", dataDir("roles", { "roles.yaml": `roles:\n${Array.from({ length: 100_000 }, (_, i) => role(i)).join("")}` }), "bands", "--band", "3"], 0],
    ["a Qualifications cell of 2,000 ids", () => ["workshop", file("ids-2000.csv", `Name,Qualifications,Office or admin experience (months)\nX,"${ids(2000)}",1\n`), "--json"], 0],
    ["a Qualifications cell of 40,000 ids", () => ["workshop", file("ids-40000.csv", `Name,Qualifications,Office or admin experience (months)\nX,"${ids(40_000)}",1\n`), "--json"], 0],
  ];
  console.log(`Hostile input (issue 18), one run each (peak RSS; goal under ${GOAL_MB} MB):`);
  let over = 0;
  for (const [label, args, want] of cases) {
    const r = once(args(), dir);
    const ok = r.code === want && r.mb < GOAL_MB;
    if (!ok) over++;
    const peak = Number.isNaN(r.mb) ? "   ?" : r.mb.toFixed(0).padStart(4);
    console.log(`  ${label.padEnd(44)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  peak ${peak} MB  exit ${r.code}${ok ? "" : `   NOT MET (want exit ${want}, under ${GOAL_MB} MB)`}`);
  }
  rmSync(dir, { recursive: true, force: true });
  return over;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = benchHostileInput() > 0 ? 1 : 0;
