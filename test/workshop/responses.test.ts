// Reading a group's answers as forms and spreadsheets really export them: a
// byte-order mark, CRLF, quoted commas, extra and blank rows and columns,
// headings in the form's own words; and bad rows reported, not fatal.
//
// The CSV fixtures in test/fixtures/workshop/ hold their bytes exactly (BOM,
// CRLF); the first test checks they still do, so an editor that "fixes" them
// fails loudly instead of quietly testing less.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AnswersError, ISSUES_SHOWN } from "../../src/errors.js";
import { CsvSheet, readCsvResponses, readListResponses, type Responses } from "../../src/workshop/responses.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const FIXTURES = new URL("../fixtures/workshop/", import.meta.url);
const bytes = (name: string) => readFileSync(new URL(name, FIXTURES));
const text = (name: string) => bytes(name).toString("utf8");
const csv = (name: string) => readCsvResponses(text(name), dataset);
const list = (name: string) => readListResponses(text(name), dataset, name);
const rows = (r: Responses) => r.attendees.map((a) => a.row);

describe("the fixtures hold the bytes real exports have", () => {
  it("form-export.csv starts with a UTF-8 BOM and ends its lines with CRLF, with a CRLF inside a quoted cell", () => {
    const b = bytes("form-export.csv");
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const s = b.toString("utf8");
    expect(s.split("\r\n").length).toBeGreaterThan(6);
    expect(s.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(s).toContain('"Li\r\nWei"');
    expect(s).toContain('"Smith, Jane"');
  });

  it("spaced-headers.csv uses LF only", () => {
    expect(text("spaced-headers.csv")).not.toContain("\r");
  });
});

describe("readCsvResponses: a messy form export", () => {
  const r = csv("form-export.csv");

  it("reads every filled row, skips blank rows, and keeps the spreadsheet's row numbers (header = row 1)", () => {
    // Row 3 is an empty line and row 5 only commas; row 6 has a cell over two
    // lines, which is still one row in the spreadsheet, so Kim is row 7.
    expect(r.errors).toEqual([]);
    expect(rows(r)).toEqual([2, 4, 6, 7]);
  });

  it("lists the columns it does not use, and only those", () => {
    expect(r.ignoredColumns).toEqual(["Timestamp", "Email address"]);
  });

  it("keeps a quoted comma inside a name, and a name over two lines", () => {
    expect(r.attendees.map((a) => a.name)).toEqual(["Smith, Jane", "Raj", "Li\r\nWei", "Kim"]);
  });

  it("reads the first row: BOM-prefixed header, TYPING_SPEED, short qualification names, '2 years', Y/TRUE/No, a role's title", () => {
    expect(r.attendees[0]!.profile).toEqual(
      profile({
        typingWpm: 45,
        audioTyping: true,
        medicalTerminology: "some",
        officeSkills: "confident",
        qualifications: ["gcse-english", "gcse-maths"],
        experience: { adminMonths: 24, customerServiceMonths: 18, healthcareMonths: 0, secretarialMonths: 0 },
        needsToEarnWhileLearning: true,
        canStudyPartTime: false,
        nation: "england",
        target: "medical-secretary",
      }),
    );
  });

  it("reads '30 wpm', ids and short names separated by a comma, '1 year 6 months' and a blank month cell as 0", () => {
    expect(r.attendees[1]!.profile).toEqual(
      profile({
        typingWpm: 30,
        audioTyping: false,
        medicalTerminology: "none",
        officeSkills: "basic",
        qualifications: ["gcse-english", "functional-skills-maths-l2"],
        experience: { adminMonths: 0, customerServiceMonths: 18, healthcareMonths: 0, secretarialMonths: 0 },
        needsToEarnWhileLearning: true,
        canStudyPartTime: true,
        nation: "wales",
        target: "medical-secretary",
      }),
    );
  });

  it("reads a multi-line qualifications cell (a short name and a full title), and leaves blanks and 'not sure' unknown", () => {
    const p = r.attendees[2]!.profile;
    expect(p).toEqual(
      profile({
        medicalTerminology: "qualified",
        officeSkills: "confident",
        qualifications: ["amspar-diploma-l3", "gcse-english"],
        experience: { adminMonths: 6, customerServiceMonths: 0, healthcareMonths: 12, secretarialMonths: 24 },
        nation: "scotland",
      }),
    );
    expect(p.typingWpm).toBeUndefined();
    expect(p.audioTyping).toBeUndefined();
    expect(p.target).toBeUndefined();
  });

  it("reads N / y, 'northern ireland' and a role title with a comma in it", () => {
    expect(r.attendees[3]!.profile).toEqual(
      profile({
        typingWpm: 55,
        audioTyping: true,
        medicalTerminology: "some",
        officeSkills: "basic",
        qualifications: ["degree"],
        experience: { adminMonths: 3, customerServiceMonths: 3, healthcareMonths: 3, secretarialMonths: 3 },
        needsToEarnWhileLearning: false,
        canStudyPartTime: true,
        nation: "northern-ireland",
        target: "clinic-administrator",
      }),
    );
  });

  it("gives the same result whatever the line ends, and with or without the BOM", () => {
    const raw = text("form-export.csv");
    const lf = raw.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
    const again = readCsvResponses(lf, dataset);
    expect(rows(again)).toEqual(rows(r));
    expect(again.attendees.map((a) => a.profile)).toEqual(r.attendees.map((a) => a.profile));
    expect(again.ignoredColumns).toEqual(r.ignoredColumns);
  });

  it("matches a heading with a unit in brackets, odd spacing and case (' typing speed (WPM) ', '[months]', 'NATION')", () => {
    const s = csv("spaced-headers.csv");
    expect(s.errors).toEqual([]);
    expect(s.ignoredColumns).toEqual([]);
    // No Qualifications column: not known, which is not the same as none.
    expect(s.attendees).toEqual([{ row: 2, profile: profile({ typingWpm: 50, nation: "england", qualificationsUnknown: true, experience: { adminMonths: 12 } }) }]);
  });

  it("matches a qualification written as its full title even when the title has a comma in it", () => {
    // Forms list checkbox options by their text; text-processing's title has a comma.
    const title = dataset.qualifications.find((q) => q.id === "text-processing")!.title;
    expect(title).toContain(",");
    const quoted = `"${title.replace(/"/g, '""')}"`;
    const s = readCsvResponses(`Typing speed,Qualifications\r\n40,${quoted}\r\n`, dataset);
    expect(s.errors).toEqual([]);
    expect(s.attendees.map((a) => a.profile.qualifications)).toEqual([["text-processing"]]);
  });

  it("a repeated heading is read once: the first column is used and the repeat is listed as ignored", () => {
    const s = readCsvResponses("Name,Typing speed,Typing speed\r\nAnn,40,55\r\nBen,45,fast\r\n", dataset);
    expect(s.ignoredColumns).toEqual(["Typing speed"]);
    expect(s.errors).toEqual([]);
    expect(s.attendees.map((a) => [a.row, a.profile.typingWpm])).toEqual([
      [2, 40],
      [3, 45],
    ]);
  });

  it("a header-only sheet, or an empty one, has no attendees and no errors", () => {
    expect(readCsvResponses("Typing speed (wpm),Nation\r\n", dataset)).toEqual({ attendees: [], errors: [], ignoredColumns: [] });
    expect(readCsvResponses("", dataset)).toEqual({ attendees: [], errors: [], ignoredColumns: [] });
  });
});

describe("readCsvResponses: rows that cannot be read", () => {
  const r = csv("bad-rows.csv");
  const errorsFor = (row: number) => r.errors.filter((e) => e.row === row);

  it("keeps the good rows and skips each bad one", () => {
    expect(rows(r)).toEqual([2, 5, 9]);
    expect(r.attendees.map((a) => a.name)).toEqual(["A.A.", "D.D.", "H.H."]);
    expect(new Set(r.errors.map((e) => e.row))).toEqual(new Set([3, 4, 6, 7, 8, 10, 11]));
  });

  it("names the sheet's own column heading for each problem", () => {
    expect(errorsFor(3)).toEqual([{ row: 3, column: "Typing speed (wpm)", message: expect.stringMatching(/"fast" is not a typing speed/) }]);
    expect(errorsFor(4)).toEqual([{ row: 4, column: "Qualifications (ids, separated by ;)", message: expect.stringMatching(/"GCSE Klingon" is not a qualification/) }]);
    expect(errorsFor(6)).toEqual([{ row: 6, column: "Target role", message: expect.stringMatching(/medical-secretary/) }]);
    expect(errorsFor(7)).toEqual([{ row: 7, column: "Office or admin experience (months)", message: expect.stringMatching(/\S/) }]);
    expect(errorsFor(8)).toEqual([{ row: 8, column: "Customer service experience (months)", message: expect.stringMatching(/\S/) }]);
  });

  it("reports every problem in a row's cells, not only the first", () => {
    const ten = errorsFor(10);
    expect(ten.map((e) => e.column).sort()).toEqual(["Qualifications (ids, separated by ;)", "Typing speed (wpm)"]);
    expect(ten.find((e) => e.column === "Typing speed (wpm)")!.message).toMatch(/250/);
    expect(ten.find((e) => e.column.startsWith("Qualifications"))!.message).toMatch(/basket weaving/);
  });

  it("names the sheet's heading for a problem only the answers schema catches (700 months)", () => {
    expect(errorsFor(11)).toEqual([{ row: 11, column: "Office or admin experience (months)", message: expect.stringMatching(/600/) }]);
  });

  it("every error has a row, a column heading from the sheet and a message", () => {
    const headings = text("bad-rows.csv").split("\r\n")[0]!;
    for (const e of r.errors) {
      expect(Number.isInteger(e.row) && e.row >= 2).toBe(true);
      expect(headings).toContain(e.column);
      expect(e.message.length).toBeGreaterThan(5);
    }
  });

  it.each([
    ["a bad typing speed", "Typing speed", "very fast"],
    ["a typing speed over the limit", "Typing speed", "251"],
    ["an unknown qualification", "Qualifications", "gcse-english; basket weaving"],
    ["an unknown target role", "Target role", "astronaut"],
    ["negative months", "Admin experience", "-3"],
    ["months as 'a while'", "Admin experience", "a while"],
    ["a yes/no that is neither", "Audio typing", "sometimes"],
    ["an unknown nation", "Nation", "france"],
    ["an unknown terminology level", "Medical terminology", "loads"],
  ])("%s is reported for its row and column, and the other rows are kept", (_what, heading, cell) => {
    const sheet = `Name,${heading}\r\nGood One,\r\nBad One,"${cell}"\r\nGood Two,\r\n`;
    const s = readCsvResponses(sheet, dataset);
    expect(s.attendees.map((a) => [a.row, a.name])).toEqual([
      [2, "Good One"],
      [4, "Good Two"],
    ]);
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]).toMatchObject({ row: 3, column: heading });
    expect(s.errors[0]!.message).toMatch(/\S/);
  });

  it("a column headed in years is not silently read as months", () => {
    // "(years)" is dropped with the rest of the bracketed unit when headings are
    // matched, so "2" must either be read as 24 months or refused, never as 2 months.
    const s = readCsvResponses("Name,Admin experience (years)\r\nAnn,2\r\n", dataset);
    const months = s.attendees[0]?.profile.experience.adminMonths;
    const refused = s.errors.some((e) => e.row === 2 && e.column === "Admin experience (years)");
    expect(refused || months === 24).toBe(true);
  });

  it("a sheet with no heading it knows throws AnswersError, naming the template", () => {
    expect(() => csv("no-known-headers.csv")).toThrow(AnswersError);
    expect(() => csv("no-known-headers.csv")).toThrow(/--template/);
  });

  it("a sheet whose only known heading is the name throws AnswersError too", () => {
    expect(() => csv("names-only.csv")).toThrow(AnswersError);
  });
});

