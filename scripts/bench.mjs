// npm run bench: start-up cost against bare Node, measured in one run, and a
// cold `npx` from the packed tarball, as on a workshop laptop. Timings are
// medians of interleaved runs, reported as ratios: these machines are shared
// and noisy, so absolute milliseconds mean little from one run to the next.
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin/medsec-path.js");
const runs = Number(process.env.BENCH_RUNS ?? 40);
const env = { ...process.env, NO_COLOR: "1" };

function time(cmd, args, opts = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"], ...opts });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// 1. Start-up: each command against `node -e 0`, interleaved so that load on
// the machine falls on all of them alike.
const cases = [
  ["node -e 0", [process.execPath, ["-e", "0"]]],
  ["bands --json", [process.execPath, [bin, "bands", "--json"]]],
  ["--help", [process.execPath, [bin, "--help"]]],
  ["bands (table)", [process.execPath, [bin, "bands"]]],
];
const samples = new Map(cases.map(([name]) => [name, []]));
for (let i = 0; i < 3; i++) for (const [, [c, a]] of cases) time(c, a); // warm-up
for (let i = 0; i < runs; i++) for (const [name, [c, a]] of cases) samples.get(name).push(time(c, a));

const base = median(samples.get("node -e 0"));
console.log(`Start-up, median of ${runs} interleaved runs (Node ${process.version}):`);
for (const [name] of cases) {
  const m = median(samples.get(name));
  console.log(`  ${name.padEnd(16)} ${m.toFixed(1).padStart(7)} ms   ${(m / base).toFixed(2)}x bare node`);
}
const ratio = median(samples.get("bands --json")) / base;
console.log(`  bands --json is ${ratio.toFixed(2)}x bare node (target: at most 1.3x)`);

// 2. Time to the first question, in a pseudo-terminal (util-linux `script`),
// since the questionnaire only runs in one: from launch until the first
// prompt's text appears, against bare node started the same way.
await firstQuestion();

async function firstQuestion() {
  const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;
  const inPty = (args, until) =>
    new Promise((resolve, reject) => {
      const start = process.hrtime.bigint();
      const child = spawn("script", ["-qfec", [process.execPath, ...args].map(quote).join(" "), "/dev/null"], { env, stdio: ["pipe", "pipe", "ignore"] });
      let seen = "";
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        resolve(Number(process.hrtime.bigint() - start) / 1e6);
        child.kill("SIGKILL");
      };
      child.stdout.on("data", (d) => {
        seen += d;
        if (until && seen.includes(until)) finish();
      });
      child.on("exit", () => (until && !done ? reject(new Error(`exited before showing "${until}": ${seen}`)) : finish()));
    });
  if (spawnSync("script", ["-V"]).status !== 0) {
    console.log("Time to the first question: skipped (util-linux `script` is not installed)");
    return;
  }
  const bare = [];
  const first = [];
  for (let i = 0; i < 3; i++) await inPty([bin], "Which role");
  for (let i = 0; i < runs; i++) {
    bare.push(await inPty(["-e", "0"]));
    first.push(await inPty([bin], "Which role"));
  }
  const ratio = median(first) / median(bare);
  console.log(`Time to the first question in a pty, median of ${runs}: ${median(first).toFixed(1)} ms; bare node in the same pty ${median(bare).toFixed(1)} ms`);
  console.log(`  first question is ${ratio.toFixed(2)}x bare node (target: at most 1.5x)`);
}

// 3. Cold npx from the packed tarball: an empty folder and an empty npm cache
// each time, as on a laptop that has never run the tool.
if (!process.env.BENCH_SKIP_NPX) coldNpx();

function coldNpx() {
const packDir = mkdtempSync(join(tmpdir(), "medsec-pack-"));
const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", packDir], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
const tarball = join(packDir, packed[0].filename);
const npxTimes = [];
for (let i = 0; i < 3; i++) {
  const work = mkdtempSync(join(tmpdir(), "medsec-npx-"));
  const cache = mkdtempSync(join(tmpdir(), "medsec-cache-"));
  npxTimes.push(time("npx", ["--yes", "--cache", cache, "--package", tarball, "medsec-path", "bands", "--json"], { cwd: work }));
  rmSync(work, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}
console.log(`Cold npx from the tarball (${(packed[0].size / 1024).toFixed(0)} kB, ${packed[0].entryCount} files), empty cache: median ${(median(npxTimes) / 1000).toFixed(2)} s of ${npxTimes.map((t) => (t / 1000).toFixed(2)).join(", ")} (target: at most 1 s)`);
if (existsSync(packDir)) rmSync(packDir, { recursive: true, force: true });
}

// 4. Workshop scale: generated groups of 10,000 and 100,000 attendees,
// assessed to JSON (handout writing aside), against bare node in the same run.
const groupDir = mkdtempSync(join(tmpdir(), "medsec-groups-"));
for (const n of [10_000, 100_000]) {
  const file = join(groupDir, `group-${n}.csv`);
  execFileSync(process.execPath, [join(root, "scripts/make-group.mjs"), String(n)], { stdio: ["ignore", openSync(file, "w"), "inherit"] });
  const times = [];
  for (let i = 0; i < (n > 10_000 ? 3 : 5); i++) times.push(time(process.execPath, [bin, "workshop", file, "--json"]));
  console.log(`Workshop, ${n.toLocaleString("en-GB")} attendees to JSON: median ${(median(times) / 1000).toFixed(2)} s (${times.map((t) => (t / 1000).toFixed(2)).join(", ")})`);
}
rmSync(groupDir, { recursive: true, force: true });
