// Issue 19's workshop and wording slips: one name for each route in both of a
// workshop's tables, "did you mean" for ids in arguments and in cells, why a
// small group's counts all read "fewer than 3", and nations by name.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { abbreviates, guessIds } from "../../src/render/did-you-mean.js";
import { runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";

const dir = mkdtempSync(join(tmpdir(), "medsec-names-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, rows: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${rows.join("\r\n")}\r\n`);
  return file;
}

/** A table's body rows as cells, from a print wide enough for one line a row. */
const cells = (out: string, title: string) =>
  out
    .slice(out.indexOf(`${title}\n`))
    .split("\n")
    .filter((l) => l.startsWith("│"))
    .map((l) => l.split("│").slice(1, -1).map((c) => c.trim()));

describe("one name for each route in a workshop", () => {
  const head = "Name,Nation,Typing speed,Current job,Age,Qualifications";
  const leaver = (name: string, nation: string) => `${name},${nation},30,not working,17,GCSE English; GCSE maths`;

  it.each([
    ["a mixed room: words that fit all", ["england", "scotland", "england"], "Admin apprenticeship in the health service"],
    ["one nation: its own words", ["scotland", "scotland", "scotland"], "Admin apprenticeship in NHS Scotland"],
  ])("%s, in the group table and the attendees table alike", async (_, nations, title) => {
    const file = csv(`${nations.join("-")}.csv`, [head, ...nations.map((n, i) => leaver(`P${i}`, n))]);
    const r = await runCli(["workshop", file, "--names", "--exact"], { env: { COLUMNS: "200" } });
    expect(r.code, r.stderr).toBe(0);
    expect(cells(r.stdout, "The group").map((row) => row[0])).toContain(`Best route: ${title}`);
    const routes = new Set(cells(r.stdout, "Attendees").slice(1).map((row) => row[3]));
    expect([...routes]).toEqual([title]);
  });
});

describe("a small group's hidden counts", () => {
  const three = ["Name,Typing speed", "A,30", "B,40", "C,50"];

  it("with three attendees, says why nearly every count reads \"fewer than 3\"", async () => {
    const r = await runCli(["workshop", csv("three.csv", three), "--summary"]);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      'With 3 attendees, most counts are 1 or 2, and an exact one would tell the room who is ready and who has which gap: they show as "fewer than 3". Staff can see them with --exact, or in --json.',
    );
  });

  it("a larger group keeps the one-line rule, and --exact needs none", async () => {
    const six = csv("six.csv", [...three, "D,30", "E,40", "F,50"]);
    expect((await runCli(["workshop", six, "--summary"])).stdout.replace(/\s+/g, " ")).toContain('Counts of 1 or 2 show as "fewer than 3" so that no one is singled out (--exact shows them).');
    expect((await runCli(["workshop", csv("three-exact.csv", three), "--summary", "--exact"])).stdout).not.toContain("fewer than 3");
  });
});

describe("did you mean, for ids in arguments and cells", () => {
  it.each([
    [["role", "medsec"], 'unknown role "medsec" (did you mean medical-secretary?)'],
    [["role", "clinadmin"], 'unknown role "clinadmin" (did you mean clinic-administrator?)'],
    [["role", "medical-secretery"], 'unknown role "medical-secretery" (did you mean medical-secretary?)'],
    [["bands", "--area", "london"], '"london" is not an area (did you mean inner-london or outer-london?); use one of: inner-london, outer-london, fringe.'],
    [["bands", "--area", "Fringe "], undefined],
  ])("medsec-path %j", async (args, message) => {
    const r = await runCli(args as string[]);
    if (message === undefined) {
      expect(r.code, r.stderr).toBe(0);
      return;
    }
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("a workshop cell: a short name from a title (AMSPAR), an abbreviated role, a misspelt qualification", async () => {
    const file = csv("cells.csv", ["Name,Qualifications,Target role", "Ann,AMSPAR,medsec", "Bob,gcse english; gsce maths,"]);
    const r = await runCli(["workshop", file]);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain('Qualifications: "AMSPAR" is not a qualification (did you mean amspar-medical-terminology or amspar-diploma-l3?)');
    expect(r.stderr).toContain('Target role: "medsec" is not a role to aim for (did you mean medical-secretary?); use one of: ');
    expect(r.stderr).toContain('"gsce maths" is not a qualification (did you mean gcse-maths?)');
  });

  it("guesses: a misspelling, the starts of an id's words, a word of its name; nothing for what is not close", () => {
    const roles = shippedDataset().roles.map((r) => ({ id: r.id, names: [r.title] }));
    expect(abbreviates("medsec", "medical-secretary")).toBe(true);
    expect(abbreviates("medsec", "senior-medical-secretary")).toBe(false);
    expect(abbreviates("med", "medical-secretary")).toBe(false);
    expect(guessIds("medsec", roles)).toEqual(["medical-secretary"]);
    expect(guessIds("coder", roles)).toEqual(["trainee-clinical-coder", "clinical-coder"]);
    expect(guessIds("plumber", roles)).toEqual([]);
    // Too many to be a guess: the list of ids says more.
    expect(guessIds("medical", roles)).toEqual([]);
  });
});

describe("nations by name in messages", () => {
  it.each([
    [["bands", "--nation", "wales", "--year", "2024/25"], "error: no Wales pay table for 2024/25 (did you mean 2025/26?)", "Years held for Wales: "],
    [["bands", "--nation", "northern-ireland", "--band", "13"], 'error: band "13" is not in the Northern Ireland 2025/26 table', "Bands: "],
  ])("%j", async (args, first, second) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(first);
    expect(r.stderr).toContain(second);
    expect(r.stderr).not.toMatch(/\b(wales|northern-ireland)\b/);
  });
});