describe("readListResponses: YAML and JSON lists", () => {
  it("reads a YAML list, keeping a `name` or `label` and numbering items from 1", () => {
    const r = list("list.yaml");
    expect(r.errors).toEqual([]);
    expect(r.ignoredColumns).toEqual([]);
    expect(r.attendees).toEqual([
      { row: 1, name: "Ann", profile: profile({ typingWpm: 30, qualifications: ["gcse-english", "gcse-maths"], needsToEarnWhileLearning: true }) },
      // Items that do not list qualifications: not known.
      { row: 2, profile: profile({ typingWpm: 65, audioTyping: true, qualificationsUnknown: true, experience: { secretarialMonths: 60 } }) },
      { row: 3, name: "C.D.", profile: profile({ qualificationsUnknown: true, experience: { healthcareMonths: 24 }, nation: "wales" }) },
    ]);
  });

  it("reads `attendees:` holding a list", () => {
    const r = list("attendees.yaml");
    expect(r.errors).toEqual([]);
    expect(r.attendees).toEqual([
      { row: 1, name: "Ann", profile: profile({ typingWpm: 30, qualificationsUnknown: true }) },
      { row: 2, profile: profile({ typingWpm: 41, qualificationsUnknown: true, experience: { adminMonths: 6 } }) },
    ]);
  });

  it("reads a JSON list", () => {
    const r = list("list.json");
    expect(r.errors).toEqual([]);
    expect(r.attendees.map((a) => [a.row, a.name, a.profile.typingWpm])).toEqual([
      [1, "Ann", 30],
      [2, undefined, 50],
    ]);
  });

  it("reports a bad item with its number and field, and keeps the others", () => {
    const r = list("bad-item.yaml");
    expect(r.attendees.map((a) => [a.row, a.name])).toEqual([
      [1, "Ann"],
      [3, undefined],
    ]);
    expect(new Set(r.errors.map((e) => e.row))).toEqual(new Set([2, 4]));
    const two = r.errors.find((e) => e.row === 2)!;
    expect(two.column).toBe("typingWpm");
    expect(two.message).toMatch(/number/);
    // The message points at the line in the file.
    expect(two.message).toMatch(/^line 4: /);
    expect(r.errors.find((e) => e.row === 4)).toMatchObject({ column: "typingSpeed", message: expect.stringMatching(/^line 8: .*not a known field/) });
  });

  it("an item that is not a mapping is one error for its row, saying what it is, never one per character", () => {
    const r = readListResponses(`- experience: {}\n- ${"x".repeat(200_000)}\n- 45\n- [a, b]\n-\n- null\n`, dataset, "odd.yaml");
    expect(r.attendees.map((a) => a.row)).toEqual([1]);
    expect(r.errors).toEqual([
      { row: 2, column: "(item)", message: "line 2: is text; it should be a mapping of answers, like `typingWpm: 45`" },
      { row: 3, column: "(item)", message: "line 3: is a number; it should be a mapping of answers, like `typingWpm: 45`" },
      { row: 4, column: "(item)", message: "line 4: is a list; it should be a mapping of answers, like `typingWpm: 45`" },
      { row: 5, column: "(item)", message: expect.stringMatching(/^line 5: is empty; each item should be a mapping of answers/) },
      { row: 6, column: "(item)", message: expect.stringMatching(/^line 6: is empty; /) },
    ]);
  });

  it("an item with hundreds of mistakes lists the first few and counts the rest, as an answers file does", () => {
    const keys = Array.from({ length: 300 }, (_, i) => `  k${i}: 1`).join("\n");
    const r = readListResponses(`- experience: {}\n${keys}\n`, dataset, "many.yaml");
    expect(r.errors).toHaveLength(ISSUES_SHOWN + 1);
    expect(r.errors[0]).toEqual({ row: 1, column: "k0", message: "line 2: is not a known field (check its spelling)" });
    expect(r.errors.at(-1)).toEqual({ row: 1, column: "(item)", message: `… and ${300 - ISSUES_SHOWN} more problems in this row` });
  });

  it("a document that is not a list (nor `attendees:` holding one) throws AnswersError", () => {
    expect(() => readListResponses("typingWpm: 40\nexperience: {}\n", dataset, "one.yaml")).toThrow(AnswersError);
    expect(() => readListResponses("attendees: 3\n", dataset, "n.yaml")).toThrow(AnswersError);
  });

  it("a YAML syntax error throws AnswersError", () => {
    expect(() => readListResponses("- typingWpm: [40\n", dataset, "broken.yaml")).toThrow(AnswersError);
  });
});

