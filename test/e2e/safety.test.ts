// What only a real process and a real file system show: a disk of our own
// (tmpfs) that fills or is read-only, input that never ends through a shell
// pipe, and data files that are not ordinary files. Each runs the built bundle.
import { spawnSync } from "node:child_process";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "../helpers/cli.js";
import { oneLine } from "../helpers/expect.js";
import { scratch } from "../helpers/scratch.js";
import { hasTmpfs, runOnTmpfs } from "../helpers/tmpfs.js";

const GROUP = join(import.meta.dirname, "../fixtures/workshop/group.yaml");
const diskIt = hasTmpfs || process.env.CI ? it : it.skip;

const { fresh } = scratch("medsec-safety-");

describe("on a small disk of our own", () => {
  diskIt("a full disk while writing handouts: exit 74 in one line, only whole pairs left, and the group still reported", () => {
    // Room for about two attendees' handouts of five.
    const r = runOnTmpfs(["workshop", GROUP, "--handouts", "{disk}/h", "--json"], { sizeKb: 48 }, []);
    expect(r.code, r.stderr).toBe(74);
    expect(oneLine(r.stderr)).toMatch(/could not write \{disk\}\/h\/\d{3}-[a-z-]+\.(md|html): the disk is full \(ENOSPC\); no partial file was left\. Handouts stop at row \d/);
    expect(JSON.parse(r.stdout).summary.attendees).toBe(5);
    const files = r.files.filter((f) => f.startsWith("h/")).map((f) => f.slice(2));
    expect(files.some((f) => f.startsWith("."))).toBe(false);
    const bases = new Set(files.map((f) => f.replace(/\.(md|html)$/, "")));
    for (const b of bases) expect(files).toEqual(expect.arrayContaining([`${b}.md`, `${b}.html`]));
    expect(bases.size).toBeLessThan(5);
  });

  diskIt("a disk already full: exit 74, and no file at all", () => {
    const r = runOnTmpfs(["workshop", GROUP, "--handouts", "{disk}/h"], { sizeKb: 16, fill: true });
    expect(r.code).toBe(74);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toMatch(/ENOSPC/);
    expect(r.files.filter((f) => f.startsWith("h/"))).toEqual([]);
  });

  diskIt("a full disk under assess --answers --set --save-answers: the report, then the changed answers to copy, exit 74", () => {
    const r = runOnTmpfs(["assess", "--answers", "examples/school-leaver.yaml", "--set", "typingWpm=55", "--save-answers", "{disk}/me.yaml"], { sizeKb: 16, fill: true });
    expect(r.code).toBe(74);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toMatch(/ENOSPC.*printed at the end of the report/);
    expect(r.stdout).toContain("Where you stand");
    const tail = r.stdout.slice(r.stdout.lastIndexOf("# medsec-path answers: re-run with"));
    expect(tail).toMatch(/^typingWpm: 55$/m);
    expect(r.files.filter((f) => f !== "fill")).toEqual([]);
  });

  diskIt("a read-only disk: exit 2 before any work, for --handouts and --save-answers", () => {
    for (const args of [
      ["workshop", GROUP, "--handouts", "{disk}"],
      ["workshop", GROUP, "--handouts", "{disk}/new"],
      ["assess", "--save-answers", "{disk}/me.yaml"],
    ]) {
      const r = runOnTmpfs(args, { sizeKb: 16, readOnly: true });
      expect(r.code, args.join(" ")).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/read-only \(EROFS\)/);
      expect(r.stdout).toBe("");
    }
  });
});

describe("input that never ends", () => {
  it("`yes | assess --answers -` stops at the cap with exit 65, naming it", async () => {
    const r = spawnSync("sh", ["-c", `yes "typingWpm: 40" | "${process.execPath}" "${BIN}" assess --answers -`], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(65);
    expect(oneLine(r.stderr)).toMatch(/<stdin>: gave more than 4 MB/);
  });

  it("an answers file over the cap is refused before it is read", async () => {
    const file = join(fresh(), "big.yaml");
    writeFileSync(file, `experience: {}\n${"# padding\n".repeat(500_000)}`);
    const r = await runCli(["assess", "--answers", file]);
    expect(r.code).toBe(65);
    expect(oneLine(r.stderr)).toMatch(/holds more than 4 MB/);
  });

  it("`yes | workshop -` with a CSV cell that never ends is refused at the row cap", async () => {
    const r = spawnSync("sh", ["-c", `(printf 'Name,Typing speed\\n"'; yes x) | "${process.execPath}" "${BIN}" workshop -`], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/longer than 1 MB/);
  });
});

describe("--data files that are not ordinary files", () => {
  // A FIFO once hung the tool, a link to /dev/zero ate memory until it was killed.
  it.each([
    ["a FIFO", (p: string) => expect(spawnSync("mkfifo", [p]).status).toBe(0)],
    ["a link to /dev/zero", (p: string) => symlinkSync("/dev/zero", p)],
  ])("%s named roles.yaml: exit 65, one line naming the file and what to do", (_, make) => {
    const dir = fresh();
    make(join(dir, "roles.yaml"));
    const r = spawnSync(process.execPath, [BIN, "--data", dir, "roles"], { encoding: "utf8", timeout: 60_000, env: { ...process.env, NO_COLOR: "1" } });
    expect(r.status).toBe(65);
    expect(oneLine(r.stderr)).toBe(`${join(dir, "roles.yaml")}: is not an ordinary file (it is a pipe, socket or device); copy the data file into an ordinary file of this name`);
  });
});
