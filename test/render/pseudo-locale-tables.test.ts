// The tables outside a person's report through the test locale
// (src/render/words/tag.ts), worded from the test copy of the dataset whose
// texts for people are in the test locale too (test/helpers/pseudo-locale.ts):
// the workshop's group views over every fixture group, in the terminal's
// table and the projector's plain text; the reference tables (roles, each
// role in full, routes, qualifications, pay bands) for every nation, wide and
// narrow; and the typing test's screen and result, scored or not, with the
// passage in the test locale too. What is left plain English, code apart
// (ids, web addresses, commands and options), came from a literal that
// bypasses the catalogue. The JSON is a contract in en-GB and not worded.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { assessAttendee } from "../../src/engine/assess.js";
import { summarise } from "../../src/engine/workshop.js";
import { renderReport, renderSections } from "../../src/render/report.js";
import { makeStyle } from "../../src/render/style.js";
import { catalogueOf, enGB, type Catalogue } from "../../src/render/words/en-gb.js";
import { pseudo } from "../../src/render/words/tag.js";
import { attendeeRow, groupSections, type WorkshopEntry } from "../../src/render/workshop.js";
import { streamGroup } from "../../src/workshop/stream.js";
import { NATIONS, type Dataset } from "../../src/engine/types.js";
import { findSupplements, payScale } from "../../src/engine/pay.js";
import { inNation } from "../../src/engine/gaps.js";
import { renderQualifications, renderRole, renderRoles, renderRoutes } from "../../src/render/catalogue.js";
import { renderBands } from "../../src/render/bands.js";
import { replay, typingOutcome, type Keystroke, type TypingRun } from "../../src/engine/typing.js";
import { readPassagesFile } from "../../src/data/passages.js";
import { typingModel, typingSummary } from "../../src/render/typing.js";
import { drawFrame, makeMarks } from "../../src/typing/screen.js";
import { TYPING_WPM_MAX } from "../../src/answers/limits.js";
import { ROOT } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";
import { REPORT_FILES } from "../helpers/persona-files.js";
import { datasetIds, plainEnglish, pseudoDataset, pseudoText } from "../helpers/pseudo-locale.js";
import { parseAnswers } from "../../src/answers/parse.js";
import { AnswersError } from "../../src/errors.js";

const dataset = shippedDataset();
const testData = pseudoDataset(dataset);
const pseudoWords = catalogueOf(pseudo);
const ids = datasetIds(dataset);

/** Draws sections as the terminal does (a table) and as --plain does (for a projector), colour off. */
const drawn = (sections: Parameters<typeof renderSections>[0], words: Catalogue) =>
  [false, true].map((plain) => renderSections(sections, makeStyle(false), { width: 100, plain }, words).join("\n")).join("\n");

// ---- the workshop ----

const GROUPS = join(ROOT, "test", "fixtures", "workshop");

/**
 * The attendees a responses file gives, read as the workshop command reads
 * them (rows with problems skipped, as there) and assessed from `data`. Read
 * with the shipped data: a sheet's cells may name a qualification by its
 * title, which the test copy words otherwise. A file the command refuses
 * whole (no heading it knows) gives none.
 */
async function attendeesOf(file: string, data: Dataset): Promise<WorkshopEntry[]> {
  async function* bytes() {
    yield readFileSync(file);
  }
  const entries: WorkshopEntry[] = [];
  try {
    const group = await streamGroup(bytes(), dataset, file, /\.(ya?ml|json)$/.test(file));
    for await (const outcome of group.outcomes) {
      if (outcome.kind === "errors") continue;
      const { attendee } = outcome;
      entries.push({ row: attendee.row, ...(attendee.name ? { name: attendee.name } : {}), report: assessAttendee(attendee.profile, data) });
    }
  } catch (e) {
    if (!(e instanceof AnswersError)) throw e;
  }
  return entries;
}

/** Every example and fixture file as one room: several nations, every verdict. */
const everyone = (data: Dataset): WorkshopEntry[] => REPORT_FILES.map((f, i) => ({ row: i + 2, report: assessAttendee(parseAnswers(readFileSync(f, "utf8"), data, f), data) }));

/**
 * The room's views of a group, as many ways as the command draws them:
 * counts hidden and exact, the attendees table whole and cut short (as past
 * 100 rows), and the group table alone (--summary). Names are a person's
 * own text: rows are labelled by number.
 */
function groupViews(entries: readonly WorkshopEntry[], data: Dataset, words: Catalogue): string {
  const summary = summarise(entries.map((e) => e.report));
  const out: string[] = [];
  for (const exact of [false, true]) {
    const privacy = { names: false, exact };
    const rows = entries.map((e) => attendeeRow(e, privacy, words));
    out.push(drawn(groupSections(summary, rows, data, privacy, false, words), words));
    out.push(drawn(groupSections(summary, rows.slice(0, 1), data, privacy, false, words), words));
    out.push(drawn(groupSections(summary, rows, data, privacy, true, words), words));
  }
  return out.join("\n");
}