describe("two exports pasted together", () => {
  it("skips the repeated heading row rather than reporting it as a bad attendee", async () => {
    const { readCsvResponses } = await import("../../src/workshop/responses.js");
    const { shippedDataset } = await import("../helpers/dataset.js");
    const head = "Name,Typing speed (wpm),Nation";
    const read = readCsvResponses(`${head}\nAnn,40,england\n${head}\nBen,45,wales\n`, shippedDataset());
    expect(read.errors).toEqual([]);
    expect(read.attendees.map((a) => [a.row, a.name])).toEqual([
      [2, "Ann"],
      [4, "Ben"],
    ]);
  });
});

describe("the template's sample row", () => {
  it("is skipped when left in, and said so; a real row after it is read", async () => {
    const { readCsvResponses } = await import("../../src/workshop/responses.js");
    const { templateCsv } = await import("../../src/workshop/columns.js");
    const { shippedDataset } = await import("../helpers/dataset.js");
    const read = readCsvResponses(`${templateCsv()}Zoë,40,no,none,basic,,0,12,0,0,yes,yes,england,\n`, shippedDataset());
    expect(read.skippedSample).toBe(2);
    expect(read.attendees.map((a) => a.name)).toEqual(["Zoë"]);
  });
});

describe("the columns added in 0.2 (current job, NHS band, age)", () => {
  it("read a sheet that already had its own Age and Band columns as it read before: unreadable cells are not said, not errors", () => {
    const sheet = new CsvSheet(dataset, "old.csv");
    const rows = ["Typing speed,Age,Band", "40,25-34,Band 5 nurse", "45,under 16,", "50,17,3"].map((line) => line.split(","));
    const outcomes = rows.map((r, i) => sheet.push(r, i)).filter((o) => o !== undefined);
    expect(outcomes.map((o) => o.kind)).toEqual(["attendee", "attendee", "attendee"]);
    const profiles = outcomes.map((o) => (o.kind === "attendee" ? o.attendee.profile : undefined));
    // A form's age band within one group is read as that group.
    expect(profiles[0]).toMatchObject({ typingWpm: 40, ageGroup: "21+" });
    expect(profiles[0]!.nhsBand).toBeUndefined();
    expect(profiles[1]!.ageGroup).toBeUndefined();
    expect(profiles[2]).toMatchObject({ age: 17, ageGroup: "16-17", nhsBand: "3" });
    expect(sheet.notReadCount).toBe(2);
    expect(sheet.notRead.map((e) => [e.row, e.column])).toEqual([
      [2, "Band"],
      [3, "Age"],
    ]);
  });
});

