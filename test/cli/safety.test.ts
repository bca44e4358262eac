// Issue 11, end to end from the built CLI: files that cannot escape their
// folder or half-happen, input that cannot fill memory, and text from input
// that cannot drive the terminal.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staleWarning } from "../../src/cli/context.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";
import { oneLine } from "../helpers/expect.js";
import { scratch } from "../helpers/scratch.js";

const GROUP = join(import.meta.dirname, "../fixtures/workshop/group.yaml");
// Control characters that act on a terminal: ESC, BEL, CR, and the C1 CSI.
const RAW = /[\x00-\x08\x0b-\x1f\x7f\u009b]/;

const { fresh } = scratch("medsec-safety-");

describe("handouts never go through a link or outside their folder", () => {
  it("--force with a link to a file elsewhere: exit 2 before any work, the file elsewhere untouched", async () => {
    const dir = fresh();
    const out = join(dir, "h");
    mkdirSync(out);
    writeFileSync(join(dir, "outside.txt"), "SECRET");
    symlinkSync("../outside.txt", join(out, "002-bilal-brennan.html"));
    const r = await runCli(["workshop", GROUP, "--handouts", out, "--force"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/002-bilal-brennan\.html is a symbolic link.*remove it/);
    expect(r.stdout).toBe("");
    expect(readFileSync(join(dir, "outside.txt"), "utf8")).toBe("SECRET");
    expect(readdirSync(out)).toEqual(["002-bilal-brennan.html"]);
  });

  it.each([[false], [true]])("a dangling link (--force: %s): exit 2, not 1, and nothing created where it points", async (force) => {
    const dir = fresh();
    const out = join(dir, "h");
    mkdirSync(out);
    symlinkSync("../created-outside.md", join(out, "001-ann-ashworth.md"));
    const r = await runCli(["workshop", GROUP, "--handouts", out, ...(force ? ["--force"] : [])]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/001-ann-ashworth\.md is a symbolic link/);
    expect(existsSync(join(dir, "created-outside.md"))).toBe(false);
    expect(lstatSync(join(out, "001-ann-ashworth.md")).isSymbolicLink()).toBe(true);
  });

  it("--handouts under /proc: exit 2 at once, not a spin", async () => {
    if (!existsSync("/proc/self")) return;
    const start = Date.now();
    const r = await runCli(["workshop", GROUP, "--handouts", "/proc/medsec-nope"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/cannot create the folder/);
    expect(Date.now() - start).toBeLessThan(15_000);
  });

  it("--handouts naming a file: exit 2, the file untouched", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "notes.txt"), "mine");
    const r = await runCli(["workshop", GROUP, "--handouts", join(dir, "notes.txt")]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/is a file, not a folder/);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
  });
});

describe("--save-answers is checked before the first question", () => {
  // No terminal here: a path problem must be what stops it, not the missing terminal.
  it.each([
    ["a folder", (d: string) => d, true, /is a folder/],
    ["a dangling link", (d: string) => (symlinkSync(join(d, "gone.yaml"), join(d, "me.yaml")), join(d, "me.yaml")), true, /symbolic link/],
    ["a link to a file", (d: string) => (writeFileSync(join(d, "real.yaml"), "keep"), symlinkSync(join(d, "real.yaml"), join(d, "me.yaml")), join(d, "me.yaml")), true, /symbolic link/],
    ["/dev/full", () => "/dev/full", true, /a device/],
    ["a missing folder", (d: string) => join(d, "no", "me.yaml"), false, /folder does not exist/],
  ])("%s: exit 2 with one line", async (_what, make, force, message) => {
    const dir = fresh();
    const path = make(dir);
    if (path === "/dev/full" && !existsSync(path)) return;
    const r = await runCli(["assess", "--save-answers", path, ...(force ? ["--force"] : [])]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(message);
    expect(r.stderr).not.toMatch(/terminal/);
    if (existsSync(join(dir, "real.yaml"))) expect(readFileSync(join(dir, "real.yaml"), "utf8")).toBe("keep");
  });
});


describe("a folder we may not write to (not as root: root writes anywhere)", () => {
  const notRoot = process.getuid?.() !== 0 ? it : it.skip;
  notRoot("exit 2 before any work", async () => {
    const dir = fresh();
    spawnSync("chmod", ["555", dir]);
    try {
      const r = await runCli(["workshop", GROUP, "--handouts", dir]);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/permission denied/);
    } finally {
      spawnSync("chmod", ["755", dir]);
    }
  });
});



