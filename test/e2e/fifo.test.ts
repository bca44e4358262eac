// A named pipe (FIFO) as the input, in a real process (issue 18, finding 10):
// with nothing writing to it, `--answers FIFO` and `workshop FIFO` once
// waited for ever in the open itself. Now they say so and exit 65; with a
// writer, they read it as they would a file.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/cli.js";
import { oneLine } from "../helpers/expect.js";
import { scratch } from "../helpers/scratch.js";

const { fresh } = scratch("medsec-fifo-");

function fifo(name: string): string {
  const path = join(fresh(), name);
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  return path;
}

/** The bundle on `args`, stopped after 30 s if it hangs (status null). */
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000, env: { ...process.env, NO_COLOR: "1" } });

describe("finding 10: a FIFO with nothing writing to it", () => {
  it.each([
    ["assess --answers", (p: string) => ["assess", "--answers", p]],
    ["compare", (p: string) => ["compare", p, "examples/school-leaver.yaml"]],
    ["workshop", (p: string) => ["workshop", p]],
  ])("%s FIFO: exit 65 at once, saying what to do", (_, args) => {
    const path = fifo("answers.yaml");
    const r = cli(args(path));
    expect(r.status, "it hung").toBe(65);
    expect(oneLine(r.stderr)).toBe(`${path}: is a pipe, and nothing wrote to it; start the program that writes to it first, or give an ordinary file`);
  });

  it("with a program writing to it, it is read like a file", async () => {
    const path = fifo("answers.yaml");
    // The writer waits in its open until a reader comes.
    const writer = spawn("sh", ["-c", `cat examples/school-leaver.yaml > "${path}"`], { cwd: ROOT });
    const wrote = new Promise((resolve) => writer.on("exit", resolve));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const r = cli(["assess", "--answers", path, "--json"]);
    await wrote;
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).target.id).toBe("medical-secretary");
  });

  it("a shell's <(…) is read as before, and an endless one stops at the cap", () => {
    const ok = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" assess --answers <(cat examples/school-leaver.yaml) --json`], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    expect(ok.status, ok.stderr).toBe(0);
    const endless = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" assess --answers <(yes "typingWpm: 40")`], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    expect(endless.status).toBe(65);
    expect(oneLine(endless.stderr)).toMatch(/holds more than 4 MB/);
  });
});
