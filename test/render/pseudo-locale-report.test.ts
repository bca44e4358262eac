// Whole reports through the test locale (src/render/words/tag.ts): every
// example's and fixture's assess report, rendered as the terminal table,
// plain text and Markdown, with the terminal's last lines, and as a workshop
// handout in Markdown and HTML; and compare and what-if for each. Each is
// assessed and worded from a copy of the dataset whose texts for people
// (titles, notes, advice, needs) are in the test locale too
// (test/helpers/pseudo-locale.ts), so no English word is exempt for being
// one the data also uses: what is left plain English, code apart (ids, web
// addresses, commands), came from a literal that bypasses the catalogue.
// The rows of "What you told us" and of compare's and what-if's answers
// tables are worded by the answer registry and checked with the rest. The
// commands in the terminal's "Next:" lines are commands, not words.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/answers/parse.js";
import { assess } from "../../src/engine/assess.js";
import type { Report } from "../../src/engine/types.js";
import { compareReports } from "../../src/engine/compare.js";
import { compareModel, whatIfModel } from "../../src/render/change.js";
import { payTimeline } from "../../src/engine/timeline.js";
import { handoutHtml, handoutMarkdown, wordTimeline } from "../../src/render/handout.js";
import { wordContext } from "../../src/render/words/index.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderPlain } from "../../src/render/plain.js";
import { renderReport } from "../../src/render/report.js";
import { nextSteps, renderEnding, type AnswersSource } from "../../src/render/report-ending.js";
import { reportModel, verdictInShort, type ReportModel } from "../../src/render/report-model.js";
import { makeStyle } from "../../src/render/style.js";
import { checkFreshness } from "../../src/engine/freshness.js";
import { renderFreshness } from "../../src/render/freshness.js";
import { catalogueOf, enGB, type Catalogue } from "../../src/render/words/en-gb.js";
import { pseudo } from "../../src/render/words/tag.js";
import { datasetIds, plainEnglish, pseudoDataset } from "../helpers/pseudo-locale.js";
import { reportTitle, whatIfTitle } from "../../src/cli/print.js";
import { ROOT } from "../helpers/cli.js";
import { REPORT_FILES } from "../helpers/persona-files.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const pseudoWords = catalogueOf(pseudo);
/** The dataset with its texts in the test locale: what the test locale's reports are assessed and worded from. */
const testData = pseudoDataset(dataset);
const ids = datasetIds(dataset);
/** The dataset each catalogue reads: the test locale's own copy, or the shipped one. */
const dataFor = (words: Catalogue) => (words === enGB ? dataset : testData);

const files = REPORT_FILES;


/** A model as plain text and Markdown. */
const texts = (model: ReportModel, title: string) => [renderPlain(model, title), renderMarkdown(model, title), renderReport(model, makeStyle(false), { width: 100 })].join("\n");

/** Compare, from one report to another: files named by one letter (a person's own text). */
const compareText = (before: Report, after: Report, words: Catalogue) =>
  texts(compareModel(compareReports(before, after), "x", "y", dataFor(words), after, words), words.report.change.progressTitle("x"));

/** What if the person typed at 55 wpm, with audio typing. */
function whatIfText(report: Report, words: Catalogue): string {
  const data = dataFor(words);
  const changed = assess({ ...report.profile, typingWpm: 55, audioTyping: true }, data);
  return texts(whatIfModel(compareReports(report, changed), reportModel(changed, data, [], words), data), whatIfTitle(changed, words));
}

// The file's name is the person's own text: one letter, so that it is no word to check.
const SOURCES: AnswersSource[] = [{ kind: "questions" }, { kind: "saved", file: "x" }, { kind: "file", file: "x" }, { kind: "stdin" }];