describe("nothing from input reaches the terminal raw", () => {
  const ESC = ["\x1b]0;pwned\x07", "\x1b[2J", "\r", "\u009b2J", "\x1b[31m"];
  const hostile = (i: number) => ESC[i % ESC.length]!;

  it("escape sequences in every CSV cell: stdout, stderr and handouts show them as text", async () => {
    const dir = fresh();
    const head = "Name or initials,Typing speed (wpm),Audio typing (yes/no),Medical terminology,Office skills,Qualifications,Office or admin experience (months),Customer service experience (months),Healthcare experience (months),Secretarial experience (months),Need to earn while learning,Can study part-time,Nation,Target role";
    const cells = head.split(",").length;
    // Row 2: every cell hostile (each becomes an error quoting it); row 3: a hostile name that is otherwise fine.
    const bad = Array.from({ length: cells }, (_, i) => `"${hostile(i)}x"`).join(",");
    const good = [`"${ESC.join("")}Eve\nSmith"`, "40", "yes", "some", "basic", "", "12", "12", "0", "0", "yes", "yes", "england", ""].join(",");
    writeFileSync(join(dir, "hostile.csv"), `${head}\r\n${bad}\r\n${good}\r\n`);
    for (const args of [["--names"], ["--names", "--plain"], ["--json", "--names"], ["--handouts", join(dir, "h")]]) {
      const r = await runCli(["workshop", join(dir, "hostile.csv"), ...args], { env: { FORCE_COLOR: "1", NO_COLOR: undefined } });
      expect(r.code, r.stderr).toBe(65);
      // Our own colours may be there (FORCE_COLOR), but only SGR colour codes, nothing else.
      expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, "")).not.toMatch(RAW);
      expect(r.stderr.replace(/\x1b\[[0-9;]*m/g, "")).not.toMatch(RAW);
      expect(r.stderr).toContain("\\x1b");
    }
    for (const f of readdirSync(join(dir, "h"))) {
      const body = readFileSync(join(dir, "h", f), "utf8");
      expect(body, f).not.toMatch(RAW);
      // The name's line break became a space: one heading, no heading of its own.
      if (f.endsWith(".md")) expect(body.split("\n").filter((l) => l.startsWith("# "))).toHaveLength(1);
    }
  });

  it("escape sequences in every answers-file field: the error quotes them as text", async () => {
    const keys = ["typingWpm", "audioTyping", "medicalTerminology", "officeSkills", "nation", "target", "needsToEarnWhileLearning", "canStudyPartTime", "name"];
    const lines = keys.map((k, i) => `${k}: "${hostile(i).replace(/\x1b/g, "\\e").replace(/\x07/g, "\\a").replace(/\r/g, "\\r").replace(/\u009b/g, "\\x9b")}v"`);
    const text = `${lines.join("\n")}\nqualifications: ["\\e[2Jq"]\nexperience: { adminMonths: "\\e[2J" }\n"\\e]0;key\\a": 1\n`;
    const r = await runCli(["assess", "--answers", "-"], { input: text });
    expect(r.code).toBe(65);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain("\\x1b");
    expect(r.stdout).toBe("");
  });

  it("an unknown option or command quoting an escape sequence", async () => {
    for (const args of [["--\x1b]0;x\x07"], ["\x1b[2Jbands"], ["role", "\x1b[2J"], ["--data", "\x1b[2J", "roles"]]) {
      const r = await runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, JSON.stringify(args)).not.toMatch(RAW);
    }
  });

  it("a --data role whose title holds an escape sequence prints it as text", async () => {
    const dir = fresh();
    writeFileSync(
      join(dir, "roles.yaml"),
      'roles:\n  - id: evil-role\n    title: "Evil \\e[2J role \\e]0;x\\a"\n    bands: ["3"]\n    settings: [hospital-trust]\n    summary: "Clears \\e[2J the screen."\n    source: { url: "https://example.org/x", asOf: "2026-01-01" }\n',
    );
    for (const args of [["roles"], ["role", "evil-role"]]) {
      // Wide enough that the title is not wrapped inside its cell.
      const r = await runCli(["--data", dir, ...args], { env: { COLUMNS: "200" } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(RAW);
      expect(r.stdout).toContain("Evil \\x1b[2J role");
    }
  });
});

