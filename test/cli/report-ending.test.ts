// How a report ends, and whether it is paged: in a terminal the verdict comes
// again in one line with what to do next, and a report taller than the screen
// goes to $PAGER or less; into a pipe or a file, neither.
import { describe, expect, it } from "vitest";
import { pagerCommand } from "../../src/cli/pager.js";
import { nextSteps } from "../../src/render/report-ending.js";
import { runCli } from "../helpers/cli.js";

const SCHOOL_LEAVER = "examples/school-leaver.yaml";
const TTY = { isTTY: { stdout: true }, columns: 100, rows: 35 } as const;
const assess = ["assess", "--answers", SCHOOL_LEAVER];

describe("the end of a report in a terminal", () => {
  it("repeats the verdict in one line, then the next steps, each command on a line of its own", async () => {
    const r = await runCli(assess, TTY);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/In short: not ready yet \(5 essential gaps\); best route: Admin apprenticeship in the NHS, 16–27\nmonths\.\nNext:\n {2}A printable copy:\n {4}medsec-path assess --answers examples\/school-leaver\.yaml --format markdown > report\.md\n {2}What if an answer changed \(your typing speed, say\):\n {4}medsec-path assess --answers examples\/school-leaver\.yaml --set typingWpm=55\n$/);
  });

  it("says so when the person may be ready, or is", async () => {
    const ready = await runCli(["assess", "--answers", "examples/qualified.yaml"], TTY);
    expect(ready.stdout).toMatch(/In short: (you are ready|you may be ready) to apply for medical secretary posts/);
  });

  it("piped, or as Markdown, plain text or JSON, the report has no such ending", async () => {
    expect((await runCli(assess)).stdout).not.toContain("In short");
    for (const format of ["markdown", "plain"]) expect((await runCli([...assess, "--format", format], TTY)).stdout).not.toContain("In short");
    const json = await runCli([...assess, "--json"], TTY);
    expect(json.stdout).not.toContain("In short");
    expect(JSON.parse(json.stdout)).not.toHaveProperty("next[0].command");
  });

  it("names the next steps by where the answers came from", () => {
    expect(nextSteps({ kind: "questions" }).map((s) => s.command)).toEqual(["medsec-path assess --save-answers me.yaml", "medsec-path assess --answers me.yaml --format markdown > report.md"]);
    expect(nextSteps({ kind: "saved", file: "my answers.yaml" }).map((s) => s.command)).toEqual([
      "medsec-path assess --answers 'my answers.yaml' --format markdown > report.md",
      "medsec-path compare 'my answers.yaml' later.yaml",
    ]);
    expect(nextSteps({ kind: "stdin" }).map((s) => s.command)).toEqual(["--save-answers me.yaml", "--format markdown > report.md"]);
    // A file name from the command line is shown, never obeyed.
    expect(nextSteps({ kind: "file", file: "x\x1b[2J.yaml" })[0]!.command).not.toContain("\x1b");
  });

  it("reading from stdin, the steps say what to add", async () => {
    const r = await runCli(["assess", "--answers", "-"], { ...TTY, input: "typingWpm: 40\nexperience: {}\n" });
    expect(r.stdout).toContain("Keep these answers as a file: add\n    --save-answers me.yaml");
  });
});

describe("the pager", () => {
  it("a report taller than the terminal goes to less, whole, and nothing is printed besides", async () => {
    const plain = await runCli(assess, TTY);
    const r = await runCli(assess, { ...TTY, installed: ["less"] });
    expect(r.code).toBe(0);
    expect(r.paged).toEqual([{ command: "less", text: plain.stdout }]);
    expect(r.stdout).toBe("");
  });

  it("$PAGER is used as set, options and all; PAGER=cat or empty means none", async () => {
    expect((await runCli(assess, { ...TTY, env: { PAGER: "less -S" } })).paged?.[0]?.command).toBe("less -S");
    for (const PAGER of ["cat", "", " "]) {
      const r = await runCli(assess, { ...TTY, installed: ["less"], env: { PAGER } });
      expect(r.paged).toBeUndefined();
      expect(r.stdout).toContain("In short");
    }
  });

  it("never into a pipe, never with --no-pager, never when it fits, never without a pager to run", async () => {
    const cases = [
      await runCli(assess, { installed: ["less"], env: { PAGER: "less" } }),
      await runCli([...assess, "--no-pager"], { ...TTY, installed: ["less"] }),
      await runCli(assess, { ...TTY, rows: 500, installed: ["less"] }),
      await runCli(assess, TTY),
      await runCli([...assess, "--json"], { ...TTY, installed: ["less"] }),
    ];
    for (const r of cases) {
      expect(r.paged).toBeUndefined();
      expect(r.stdout.length).toBeGreaterThan(1000);
    }
  });

  it("a pager that will not start (not found) leaves the report printed as usual", async () => {
    const r = await runCli(assess, { ...TTY, env: { PAGER: "no-such-pager" }, pagerStarts: false });
    expect(r.paged?.[0]?.command).toBe("no-such-pager");
    expect(r.stdout).toContain("Where you stand");
    expect(r.stdout).toContain("In short");
  });

  it("a what-if report is paged too, and --no-pager turns it off", async () => {
    const set = [...assess, "--set", "typingWpm=55"];
    expect((await runCli(set, { ...TTY, installed: ["less"] })).paged).toHaveLength(1);
    expect((await runCli([...set, "--no-pager"], { ...TTY, installed: ["less"] })).paged).toBeUndefined();
  });

  it("chooses $PAGER, else less where installed, else none", () => {
    expect(pagerCommand({}, (n) => n === "less")).toBe("less");
    expect(pagerCommand({}, () => false)).toBeUndefined();
    expect(pagerCommand({ PAGER: "most" }, () => false)).toBe("most");
    expect(pagerCommand({ PAGER: "cat" }, () => true)).toBeUndefined();
  });

  it("--no-pager is in assess --help, with an example", async () => {
    const help = (await runCli(["assess", "--help"])).stdout;
    expect(help).toContain("--no-pager");
    expect(help).toMatch(/\$ medsec-path assess --answers me\.yaml --no-pager/);
  });
});
