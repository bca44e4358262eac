// A value a workshop cannot read under an answer added since 0.1 (hours a
// week, years on band, Welsh, ...) leaves that answer "not said", with a
// warning, and keeps the attendee: in a CSV sheet (docs/contract.md, "Workshop
// sheets") and, the same way, in a YAML or JSON list. A workshop leader must
// not lose someone from the room for a question added late. Other problems
// still skip the row, as they always have.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { CSV_OPTIONS, CsvSheet, NOT_READ_SHOWN, readCsvResponses, readListResponses } from "../../src/workshop/responses.js";
import { runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const tmp = mkdtempSync(join(tmpdir(), "medsec-not-said-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CSV = "Name,Typing speed,Office or admin experience (months),Hours a week,Years on band,Welsh\r\nAnn,40,12,lots,-3,\r\nBen,45,24,20,,maybe\r\n";
const ITEMS = [
  { name: "Ann", typingWpm: 40, experience: { adminMonths: 12 }, hoursPerWeek: "lots", bandYears: -3 },
  { name: "Ben", typingWpm: 45, experience: { adminMonths: 24 }, hoursPerWeek: 20, welsh: "maybe" },
];
/** A sheet read row by row as the workshop streams it, with the cells it left as not said. */
function readSheet(text: string) {
  const sheet = new CsvSheet(dataset, "s.csv");
  const outcomes = (parse(text, CSV_OPTIONS) as string[][]).map((r, i) => sheet.push(r, i));
  return {
    attendees: outcomes.flatMap((o) => (o?.kind === "attendee" ? [o.attendee] : [])),
    errors: outcomes.flatMap((o) => (o?.kind === "errors" ? o.errors : [])),
    notRead: { cells: sheet.notRead, count: sheet.notReadCount },
  };
}
const YAML = ITEMS.map((i) => `- name: ${i.name}\n  typingWpm: ${i.typingWpm}\n  experience: { adminMonths: ${i.experience.adminMonths} }\n  hoursPerWeek: ${i.hoursPerWeek}\n${"bandYears" in i ? `  bandYears: ${i.bandYears}\n` : ""}${"welsh" in i ? `  welsh: ${i.welsh}\n` : ""}`).join("");

describe("an answer added since 0.1 that cannot be read", () => {
  it("is not said in a sheet, and the same in a YAML or JSON list: every attendee kept", () => {
    const sheet = readCsvResponses(CSV, dataset);
    for (const read of [sheet, readListResponses(YAML, dataset, "group.yaml"), readListResponses(JSON.stringify(ITEMS), dataset, "group.json")]) {
      expect(read.errors).toEqual([]);
      expect(read.attendees.map((a) => [a.name, a.profile.typingWpm, a.profile.hoursPerWeek, a.profile.bandYears, a.profile.welsh])).toEqual([
        ["Ann", 40, undefined, undefined, undefined],
        ["Ben", 45, 20, undefined, undefined],
      ]);
    }
    const list = readListResponses(YAML, dataset, "group.yaml");
    expect(list.notRead?.count).toBe(3);
    expect(list.notRead?.cells.map((c) => [c.row, c.column])).toEqual([
      [1, "hoursPerWeek"],
      [1, "bandYears"],
      [2, "welsh"],
    ]);
  });

  it("does not save a row from a problem under an older key: that row is still skipped, and its new answers are not told as left not said", () => {
    const read = readListResponses(JSON.stringify([{ typingWpm: "fast", experience: {}, hoursPerWeek: "lots" }, ITEMS[1]]), dataset, "g.json");
    expect(read.attendees.map((a) => a.name)).toEqual(["Ben"]);
    expect(read.errors.map((e) => [e.row, e.column])).toEqual([[1, "typingWpm"]]);
    expect(read.notRead?.cells.map((c) => [c.row, c.column])).toEqual([[2, "welsh"]]);
    expect(read.notRead?.count).toBe(1);
    const sheet = readSheet("Name,Typing speed,Hours a week,Welsh\nAnn,999,lots,\nBen,45,20,maybe\n");
    expect(sheet.attendees.map((a) => a.name)).toEqual(["Ben"]);
    expect(sheet.errors.map((e) => e.row)).toEqual([2]);
    expect(sheet.notRead?.cells.map((c) => [c.row, c.column])).toEqual([[3, "Welsh"]]);
  });

  it("on stderr: a skipped row's new cells are not counted as left not said", async () => {
    const r = await runCli(["workshop", "-", "--json"], { input: "Name,Typing speed,Hours a week\nAnn,999,lots\nBen,45,20\n" });
    expect(r.code).toBe(65);
    expect(r.stderr).not.toContain("left as not said");
    expect(r.stderr).toContain("row 2, Typing speed");
  });

  it("keeps a sheet's row whose qualification worked towards is also held: that cell not said, as in a list", async () => {
    const csv = "Name,Qualifications,Working towards now,Typing speed\nAnn,gcse-english,gcse-english,40\n";
    const sheet = readSheet(csv);
    const list = readListResponses(JSON.stringify([{ name: "Ann", qualifications: ["gcse-english"], studying: ["gcse-english"], typingWpm: 40, experience: {} }]), dataset, "g.json");
    for (const read of [sheet, list]) {
      expect(read.errors).toEqual([]);
      expect(read.attendees.map((a) => [a.name, a.profile.qualifications, a.profile.studying])).toEqual([["Ann", ["gcse-english"], undefined]]);
      expect(read.notRead?.count).toBe(1);
    }
    expect(sheet.notRead?.cells[0]?.column).toBe("Working towards now");
    const r = await runCli(["workshop", "-", "--json"], { input: csv });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^1 cell of the columns added since 0\.1 .*left as not said:\n {2}row 2, Working towards now: "gcse-english" is under qualifications too/m);
  });

  it("is told on stderr for a list as for a sheet, and the attendees assessed exit 0", async () => {
    for (const [file, text] of [
      ["group.yaml", YAML],
      ["group.json", JSON.stringify(ITEMS)],
    ] as const) {
      writeFileSync(join(tmp, file), text);
      const r = await runCli(["workshop", join(tmp, file), "--json"]);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).summary.attendees).toBe(2);
      expect(r.stderr).toMatch(/^3 answers under the keys added since 0\.1 .* could not be read and were left as not said:\n {2}row 1, hoursPerWeek: line \d+: should be a number of hours/m);
    }
  });

  it("lists the first 100 on stderr, as it does rows skipped, and counts the rest", async () => {
    expect(NOT_READ_SHOWN).toBe(100);
    const rows = Array.from({ length: 150 }, (_, i) => `P${i},40,12,lots,,`).join("\r\n");
    writeFileSync(join(tmp, "many.csv"), `${CSV.split("\r\n")[0]}\r\n${rows}\r\n`);
    const r = await runCli(["workshop", join(tmp, "many.csv"), "--json"]);
    expect(r.code).toBe(0);
    const listed = r.stderr.split("\n").filter((l) => /^ {2}row \d+, Hours a week:/.test(l));
    expect(listed).toHaveLength(100);
    expect(r.stderr).toMatch(/^150 cells of the columns added since 0\.1/m);
    expect(r.stderr).toMatch(/^ {2}and 50 more$/m);
  });
});