describe("line breaks from input never start Markdown of their own", () => {
  /** The lines of a Markdown document that open a heading. */
  const headings = (md: string) => md.split("\n").filter((l) => /^#{1,6}\s/.test(l));

  it("a --data nation's words with a line break: --format markdown and handouts keep one title and the report's own sections", async () => {
    const dir = fresh();
    const data = join(dir, "data");
    mkdirSync(data);
    const nations = readFileSync(join(ROOT, "data/nations.yaml"), "utf8");
    expect(nations).toContain("    service: the NHS\n");
    writeFileSync(join(data, "nations.yaml"), nations.replace("    service: the NHS\n", '    service: "the NHS\\n\\n# injected heading\\n- injected item"\n'));
    const md = await runCli(["--data", data, "assess", "--answers", join(ROOT, "examples/school-leaver.yaml"), "--format", "markdown"]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain("the NHS # injected heading - injected item");
    const group = join(dir, "one.yaml");
    writeFileSync(group, "- { nation: england, experience: {} }\n");
    const handouts = join(dir, "h");
    expect((await runCli(["--data", data, "workshop", group, "--handouts", handouts])).code).toBe(0);
    const handout = readFileSync(join(handouts, readdirSync(handouts).find((f) => f.endsWith(".md"))!), "utf8");
    for (const doc of [md.stdout, handout]) {
      expect(doc).toContain("injected heading");
      // The report's own headings may quote the words; none may be made of them.
      expect(headings(doc).filter((l) => /^#+\s+injected/.test(l))).toEqual([]);
      expect(doc.split("\n").filter((l) => /^\s*[-*+] injected/.test(l))).toEqual([]);
    }
  });

  it("compare: a file name holding a line break stays inside the bold verdict", async () => {
    const dir = fresh();
    const file = join(dir, "evil\n# head.yaml");
    writeFileSync(file, readFileSync(join(ROOT, "examples/school-leaver.yaml")));
    const r = await runCli(["compare", join(ROOT, "examples/school-leaver.yaml"), file, "--format", "markdown"]);
    expect(r.code, r.stderr).toBe(0);
    expect(headings(r.stdout).filter((l) => /^#+\s+head\.yaml/.test(l))).toEqual([]);
    const verdict = r.stdout.split("\n").find((l) => l.startsWith("**"))!;
    expect(verdict).toMatch(/^\*\*From .* to .*evil # head\.yaml: .*\*\*$/);
  });
});

describe("smaller fixes", () => {
  it("a UTF-16 CSV: exit 65, saying to save it as UTF-8", async () => {
    const file = join(fresh(), "u16.csv");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Name,Typing speed (wpm)\r\nAnn,40\r\n", "utf16le")]));
    const r = await runCli(["workshop", file]);
    expect(r.code).toBe(65);
    expect(oneLine(r.stderr)).toMatch(/UTF-16.*save it as UTF-8/);
  });

  it("the room's view (--summary --plain) prints no nation's pay warning; the staff views do where one applies", async () => {
    const file = join(fresh(), "ni.yaml");
    writeFileSync(file, ["england", "england", "england", "northern-ireland"].map((nation) => `- { typingWpm: 40, nation: ${nation}, experience: {} }`).join("\n") + "\n");
    const room = await runCli(["workshop", file, "--summary", "--plain"]);
    expect(room.code).toBe(0);
    expect(room.stderr).toBe("");
    const warning = staleWarning(shippedDataset().pay, new Date(), "northern-ireland");
    for (const staff of [await runCli(["workshop", file]), await runCli(["workshop", file, "--json"])]) {
      expect(staff.code).toBe(0);
      if (warning) expect(staff.stderr).toContain(warning);
    }
  });

  it("workshop --json keeps every field, with the summary last", async () => {
    const r = await runCli(["workshop", GROUP, "--json"]);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(["attendees", "errors", "summary"]);
    // The keys of 0.1 in their order, then those added in 0.2, then the counts of rows skipped (issue 18).
    expect(Object.keys(j.summary)).toEqual(["attendees", "ready", "byRoute", "commonGaps", "medianTypingWpm", "readyIfConfirmed", "rowsSkipped", "errorsNotListed"]);
    expect(Object.keys(j.attendees[0])).toEqual(["label", "row", "ready", "recommended", "months", "gaps", "readyIfConfirmed"]);
  });
});
