// assess --set, run as a user would: the built CLI on the shipped examples.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { scratch } from "../helpers/scratch.js";
import { ANSI, expectQuietStderr, SCHOOL_LEAVER } from "../helpers/expect.js";

const EXAMPLES = readdirSync("examples").map((f) => `examples/${f}`);

interface WhatIfJson {
  ready: boolean;
  recommended: string;
  gaps: { id: string; status: string }[];
  routes: { id: string; months: number }[];
  whatIf: {
    set: { key: string; value: unknown }[];
    change: {
      answers: { key: string; before: unknown; after: unknown }[];
      gaps: { id: string; change: string; before: { status: string } | null; after: { status: string } | null }[];
      routes: { id: string; before: { rank: number } | null; after: { rank: number } | null }[];
      ready: { before: boolean; after: boolean };
      recommended: { before: string; after: string };
      months: { before: number | null; after: number | null };
      monthsMin: { before: number | null; after: number | null };
      target: { before: string; after: string };
    };
  };
}

const whatIf = async (args: string[]) => {
  const r = await runCli(["assess", ...args, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as WhatIfJson;
};

describe("assess --set", () => {
  it("the school leaver typing at 55 wpm with audio typing: says what closes, then the report as it would be", async () => {
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--set", "typingWpm=55", "--set", "audioTyping=true"]);
    expect(r.code).toBe(0);
    expectQuietStderr(r.stderr);
    expect(r.stdout).not.toMatch(ANSI);
    const summary = r.stdout.split("\n\n")[0]!.replace(/\n/g, " ");
    expect(summary).toMatch(/^Changing typing speed to 55 wpm and audio typing to yes would close 2 gaps: Typing speed, Audio typing\. /);
    expect(r.stdout).toMatch(/│ Typing speed\s+│ 30 wpm\s+│ 55 wpm\s+│/);
    expect(r.stdout).toMatch(/│ Typing speed\s+│ Missing \(30 wpm\)\s+│ Met \(55 wpm\)\s+│ would close\s+│/);
    // The full report follows, with the changed answers in it.
    expect(r.stdout).toContain("Your answers, with the changes");
    expect(r.stdout).toMatch(/│ Typing speed\s+│ 55 wpm\s+│ 50 wpm \(rule of thumb\);\s+│ Met\s+│/);
    expect(r.stdout.indexOf("Your changes")).toBeLessThan(r.stdout.indexOf("Where you stand"));
    // The file itself is untouched.
    expect(readFileSync(SCHOOL_LEAVER, "utf8")).toContain("typingWpm: 30");
  });

  it("--json is the assess contract for the changed answers, plus whatIf", async () => {
    const j = await whatIf(["--answers", SCHOOL_LEAVER, "--set", "typingWpm=55", "--set", "audioTyping=true"]);
    const plain = JSON.parse((await runCli(["assess", "--answers", SCHOOL_LEAVER, "--json"])).stdout) as Record<string, unknown>;
    // Every field of the plain report is there; whatIf is added.
    expect(Object.keys(j)).toEqual([...Object.keys(plain), "whatIf"]);
    expect(j.gaps.find((g) => g.id === "typing-speed")?.status).toBe("met");
    expect(j.whatIf.set).toEqual([
      { key: "typingWpm", value: 55 },
      { key: "audioTyping", value: true },
    ]);
    expect(j.whatIf.change.answers).toEqual(
      expect.arrayContaining([
        { key: "typingWpm", before: 30, after: 55 },
        { key: "audioTyping", before: false, after: true },
      ]),
    );
    const closed = j.whatIf.change.gaps.filter((g) => g.change === "closed").map((g) => g.id);
    expect(closed.sort()).toEqual(["audio-typing", "typing-speed"]);
    expect(j.whatIf.change.recommended.after).toBe(j.recommended);
    expect(j.whatIf.change.months.after).toBe(j.routes[0]!.months);
    expect(j.whatIf.change.target).toEqual({ before: "medical-secretary", after: "medical-secretary" });
  });

  it("the legal secretary with some medical terms would be ready to apply now", async () => {
    const j = await whatIf(["--answers", "examples/legal-secretary.yaml", "--set", "medicalTerminology=some"]);
    expect(j.ready).toBe(true);
    expect(j.whatIf.change.ready).toEqual({ before: false, after: true });
    expect(j.whatIf.change.recommended).toMatchObject({ after: "direct-application" });
    expect(j.whatIf.change.months.after).toBe(0);
    expect(j.whatIf.change.months.before).toBeGreaterThan(0);
  });

  it("nested keys and lists, written as in an answers file", async () => {
    const j = await whatIf(["--answers", SCHOOL_LEAVER, "--set", "experience.adminMonths=24", "--set", "qualifications=[gcse-english]"]);
    const moved = Object.fromEntries(j.whatIf.change.gaps.map((g) => [g.id, g.change]));
    expect(moved["admin-experience"]).toBe("closed");
    expect(moved["english-maths"]).toBe("opened");
    expect(j.whatIf.change.answers).toContainEqual({ key: "experience.adminMonths", before: 0, after: 24 });
  });

  it.each(EXAMPLES)("works on %s", async (file) => {
    const r = await runCli(["assess", "--answers", file, "--set", "typingWpm=70", "--set", "audioTyping=true"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Changing typing speed to 70 wpm/);
    expect(r.stdout).toContain("Where you stand");
  });

  it("warns about the pay of the nation the changed answers are in, not the file's", async () => {
    const there = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--set", "nation=northern-ireland"]);
    expect(there.code).toBe(0);
    expectQuietStderr(there.stderr, "northern-ireland");
    const back = await runCli(["assess", "--answers", "-", "--set", "nation=england"], { input: "nation: northern-ireland\nexperience: {}\n" });
    expect(back.code).toBe(0);
    expectQuietStderr(back.stderr, "england");
  });

  it("a set that changes nothing says so", async () => {
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--set", "typingWpm=30"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Your answers already say that: nothing would change.");
  });

  it("--format markdown and plain carry the change too", async () => {
    const md = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--set", "typingWpm=55", "--format", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# What if: your route to becoming a medical secretary\n/);
    expect(md.stdout).toContain("## Your changes");
    expect(md.stdout).toContain("| Typing speed | 30 wpm | 55 wpm |");
    const plain = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--set", "typingWpm=55", "--format", "plain"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("\nYour changes\n\n1. Typing speed\n   Now: 30 wpm\n   What if: 55 wpm\n");
  });
});

describe("assess --set: mistakes", () => {
  it.each([
    ["typingWpm=300", "--set: typingWpm: should be at most 250 words per minute"],
    ["typingwpm=55", "--set: typingwpm: is not a known field (did you mean typingWpm?)"],
    ["experience.adminMonth=24", "--set: experience.adminMonth: is not a known field (did you mean adminMonths?)"],
    ["audioTyping=maybe", "--set: audioTyping: should be true or false"],
    ["nation=mars", "--set: nation: must be one of: england, scotland, wales, northern-ireland"],
  ])("--set %s exits 65: %s", async (arg, message) => {
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--set", arg]);
    expect(r.code).toBe(65);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${message}\n`);
  });

  it("a value that is not valid YAML exits 65 naming the key", async () => {
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--set", "qualifications=[gcse-english"]);
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/^--set: qualifications: not valid YAML: /);
  });

  it.each([["typingWpm"], ["=55"]])("--set %s (no key=value) is a usage error, exit 2", async (arg) => {
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--set", arg]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`--set "${arg}"`);
    expect(r.stderr).toContain("--set typingWpm=55");
    expect(r.stderr).not.toContain("    at ");
  });

  it("a bad answers file is still named by its file and line", async () => {
    const r = await runCli(["assess", "--answers", "-", "--set", "typingWpm=55"], { input: "typingWpm: 20\naudioTyping: perhaps\nexperience: {}\n" });
    expect(r.code).toBe(65);
    expect(r.stderr).toBe("<stdin>:2: audioTyping: should be true or false\n");
  });

  it("without --answers, a bad --set is refused before any question is asked", async () => {
    const r = await runCli(["assess", "--set", "typingWpm=300"], { input: "\n" });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain("--set: typingWpm");
    expect(r.stderr).not.toMatch(/no terminal/);
  });

  it("without --answers and without a terminal, a good --set still needs the questions asked", async () => {
    const r = await runCli(["assess", "--set", "typingWpm=55"], { input: "\n" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--answers");
  });
});

describe("assess --answers FILE --save-answers OUT", () => {
  const { fresh } = scratch("medsec-whatif-save-");
  const assessJson = async (args: string[]) => JSON.parse((await runCli(["assess", ...args, "--json"])).stdout) as WhatIfJson;

  it("with --set, saves the answers as changed, which assess as the what-if did; the file read is left alone", async () => {
    const out = join(fresh(), "what-if.yaml");
    const before = readFileSync(SCHOOL_LEAVER, "utf8");
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--set", "typingWpm=55", "--set", "audioTyping=true", "--save-answers", out, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Saved your answers, with the --set changes, to ${out}`);
    const saved = readFileSync(out, "utf8");
    expect(saved.split("\n")[0]).toBe(`# medsec-path answers: re-run with  medsec-path assess --answers ${out}`);
    expect(saved).toMatch(/^typingWpm: 55$/m);
    expect(saved).toMatch(/^audioTyping: true$/m);
    // Re-run as the first line says: the report is the what-if's, with nothing left to change.
    const { whatIf, ...changed } = JSON.parse(r.stdout) as WhatIfJson;
    expect(whatIf).toBeDefined();
    expect(await assessJson(["--answers", out])).toEqual(changed);
    expect(readFileSync(SCHOOL_LEAVER, "utf8")).toBe(before);
  });

  it("without --set, saves the file's answers as read: JSON from stdin becomes a YAML file that assesses the same", async () => {
    const out = join(fresh(), "gp.yaml");
    const json = readFileSync("examples/gp-receptionist.json", "utf8");
    const r = await runCli(["assess", "--answers", "-", "--save-answers", out, "--json"], { input: json });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Saved your answers to ${out}`);
    expect(await assessJson(["--answers", out])).toEqual(JSON.parse(r.stdout));
  });

  it("an existing file is not replaced without --force, and is refused before the answers are read", async () => {
    const out = join(fresh(), "mine.yaml");
    writeFileSync(out, "keep: me\n");
    const r = await runCli(["assess", "--answers", "nowhere.yaml", "--set", "typingWpm=55", "--save-answers", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("already exists");
    expect(r.stderr).toContain("--force");
    expect(r.stderr).not.toContain("nowhere.yaml");
    expect(readFileSync(out, "utf8")).toBe("keep: me\n");
  });

  it("with --force, may update the very file it read", async () => {
    const file = join(fresh(), "me.yaml");
    writeFileSync(file, readFileSync(SCHOOL_LEAVER, "utf8"));
    const r = await runCli(["assess", "--answers", file, "--set", "experience.adminMonths=24", "--save-answers", file, "--force"]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^ {2}adminMonths: 24$/m);
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(join(file, ".."))).toEqual(["me.yaml"]);
  });

  it("a bad --set saves nothing", async () => {
    const out = join(fresh(), "out.yaml");
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--set", "typingWpm=300", "--save-answers", out]);
    expect(r.code).toBe(65);
    expect(existsSync(out)).toBe(false);
  });
});
