// Where and how medsec-path writes, as a hostile user found it (issue 18):
// no file left behind by a run stopped part way (5), a replaced file keeps
// its permissions (6), --force leaves one group's handouts in a folder, not
// two (7), and the paths checked before any question catch a folder name (8)
// and "-" (9).
import { chmodSync, existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { oneLine } from "../helpers/expect.js";
import { scratch } from "../helpers/scratch.js";

const GROUP = join(import.meta.dirname, "../fixtures/workshop/group.yaml");
const ANSWERS = "examples/school-leaver.yaml";
const { fresh } = scratch("medsec-paths-");

// The program resolves a relative path against the process's folder: a test that gives one runs in a scratch folder, never the clone.
const home = process.cwd();
afterEach(() => process.chdir(home));
const inFolder = (dir: string) => {
  process.chdir(dir);
  return dir;
};

/** The group's five attendees, as named files of a handout folder. */
const GROUP_FILES = ["001-ann-ashworth", "002-bilal-brennan", "003-cara-castellano", "004-dev-dimitriou", "005-eve-eriksen"].flatMap((b) => [`${b}.html`, `${b}.md`]);

describe("finding 5: a run stopped part way leaves nothing behind the next run keeps", () => {
  it("the next --handouts run removes the hidden unfinished files a killed run left, and says so", async () => {
    const dir = fresh();
    // As a run killed by SIGKILL (which cannot be caught) leaves them: a temporary handout and a probe.
    const leftovers = [".066-person-64.html.efaa2836.tmp", ".001-ann-ashworth.md.0123abcd.tmp", ".medsec-path-probe-9f8e7d6c"];
    for (const f of leftovers) writeFileSync(join(dir, f), "<p>someone's route</p>");
    // Not ours: a hidden file of the adviser's own, and a link named like ours, are left alone.
    writeFileSync(join(dir, ".notes.tmp"), "mine");
    const r = await runCli(["workshop", GROUP, "--handouts", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Removed 3 unfinished files left in ${dir} by a run that was stopped part way.`);
    expect(readdirSync(dir).sort()).toEqual([".notes.tmp", ...GROUP_FILES].sort());
  });

  it("--save-answers removes its own file's leftover, and no other", async () => {
    const dir = fresh();
    writeFileSync(join(dir, ".me.yaml.a1b2c3d4.tmp"), "typingWpm: 40");
    writeFileSync(join(dir, ".you.yaml.a1b2c3d4.tmp"), "typingWpm: 41");
    const r = await runCli(["assess", "--answers", ANSWERS, "--save-answers", join(dir, "me.yaml")]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([".you.yaml.a1b2c3d4.tmp", "me.yaml"]);
  });
});

describe("finding 6: --force keeps the permissions of the file it replaces", () => {
  it.each([0o600, 0o640])("an answers file of mode %o stays so", async (mode) => {
    const file = join(fresh(), "me.yaml");
    writeFileSync(file, "experience: {}\n");
    chmodSync(file, mode);
    const r = await runCli(["assess", "--answers", ANSWERS, "--save-answers", file, "--force"]);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(mode);
  });
});

describe("finding 7: --handouts DIR --force into a folder another group used", () => {
  it("removes the handouts already there first, says how many, and leaves this group's alone", async () => {
    const dir = fresh();
    const other = ["001-zed-zimmerman", "002-yusuf-young", "300-xavier"].flatMap((b) => [`${b}.md`, `${b}.html`]);
    for (const f of other) writeFileSync(join(dir, f), "another group's route");
    // Files that are not handouts stay.
    writeFileSync(join(dir, "notes.txt"), "mine");
    writeFileSync(join(dir, "001-plan.docx"), "mine");
    const r = await runCli(["workshop", GROUP, "--handouts", dir, "--force"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Removed 6 handout files of an earlier run from ${dir} (--force), so that it holds this group's alone.`);
    expect(readdirSync(dir).sort()).toEqual(["001-plan.docx", "notes.txt", ...GROUP_FILES].sort());
  });

  it("without --force, still refuses and removes nothing", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "001-zed.md"), "another group's route");
    const r = await runCli(["workshop", GROUP, "--handouts", dir]);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual(["001-zed.md"]);
  });

  it("a group of whom no one can be read removes nothing: the folder is not emptied for no handouts", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "001-zed.md"), "another group's route");
    const bad = join(fresh(), "bad.json");
    writeFileSync(bad, JSON.stringify([{ typingWpm: 900, experience: {} }]));
    const r = await runCli(["workshop", bad, "--handouts", dir, "--force"]);
    expect(r.code).toBe(65);
    expect(readdirSync(dir)).toEqual(["001-zed.md"]);
  });
});

describe("finding 8: --save-answers naming a folder is refused before any question", () => {
  it.each([
    ["a folder that does not exist, with a trailing slash", (d: string) => `${join(d, "missing")}/`, /that names a folder; give a file name, such as .*missing\/answers\.yaml/],
    ["a folder that exists, with a trailing slash", (d: string) => `${d}/`, /that (names a folder|is a folder)/],
    ["a file in a folder that does not exist", (d: string) => join(d, "missing", "me.yaml"), /its folder does not exist; create the folder first/],
    ["the current folder", () => ".", /names a folder/],
  ])("%s: exit 2, nothing written, the report not printed", async (_, path, message) => {
    const dir = inFolder(fresh());
    const r = await runCli(["assess", "--answers", `${home}/${ANSWERS}`, "--save-answers", path(dir)], { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(message);
    expect(r.stdout).toBe("");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("and with no terminal, it is the path that is refused first, not the missing terminal", async () => {
    const dir = fresh();
    const r = await runCli(["assess", "--save-answers", `${join(dir, "missing")}/`]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/names a folder/);
  });
});

describe('finding 9: "-" as a place to write', () => {
  it.each([
    [["assess", "--answers", ANSWERS, "--save-answers", "-"], /--save-answers -: medsec-path does not write answers to stdout; give a file name, such as me\.yaml \(for one named "-", write \.\/-\)/],
    [["workshop", GROUP, "--handouts", "-"], /--handouts -: medsec-path does not write handouts to stdout/],
  ])("%j: exit 2, and no file or folder named -", async (args, message) => {
    const dir = inFolder(fresh());
    const r = await runCli(args.map((a) => (a === ANSWERS ? `${home}/${a}` : a)), { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(message);
    expect(existsSync(join(dir, "-"))).toBe(false);
  });

  it("./- is a file named -, as asked", async () => {
    const dir = inFolder(fresh());
    const r = await runCli(["assess", "--answers", `${home}/${ANSWERS}`, "--save-answers", "./-"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(["-"]);
  });
});
