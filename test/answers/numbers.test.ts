// One rule for numbers in every input (issue 18, finding 11; src/data/numbers.ts):
// digits, with a decimal point or an exponent if need be, as JSON and every
// program write them. An answers file, a --set, a data file, a CSV cell and a
// typed answer read the same spellings; YAML's others (0x10, 0o17, +12, .5,
// 45.) are refused everywhere, saying how to write the number.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { scratch } from "../helpers/scratch.js";

const { fresh } = scratch("medsec-numbers-");

/** An answers file holding `line`, and the run of assess --json on it. */
async function assessWith(line: string, ext = "yaml") {
  const file = join(fresh(), `me.${ext}`);
  writeFileSync(file, ext === "json" ? line : `experience: {}\n${line}\n`);
  return runCli(["assess", "--answers", file, "--json"]);
}

/** A workshop sheet with one attendee whose `heading` cell is `cell`. */
async function sheetWith(heading: string, cell: string) {
  const file = join(fresh(), "group.csv");
  writeFileSync(file, `Name,${heading},Nation\nA.,${cell},england\n`);
  return runCli(["workshop", file, "--json"]);
}

const REFUSED = [
  ["0x10", "16"],
  ["0o17", "15"],
  ["+12", "12"],
  [".5", "0.5"],
  ["45.", "45"],
] as const;

describe("an answers file", () => {
  it.each(REFUSED)("refuses typingWpm: %s, saying how to write it", async (written, plain) => {
    const r = await assessWith(`typingWpm: ${written}`);
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(new RegExp(`me\\.yaml:2: typingWpm: ${written.replace(/[+.]/g, "\\$&")} is read as a number, but medsec-path takes numbers written in digits \\(45, 41\\.5\\): write ${plain.replace(".", "\\.")}, or put text in quotes`));
  });

  it.each([
    ["experience:\n  adminMonths: 0x18", "experience.adminMonths"],
    ["age: +34", "age"],
    ["nhsBand: 0o3", "nhsBand"],
  ])("refuses %j in any number, naming the key", async (line, key) => {
    const file = join(fresh(), "me.yaml");
    writeFileSync(file, line.startsWith("experience") ? `${line}\n` : `experience: {}\n${line}\n`);
    const r = await runCli(["assess", "--answers", file]);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(`: ${key}: `);
  });

  it.each([
    ["typingWpm: 45", 45],
    ["typingWpm: 41.5", 41.5],
    ["typingWpm: 045", 45],
    ["typingWpm: 1e2", 100],
  ])("reads %j, as it always did", async (line, wpm) => {
    const r = await assessWith(line);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).gaps.find((g: { id: string }) => g.id === "typing-speed").have).toBe(`${wpm} wpm`);
  });

  it("reads a JSON file's numbers as JSON writes them, exponents too", async () => {
    const r = await assessWith('{ "typingWpm": 4.5e1, "experience": { "adminMonths": 1.2e1 } }', "json");
    expect(r.code, r.stderr).toBe(0);
  });

  it("leaves .inf to the schema, which says what a figure cannot be", async () => {
    const r = await assessWith("typingWpm: .inf");
    expect(r.code).toBe(65);
    expect(r.stderr).not.toMatch(/is read as a number/);
  });

  it("quoted, text stays text: a name of 0x10 is a name", async () => {
    const r = await assessWith('name: "0x10"');
    expect(r.code, r.stderr).toBe(0);
  });
});

describe("--set", () => {
  it.each(REFUSED)("refuses typingWpm=%s as an answers file does", async (written) => {
    const r = await runCli(["assess", "--answers", "examples/school-leaver.yaml", "--set", `typingWpm=${written}`]);
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/^--set: typingWpm: .* is read as a number, but medsec-path takes numbers written in digits/m);
  });

  it("takes 41.5 and 1e2, as an answers file does", async () => {
    for (const value of ["41.5", "1e2"]) {
      const r = await runCli(["assess", "--answers", "examples/school-leaver.yaml", "--set", `typingWpm=${value}`, "--json"]);
      expect(r.code, r.stderr).toBe(0);
    }
  });
});

describe("a workshop sheet reads the same spellings", () => {
  it.each([
    ["41.5", 41.5],
    ["1e2", 100],
    ["45 wpm", 45],
  ])("Typing speed %j", async (cell, wpm) => {
    const r = await sheetWith("Typing speed (wpm)", cell);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary.medianTypingWpm).toBe(wpm);
  });

  it.each(["0x10", "0o17", "+12", ".5", "45."])("Typing speed %j is refused, as in an answers file", async (cell) => {
    const r = await sheetWith("Typing speed (wpm)", cell);
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/is not a typing speed/);
  });

  it.each([
    ["Age", "34.0", 0],
    // An age that cannot be read is left as not said, as any cell of the columns added in 0.2 (see the README).
    ["Age", "0x22", 0],
    ["Office or admin experience (months)", "1.8e1", 0],
    ["Office or admin experience (months)", "0x12", 65],
  ])("%s %j: exit %i", async (heading, cell, code) => {
    const r = await sheetWith(heading, cell);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr.includes("could not be read") || code === 65).toBe(/x/.test(cell));
  });
});

describe("a --data file", () => {
  it("refuses a salary written in hexadecimal, naming the file, line and key", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "x"));
    const bands = 'tables:\n  - nation: england\n    payYear: "2030/31"\n    effectiveFrom: "2030-04-01"\n    source: "https://example.org/pay"\n    bands:\n      - band: "3"\n        points:\n          - { afterYears: 0, salary: 0x7000 }\n';
    writeFileSync(join(dir, "bands.yaml"), bands);
    const r = await runCli(["--data", dir, "bands"]);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(`${join(dir, "bands.yaml")}:9: tables[0].bands[0].points[0].salary: 0x7000 is read as a number`);
  });
});
