// The README's ways of running the tool from a clone, each tried in a copy of
// this clone with an npm cache and a home folder of its own: npx links the
// folder into its cache and runs `prepare`, and neither may touch the
// person's own ~/.npm, nor rebuild a dist/ that is current. Then the build
// itself, run while the CLI is running, as happens when a test worker, a
// second terminal or `npx` starts the tool mid-build.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const version = `${pkg.version}\n`;
let work = "";
let copy = "";
let env: NodeJS.ProcessEnv = {};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "medsec-clone-"));
  copy = join(work, "repo");
  const skip = new Set(["node_modules", ".git", "coverage", ".vitest.json"]);
  cpSync(ROOT, copy, { recursive: true, filter: (src) => !skip.has(relative(ROOT, src).split(sep)[0] ?? "") });
  // npm test sets npm_* variables of its own; a person at a shell has none.
  env = { NO_COLOR: "1", HOME: join(work, "home"), npm_config_cache: join(work, "npm-cache"), npm_config_update_notifier: "false", npm_config_offline: "true" };
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== "HOME") env[k] ??= v;
  mkdirSync(env.HOME!);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const sh = (command: string, args: string[], cwd = copy) => spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: 60_000 });

describe("README: running the tool from a clone", () => {
  it("npx medsec-path runs the clone's own copy, offline, from the top or a folder inside, without rebuilding it", () => {
    const built = statSync(join(copy, "dist/main.js")).mtimeMs;
    for (const cwd of [copy, join(copy, "examples")]) {
      const r = sh("npx", ["medsec-path", "--version"], cwd);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(version);
    }
    expect(statSync(join(copy, "dist/main.js")).mtimeMs).toBe(built);
    // npx used the cache it was given: the person's own ~/.npm was never in play.
    expect(existsSync(env.npm_config_cache!)).toBe(true);
  });

  it("node bin/medsec-path.js and npm start --silent -- print the tool's own output", () => {
    expect(sh(process.execPath, ["bin/medsec-path.js", "--version"]).stdout).toBe(version);
    const r = sh("npm", ["start", "--silent", "--", "--version"]);
    expect(r.stdout).toBe(version);
    expect(r.stderr).toBe("");
  });
});

describe("the build", () => {
  it("a build run while the CLI runs never shows it a missing or half-written dist/", async () => {
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
    const args = ["bin/medsec-path.js", "assess", "--answers", "examples/school-leaver.yaml", "--json"];
    const expected = sh(process.execPath, args).stdout;
    expect(expected).toContain('"target"');
    const build = spawn(process.execPath, ["scripts/build.mjs"], { cwd: copy, env, stdio: "ignore" });
    const finished = new Promise<number | null>((resolve) => build.on("exit", resolve));
    let building = true;
    void finished.then(() => (building = false));
    const seen: { status: number | null; stderr: string; same: boolean }[] = [];
    while (building || seen.length < 3) {
      const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, args, { cwd: copy, env });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d));
        child.stderr.on("data", (d: Buffer) => (stderr += d));
        child.on("close", (status) => resolve({ status, stdout, stderr }));
      });
      seen.push({ status: r.status, stderr: r.stderr, same: r.stdout === expected });
    }
    expect(await finished).toBe(0);
    expect(seen.filter((s) => s.status !== 0 || !s.same)).toEqual([]);
    // Nothing of the build's own is left beside dist/.
    expect(spawnSync("ls", ["-a", copy], { encoding: "utf8" }).stdout).not.toMatch(/^\.(dist|schemas)-/m);
  }, 120_000);

  it("keeps an earlier build's chunks a while for a CLI still running from it, and --clean keeps none", () => {
    // A questionnaire started before a rebuild imports the engine's chunk minutes later, by its old name.
    const recent = join(copy, "dist/chunk-EARLIER1.js");
    const old = join(copy, "dist/chunk-EARLIER2.js");
    writeFileSync(recent, "export {};\n");
    writeFileSync(old, "export {};\n");
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(old, anHourAgo, anHourAgo);
    expect(sh(process.execPath, ["scripts/build.mjs"]).status).toBe(0);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(old)).toBe(false);
    expect(sh(process.execPath, ["scripts/build.mjs", "--clean"]).status).toBe(0);
    expect(existsSync(recent)).toBe(false);
  }, 120_000);

  it("--if-stale does nothing when dist/ is current, and rebuilds when a source changes", () => {
    const before = statSync(join(copy, "dist/main.js")).mtimeMs;
    expect(sh(process.execPath, ["scripts/build.mjs", "--if-stale"]).status).toBe(0);
    expect(statSync(join(copy, "dist/main.js")).mtimeMs).toBe(before);
    const data = join(copy, "data/passages.yaml");
    cpSync(data, `${data}.bak`);
    spawnSync("sh", ["-c", `printf '\\n# a comment\\n' >> "${data}"`]);
    expect(sh(process.execPath, ["scripts/build.mjs", "--if-stale"]).status).toBe(0);
    expect(statSync(join(copy, "dist/main.js")).mtimeMs).toBeGreaterThan(before);
  }, 120_000);
});
