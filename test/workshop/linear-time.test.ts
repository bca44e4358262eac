// No cell a form respondent can type stalls a workshop: reading a cell takes
// time in proportion to its length, however it is built (issue 18, finding 1),
// and so does every parser and splitter a sheet or a file goes through.
// Each case doubles the cell and checks that the time about doubles, as a
// ratio measured in one run (see test/helpers/growth.ts), never against a clock.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { jsonLines } from "../../src/data/json-text.js";
import { parseYamlSource } from "../../src/data/yaml-source.js";
import { JsonListSplitter } from "../../src/workshop/json-list.js";
import { CSV_OPTIONS, CsvSheet } from "../../src/workshop/responses.js";
import { yamlItems } from "../../src/workshop/stream.js";
import { normaliseHeader } from "../../src/workshop/columns.js";
import { growthRatio, LINEAR, madeOnce } from "../helpers/growth.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
/** A CSV record is at most 1 MB (CSV_OPTIONS.max_record_size): no cell can be longer. */
const MB = 1024 * 1024;

/** Reads one row whose `heading` cell holds `cell`, beside a second known column so that the sheet has one. */
function readCell(heading: string, cell: string) {
  const sheet = new CsvSheet(dataset, "responses.csv");
  const other = /nation/i.test(heading) ? "Typing speed (wpm)" : "Nation";
  sheet.push([heading, other], 0);
  return sheet.push([cell, ""], 1);
}

describe("finding 1: a Qualifications or Working towards cell of many comma-separated entries", () => {
  it.each(["Qualifications (ids, separated by ;)", "Working towards now (qualification ids, separated by ;)"])("%s: twice the ids take about twice the time", (heading) => {
    const cell = madeOnce((n) => Array.from({ length: n }, () => "gcse-maths").join(","));
    const outcome = readCell(heading, cell(200));
    expect(outcome?.kind).toBe("attendee");
    const { n, ratio } = growthRatio((n) => readCell(heading, cell(n)), { from: 16, upTo: MB / 11 });
    expect(ratio, `${n} ids against ${2 * n}`).toBeLessThan(LINEAR);
  });

  it("still reads a title with commas in it, and says which entry is not a qualification", () => {
    const read = readCell("Qualifications", "gcse-maths,,, GCSE English,nonsense,gcse-maths");
    expect(read).toMatchObject({ kind: "errors", errors: [{ message: expect.stringMatching(/^"nonsense" is not a qualification/) }] });
    const title = dataset.qualifications.find((q) => q.title.includes(","));
    if (title) expect(readCell("Qualifications", `gcse-maths,${title.title},gcse-english`)).toMatchObject({ kind: "attendee", attendee: { profile: { qualifications: ["gcse-maths", title.id, "gcse-english"] } } });
  });
});

describe("no other cell, however it is built, takes more than linear time", () => {
  const cases: [string, string, (n: number) => string][] = [
    ["an age with a long run of spaces", "Age", (n) => `1${" ".repeat(n)}x`],
    ["an age ending in a long run of spaces and +", "Age", (n) => `1${" ".repeat(n)}+x`],
    ["experience as a long run of digits", "Office or admin experience (months)", (n) => `${"1".repeat(n)}x`],
    ["experience as digits and spaces", "Healthcare experience (months)", (n) => `1${" ".repeat(n)}y x`],
    ["a role to aim for that is long", "Target role", (n) => "a".repeat(n)],
    ["a current job that is long", "Current job", (n) => "b".repeat(n)],
    ["a nation that is long", "Nation", (n) => "c".repeat(n)],
    ["a typing speed that is long", "Typing speed (wpm)", (n) => `1${" ".repeat(n)}w`],
  ];
  it.each(cases)("%s", (_, heading, make) => {
    const cell = madeOnce(make);
    const { n, ratio } = growthRatio((n) => readCell(heading, cell(n)), { from: 256, upTo: MB });
    expect(ratio, `${n} characters against ${2 * n}`).toBeLessThan(LINEAR);
  });

  it.each([
    ["open brackets with none closed", (n: number) => `Name ${"(".repeat(n)}`],
    ["open square brackets with none closed", (n: number) => `Name ${"[".repeat(n)}`],
  ])("a heading of %s", (_, make) => {
    const heading = madeOnce(make);
    const { n, ratio } = growthRatio((n) => normaliseHeader(heading(n)), { from: 256, upTo: MB });
    expect(ratio, `${n} characters against ${2 * n}`).toBeLessThan(LINEAR);
  });

  it("a heading still drops a unit in brackets, as before", () => {
    expect(normaliseHeader("Typing speed (wpm)")).toBe("typing speed");
    expect(normaliseHeader("Typing [wpm] speed (a (b) c)")).toBe("typing speed c");
    expect(normaliseHeader("Typing ( speed")).toBe("typing speed");
  });
});

describe("every parser and splitter a sheet, a list or a file goes through", () => {
  const cases: [string, (text: string) => unknown, (n: number) => string][] = [
    ["the YAML reader, on a mapping of many keys", (t) => parseYamlSource(t, "x.yaml"), (n) => Array.from({ length: n / 8 }, (_, i) => `k${i}: 1\n`).join("")],
    ["the CSV parser, on a cell of quotes", (t) => parse(t, CSV_OPTIONS), (n) => `a,b\n"${'""'.repeat(n / 2)}",1\n`],
    ["the JSON list splitter", (t) => new JsonListSplitter(Infinity).push(t), (n) => `[${Array.from({ length: n / 20 }, () => '{"a": "x[]{}\\""}').join(",")}]`],
    ["the YAML list splitter", (t) => yamlItems(t), (n) => Array.from({ length: n / 20 }, (_, i) => `- name: x${i}\n  a: 1\n`).join("")],
    [
      "lines found in JSON text, one every 100 items",
      (t) => {
        const lineOf = jsonLines(t);
        const items = (t.match(/"id"/g) ?? []).length;
        for (let i = 0; i < items; i += 100) lineOf(["roles", i, "b", 1]);
      },
      (n) => JSON.stringify({ roles: Array.from({ length: n / 30 }, (_, i) => ({ id: `r${i}`, b: [1, 2] })) }, null, 1),
    ],
  ];
  it.each(cases)("%s", (_, read, make) => {
    const text = madeOnce(make);
    // A quarter of a megabyte at most: past that, the garbage collector's share of the time grows with what the work keeps, whatever the work.
    const { n, ratio } = growthRatio((n) => read(text(n)), { from: 1024, upTo: MB / 4, floorMs: 40 });
    expect(ratio, `${n} characters against ${2 * n}`).toBeLessThan(LINEAR);
  });
});