describe("a test locale words the workshop's group views", () => {
  const files = readdirSync(GROUPS).map((f) => join(GROUPS, f));

  it.each(files.map((f) => [relative(ROOT, f), f] as const))("%s: no plain English is left in the group table or the attendees table", async (_, file) => {
    const [en, test] = await Promise.all([attendeesOf(file, dataset), attendeesOf(file, testData)]);
    // The same attendees, with the same verdicts, from either copy of the data.
    expect(test.map((e) => [e.row, e.report.verdict])).toEqual(en.map((e) => [e.row, e.report.verdict]));
    const text = groupViews(test, testData, pseudoWords);
    expect(plainEnglish(text, ids)).toEqual([]);
    if (test.length > 0) expect(text).not.toBe(groupViews(en, dataset, enGB));
  });

  // A room of every nation (route titles in words that fit them all), one of a single nation (its own words), and rooms of one and of three (counts explained).
  const rooms: [string, (data: Dataset) => WorkshopEntry[]][] = [
    ["every example and fixture file", everyone],
    ["the people in Scotland", (data) => everyone(data).filter((e) => e.report.nation === "scotland")],
    ["one attendee", (data) => everyone(data).slice(0, 1)],
    ["three attendees", (data) => everyone(data).slice(0, 3)],
  ];
  it.each(rooms)("%s: no plain English is left", (_, group) => {
    const test = group(testData);
    expect(test.length).toBeGreaterThan(0);
    expect(plainEnglish(groupViews(test, testData, pseudoWords), ids)).toEqual([]);
  });
});

// ---- the reference tables ----

describe("a test locale words the reference tables", () => {
  const style = makeStyle(false);
  /** A table as wide terminals draw it, and as narrow ones stack it into lines. */
  const atWidths = (draw: (opts: { width: number }) => string) => [100, 50].map((width) => draw({ width })).join("\n");

  it.each(NATIONS.map((n) => [n]))("%s: roles, each role in full, routes and qualifications", (nation) => {
    const say = (data: Dataset, words: Catalogue) =>
      [
        atWidths((opts) => renderRoles(data, nation, style, opts, words)),
        ...data.roles.map((role) => atWidths((opts) => renderRole(role, data, nation, style, opts, words))),
        atWidths((opts) => renderRoutes(data, nation, style, opts, words)),
        atWidths((opts) => renderQualifications(data.qualifications.filter((q) => inNation(q, nation)), nation, style, opts, words)),
      ].join("\n");
    const test = say(testData, pseudoWords);
    expect(plainEnglish(test, ids)).toEqual([]);
    expect(test).not.toBe(say(dataset, enGB));
  });

  it("every qualification, for no one nation (each says where it is taken)", () => {
    const test = atWidths((opts) => renderQualifications(testData.qualifications, undefined, style, opts, pseudoWords));
    expect(plainEnglish(test, ids)).toEqual([]);
  });

  it("every pay table, one band at a time too, with each High Cost Area Supplement where there is one", () => {
    const texts = testData.pay.tables.flatMap((table) => {
      const supplements = findSupplements(testData.pay, table.nation, table.payYear);
      const scales = [payScale(table), payScale(table, { band: table.bands[0]!.band }), ...(supplements?.areas ?? []).map((area) => payScale(table, { area, supplements }))];
      return scales.map((scale) => atWidths((opts) => renderBands(scale, style, opts, pseudoWords)));
    });
    expect(texts.length).toBeGreaterThan(testData.pay.tables.length * 2);
    expect(plainEnglish(texts.join("\n"), ids)).toEqual([]);
  });
});

// ---- the typing test ----

describe("a test locale words the typing test", () => {
  // Each passage as the test copy of the data would hold it: its title and text in the test locale, typed as they stand.
  const passages = readPassagesFile(join(ROOT, "data", "passages.yaml")).map((p) => ({ ...p, title: pseudoText(p.title), text: pseudoText(p.text) }));
  const keys = (text: string, gap: number, pasted = false): Keystroke[] => [...text].map((char, i) => ({ kind: "char", char, at: 1_000 + i * gap, ...(pasted ? { pasted } : {}) }));
  /** A run that times out, one that reaches the end, one stopped early, and one for each reason a run is not scored. */
  const runs = (text: string): TypingRun[] => [
    { keys: keys(`${text.slice(0, 150)}zz`, 200), endedAt: 61_000, ended: "time" },
    { keys: keys(text, 150), endedAt: 1_000 + text.length * 150, ended: "finished" },
    { keys: keys(text.slice(0, 80), 250), endedAt: 21_000, ended: "stopped" },
    { keys: keys(text.slice(0, 40), 1, true), endedAt: 1_040, ended: "pasted" },
    { keys: [], endedAt: 0, ended: "time" },
    { keys: keys(text.slice(0, 5), 200), endedAt: 2_000, ended: "stopped" },
    { keys: keys(text.slice(0, 200), 40), endedAt: 9_000, ended: "stopped" },
  ];

  it.each(passages.map((p) => [p.id, p] as const))("%s: the result, the questionnaire's line and the screen", (_, passage) => {
    const outcomes = runs(passage.text).map((run) => typingOutcome(passage, 60, run, testData, TYPING_WPM_MAX));
    // Every outcome there is: scored, and each reason for not.
    expect(new Set(outcomes.map((o) => (o.result.scored ? "scored" : o.result.reason)))).toEqual(new Set(["scored", "pasted", "nothing-typed", "too-short", "too-fast"]));
    const results = outcomes.flatMap((o) => [renderReport(typingModel(o, pseudoWords), makeStyle(false), { width: 80 }), typingSummary(o, pseudoWords)]);
    // Before the first key, the clock running, and the last second, in a terminal tall enough for the instructions.
    const screens = [undefined, 41, 1].map((secondsLeft) =>
      drawFrame({ passage, typed: replay(passage.text, keys(passage.text.slice(0, 50), 100)), limitSeconds: 60, ...(secondsLeft === undefined ? {} : { secondsLeft }) }, { columns: 80, rows: 40 }, makeMarks(false), pseudoWords).lines.join("\n"),
    );
    expect(plainEnglish([...results, ...screens].join("\n"), ids)).toEqual([]);
  });
});