describe("answers written as people write them, read as the answers file and --set read them", () => {
  const sheet = (rows: string[]) => {
    const csv = new CsvSheet(dataset, "ways.csv");
    const outcomes = rows.map((line, i) => csv.push(line.split(","), i)).filter((o) => o !== undefined);
    return { csv, profiles: outcomes.map((o) => (o.kind === "attendee" ? o.attendee.profile : undefined)) };
  };

  it("bands as Band 3, 3.0 and 8A; ages as 16–17 and 19 - 20; Northern Ireland with a space", () => {
    const { profiles } = sheet(["Nation,Band,Age", "england,Band 3,16–17", "england,3.0,19 - 20", "Northern Ireland,8A,21 or over"]);
    expect(profiles.map((p) => [p?.nation, p?.nhsBand, p?.ageGroup])).toEqual([
      ["england", "3", "16-17"],
      ["england", "3", "19-20"],
      ["northern-ireland", "8a", "21+"],
    ]);
  });

  it("band 1 only where the row's nation has it: elsewhere left as not said, saying which bands the nation has", () => {
    const { csv, profiles } = sheet(["Nation,Band", "scotland,1", "england,1", ",1"]);
    expect(profiles.map((p) => p?.nhsBand)).toEqual(["1", undefined, undefined]);
    expect(csv.notRead).toEqual([
      { row: 3, column: "Band", message: "band 1 is not in England's Agenda for Change pay tables, which have bands 2, 3, 4, 5, 6, 7, 8a, 8b, 8c, 8d, 9; band 1 is in Scotland's" },
      { row: 4, column: "Band", message: expect.stringMatching(/^band 1 is not in England's .*\(no nation was given, so England is assumed/) },
    ]);
  });
});

