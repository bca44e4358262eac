// medsec-path compare, run as a user would: two answers files months apart.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";
import { ANSI, SCHOOL_LEAVER } from "../helpers/expect.js";

const LATER = "examples/school-leaver-6-months-on.yaml";
/** The summary line, joined where the terminal width wrapped it. */
const verdictOf = (stdout: string) => stdout.split("\n\n")[0]!.replace(/\n/g, " ");

const dir = mkdtempSync(join(tmpdir(), "medsec-compare-"));
afterAll(async () => rmSync(dir, { recursive: true, force: true }));

interface CompareJson {
  before: { file: string; report: { ready: boolean; recommended: string; gaps: { id: string; status: string }[]; payWarning: string | null } };
  after: { file: string; report: { ready: boolean; recommended: string; gaps: { id: string; status: string }[]; routes: { months: number; monthsMin: number; steps: { underway?: boolean }[] }[] } };
  change: {
    answers: { key: string; before: unknown; after: unknown }[];
    gaps: { id: string; change: string }[];
    recommended: { before: string; after: string };
    months: { before: number; after: number };
  };
}

describe("compare", () => {
  it("the school leaver six months on: what changed, the gaps that closed, the route", async () => {
    const r = await runCli(["compare", SCHOOL_LEAVER, LATER]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(ANSI);
    expect(verdictOf(r.stdout)).toMatch(new RegExp(`^From ${SCHOOL_LEAVER} to ${LATER.replace(/[.-]/g, "\\$&")}: 4 gaps closed: Medical terminology, `));
    expect(r.stdout).toMatch(/│ Typing speed\s+│ 30 wpm\s+│ 46 wpm\s+│/);
    expect(r.stdout).toMatch(/│ Office or admin\s+│ none\s+│ 6 months\s+│/);
    // Written out, not "L3 app.": the name wraps in its cell.
    expect(r.stdout).toMatch(/│ Working towards\s+│ none\s+│ Business Administrator\s+│\n│\s+│\s+│ apprenticeship L3\s+│/);
    expect(verdictOf(r.stdout)).toMatch(/Best route: still Admin apprenticeship in the NHS, now 4–27 months \(before, 16–27 months\)\. /);
    expect(r.stdout).toContain("Your route, then and now");
    expect(r.stdout).toMatchSnapshot();
  });

  it("explains the range of a route she is part-way through: counted from today, and what is left at 6 months in", async () => {
    const r = await runCli(["compare", SCHOOL_LEAVER, LATER]);
    // Issue 19: "now 4-27 months (before, 16-27 months)" read as if six months had changed nothing.
    expect(verdictOf(r.stdout)).toMatch(
      /\. If the Business Administrator apprenticeship, level 3 \(ST0070\) began with your 6 months of office or admin work, you are 6 months in: 4–21 months left, counted from today\.$/,
    );
    const note = r.stdout.slice(r.stdout.indexOf("• Time to the role now:")).split("\n•")[0]!.replace(/\s+/g, " ");
    expect(note).toBe(
      "• Time to the role now: 4–27 months, counted from today: the Business Administrator apprenticeship, level 3 (ST0070) counts as anywhere from done to not yet begun, as your answers do not say how far in you are. If it began with your 6 months of office or admin work since then, you are 6 months in: 4–21 months left, counted from today.",
    );
    // Working towards it at both reviews: no guess at how far in, only what the range counts.
    const again = await runCli(["compare", LATER, LATER]);
    expect(again.stdout).not.toContain("months in:");
    const started = join(dir, "started-before.yaml");
    writeFileSync(started, readFileSync(join(ROOT, SCHOOL_LEAVER), "utf8").replace("qualifications: [gcse-english, gcse-maths]", "qualifications: [gcse-english, gcse-maths]\nstudying: [business-administrator-apprenticeship]"));
    const both = await runCli(["compare", started, LATER]);
    expect(both.code, both.stderr).toBe(0);
    expect(verdictOf(both.stdout)).toContain("The 4–27 months are counted from today, with the Business Administrator apprenticeship, level 3 (ST0070) taken as anywhere from done to not yet begun.");
    expect(both.stdout).not.toContain("months in:");
    // The JSON is unchanged: the explanation is words only.
    expect(JSON.parse((await runCli(["compare", SCHOOL_LEAVER, LATER, "--json"])).stdout).change).not.toHaveProperty("underway");
  });

  it("a wide terminal keeps each requirement's row on one line", async () => {
    const r = await runCli(["compare", SCHOOL_LEAVER, LATER], { env: { COLUMNS: "120" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ Typing speed\s+│ Missing \(30 wpm\)\s+│ Partly \(46 wpm\)\s+│ narrowed\s+│/);
    expect(r.stdout).toMatch(/│ Office or secretarial experience\s+│ Missing \(none\)\s+│ Met \(6 months\)\s+│ closed\s+│/);
  });

  it("--json: both reports in full and the change between them", async () => {
    const r = await runCli(["compare", SCHOOL_LEAVER, LATER, "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as CompareJson;
    expect(j.before.file).toBe(SCHOOL_LEAVER);
    expect(j.after.file).toBe(LATER);
    expect(j.before.report).toEqual(JSON.parse((await runCli(["assess", "--answers", SCHOOL_LEAVER, "--json"])).stdout));
    expect(j.after.report).toEqual(JSON.parse((await runCli(["assess", "--answers", LATER, "--json"])).stdout));
    expect(j.change.answers).toContainEqual({ key: "typingWpm", before: 30, after: 46 });
    const moves = Object.fromEntries(j.change.gaps.map((g) => [g.id, g.change]));
    expect(moves).toMatchObject({ "typing-speed": "narrowed", "medical-terminology": "closed", "office-skills": "closed", "admin-experience": "closed", "audio-typing": "same" });
    expect(j.change.recommended).toEqual({ before: j.before.report.recommended, after: j.after.report.recommended });
    expect(j.change.months.after).toBe(j.after.report.routes[0]!.months);
    // Part-way through her apprenticeship: what is left of it may be none of it or all of it.
    expect(j.change.months.after).toBeLessThanOrEqual(j.change.months.before);
    expect(j.after.report.routes[0]!.monthsMin).toBeLessThan((j.before.report as unknown as { routes: { monthsMin: number }[] }).routes[0]!.monthsMin);
    expect(j.after.report.routes[0]!.steps[0]!.underway).toBe(true);
  });

  it("--format plain is linear text with headings and label: value lines", async () => {
    const r = await runCli(["compare", SCHOOL_LEAVER, LATER, "--format", "plain"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u2500-\u257f]/);
    expect(r.stdout.split("\n")[0]).toBe("Progress towards medical secretary");
    expect(r.stdout).toMatchSnapshot();
  });

  it("--format markdown", async () => {
    const r = await runCli(["compare", SCHOOL_LEAVER, LATER, "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Progress towards medical secretary\n/);
    expect(r.stdout).toContain("| Typing speed | Missing (30 wpm) | Partly (46 wpm) | narrowed |");
  });

  it("the same file twice: nothing has changed", async () => {
    const r = await runCli(["compare", SCHOOL_LEAVER, SCHOOL_LEAVER]);
    expect(r.code).toBe(0);
    expect(verdictOf(r.stdout)).toBe(`From ${SCHOOL_LEAVER} to ${SCHOOL_LEAVER}: the answers are the same, so nothing has changed.`);
  });

  it("answers from stdin are named <stdin> in the text, as errors name them; the command suggested still says -", async () => {
    const r = await runCli(["compare", SCHOOL_LEAVER, "-", "--format", "plain"], { input: readFileSync(join(ROOT, SCHOOL_LEAVER), "utf8") });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`From ${SCHOOL_LEAVER} to <stdin>: the answers are the same`);
    expect(r.stdout).toContain("medsec-path assess --answers -");
  });

  it("the later file may come from stdin, in JSON", async () => {
    const r = await runCli(["compare", "examples/gp-receptionist.json", "-", "--json"], { input: JSON.stringify({ typingWpm: 52, audioTyping: true, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 30, customerServiceMonths: 30, healthcareMonths: 30 }, nation: "scotland" }) });
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as CompareJson;
    expect(j.after.file).toBe("-");
    expect(j.after.report.ready).toBe(true);
    expect(j.change.recommended.after).toBe("direct-application");
  });

  it.each(["school-leaver.yaml", "career-changer.yaml", "legal-secretary.yaml", "qualified.yaml", "gp-receptionist.json"])("compares %s with the school leaver six months on", async (file) => {
    const r = await runCli(["compare", `examples/${file}`, LATER]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Your route, then and now");
  });
});

describe("compare: mistakes", () => {
  it("a file that does not exist exits 2, naming it", async () => {
    const r = await runCli(["compare", SCHOOL_LEAVER, "nowhere.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('"nowhere.yaml" does not exist');
  });

  it("an invalid file exits 65, naming the file, the line and the key", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "experience: {}\ntypingWpm: 300\n");
    const r = await runCli(["compare", bad, SCHOOL_LEAVER]);
    expect(r.code).toBe(65);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${bad}:2: typingWpm: should be at most 250 words per minute\n`);
  });


  it("--help's sample files exist wherever it is run from, and compare", async () => {
    for (const cwd of [ROOT, dir]) {
      const help = (await runCli(["compare", "--help"], { cwd })).stdout;
      const files = /\$ medsec-path compare (\S*school-leaver\.yaml) (\S*school-leaver-6-months-on\.yaml)$/m.exec(help)?.slice(1);
      expect(files, help).toHaveLength(2);
      if (cwd === ROOT) expect(files).toEqual(["examples/school-leaver.yaml", LATER]);
      const r = await runCli(["compare", ...files!, "--format", "plain"], { cwd });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Progress towards medical secretary");
    }
  });

  it("--help gives the exit codes that these mistakes do give", async () => {
    const help = (await runCli(["compare", "--help"])).stdout.replace(/\s+/g, " ");
    expect(help).toContain("A file that does not exist or cannot be read exits 2");
    expect(help).toContain("not a valid answers file exits 65");
    expect(help).not.toMatch(/cannot be read exits 65/);
  });

  it("one file, or both from stdin, is a usage error", async () => {
    expect((await runCli(["compare", SCHOOL_LEAVER])).code).toBe(2);
    const both = await runCli(["compare", "-", "-"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("stdin");
  });

  it("--help has examples", async () => {
    const r = await runCli(["compare", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: medsec-path compare");
    expect(r.stdout).toMatch(/\$ medsec-path compare \S+ \S+/);
    expect((await runCli(["--help"])).stdout).toMatch(/^ {2}compare\b/m);
  });
});