/** The report in every text format, as a person reads it. */
function renderAll(report: Report, words: Catalogue): string {
  const data = dataFor(words);
  const model = reportModel(report, data, [], words);
  const title = reportTitle(report, words);
  const style = makeStyle(false);
  const ending = SOURCES.map((source) => {
    // Commands are dropped: they are typed, not read.
    const steps = nextSteps(source, words).map((s) => ({ ...s, command: "" }));
    return renderEnding(verdictInShort(report, words), steps, style, 100, words);
  });
  // A workshop attendee's handout, as Markdown and HTML (markup and style are code, not words: only the text between tags is read).
  const handout = { title: words.report.handout.title(undefined, "x"), model, pay: wordTimeline(payTimeline(report, data), wordContext(data, report.nation, report.target, words)) };
  const html = handoutHtml(handout).replace(/<style>[^]*?<\/style>/, "").replace(/<!doctype html>/, "").replace(/<[^>]*>/g, (tag) => (/aria-label|data-label/.test(tag) ? ` ${tag.match(/(?:aria|data)-label="([^"]*)"/)?.[1] ?? ""} ` : " "))
    .replace(/&(quot|amp|lt|gt|#39);/g, " ");
  // A workshop's handout names its attendee, where names are used (one letter: a person's own text).
  const named = handoutMarkdown({ ...handout, title: words.report.handout.title("x", "x") });
  return [renderReport(model, style, { width: 100 }), renderPlain(model, title), renderMarkdown(model, title), ...ending, handoutMarkdown(handout), named, html].join("\n");
}

/** Each file's report twice: assessed from the shipped data, for en-GB, and from the test locale's copy. */
const reports = files.map((f) => {
  const text = readFileSync(f, "utf8");
  return [relative(ROOT, f), { en: assess(parseAnswers(text, dataset, f), dataset), test: assess(parseAnswers(text, testData, f), testData) }] as const;
});

describe("a test locale words whole reports", () => {
  it("reads every example and fixture file", () => expect(reports.length).toBeGreaterThanOrEqual(9));

  it("a handout in HTML declares the catalogue's language", () => {
    const { en, test } = reports[0]![1];
    const lang = (report: Report, words: Catalogue) => handoutHtml({ title: "x", model: reportModel(report, dataFor(words), [], words), pay: [] }).match(/<html lang="([^"]*)">/)?.[1];
    expect(lang(en, enGB)).toBe("en-GB");
    expect(lang(test, pseudoWords)).toBe("en-XA");
  });

  it.each(reports)("%s: no plain English is left in the table, plain text, Markdown or handouts", (_, report) => {
    const test = renderAll(report.test, pseudoWords);
    expect(plainEnglish(test, ids)).toEqual([]);
    // The same report: as many section headings and lines in the plain text.
    expect(renderPlain(reportModel(report.test, testData, [], pseudoWords), "").split("\n").length).toBe(renderPlain(reportModel(report.en, dataset), "").split("\n").length);
  });
});

describe("a test locale words compare and what-if", () => {
  // Each report against the next in the list (the last against the first), so gaps close, open, and routes change.
  const pairs = reports.map(([name, report], i) => [name, report, reports[(i + 1) % reports.length]![1]] as const);

  it.each(pairs)("%s: compare with the next file, and what if typing were 55 wpm", (_, before, after) => {
    for (const say of [(w: Catalogue) => (w === enGB ? compareText(before.en, after.en, w) : compareText(before.test, after.test, w)), (w: Catalogue) => whatIfText(w === enGB ? before.en : before.test, w)]) {
      const test = say(pseudoWords);
      expect(plainEnglish(test, ids)).toEqual([]);
      expect(test).not.toBe(say(enGB));
    }
  });

  it("the school leaver six months on: compare names the change", () => {
    const [before, after] = ["school-leaver.yaml", "school-leaver-6-months-on.yaml"].map((f) => reports.find(([n]) => n.endsWith(`examples/${f}`))![1].test);
    expect(plainEnglish(compareText(before!, after!, pseudoWords), ids)).toEqual([]);
  });
});

describe("a test locale words data --check", () => {
  it("no plain English is left but the data files' own names, items and fields", () => {
    const say = (w: Catalogue) => renderFreshness(checkFreshness(dataFor(w), "2026-12-03"), dataFor(w), makeStyle(false), 100, w);
    const report = checkFreshness(testData, "2026-12-03");
    // Where each item is (file, item, field: names in the data files, not words), and "README", a file's name.
    const named = [...report.stale.flatMap((x) => [x.file, x.item, x.field]), ...report.unconfirmed.flatMap((u) => [u.file, u.item]), "README"];
    // Addresses first: an item's name may be part of one.
    const text = named.sort((a, b) => b.length - a.length).reduce((t, name) => t.split(name).join(" "), say(pseudoWords).replace(/https?:\/\/\S+/g, " "));
    expect(plainEnglish(text, ids)).toEqual([]);
    expect(say(pseudoWords)).not.toBe(say(enGB));
  });
});
