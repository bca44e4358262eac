// Whole reports through the test locale (src/render/words/tag.ts): every
// example's and fixture's assess report, rendered as the terminal table,
// plain text and Markdown, with the terminal's last lines, and as a workshop
// handout in Markdown and HTML; and compare and what-if for each; must hold no
// English word that the en-GB render of the same report holds, except the
// words the data supplies (titles, notes, advice, needs), found from the
// dataset, not listed by hand. What is left plain English came from a literal
// that bypasses the catalogue. The commands in the terminal's "Next:" lines
// are commands, not words.
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
import { reportTitle } from "../../src/cli/print.js";
import { ROOT } from "../helpers/cli.js";
import { REPORT_FILES } from "../helpers/persona-files.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const pseudoWords = catalogueOf(pseudo);

const files = REPORT_FILES;

/** Words, lower case: a data title inside a sentence loses its capital. */
const wordsOf = (text: string) => new Set((text.match(/[A-Za-z]{2,}/g) ?? []).map((w) => w.toLowerCase()));

/** Every text the data holds (values, not its keys), however deep. */
const textsOf = (v: unknown): string[] => (typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(textsOf) : v && typeof v === "object" ? Object.values(v).flatMap(textsOf) : []);

/**
 * Every word the data may put into a report: the texts of its roles,
 * requirements, qualifications, routes and nations, but not their sources'
 * addresses (a URL's words are not read).
 */
const dataWords = wordsOf(textsOf([dataset.roles, dataset.qualifications, dataset.routes, dataset.nations]).filter((t) => !/^https?:/.test(t)).join(" "));

/** A word the test locale cannot change ("wpm": no vowel, no letter it accents) proves nothing either way. */
const unchanged = (w: string) => pseudo(Object.assign([w], { raw: [w] })) === w;

/** The words of `test` the en-GB text also holds, but for the data's and those the locale cannot change. */
const leftEnglish = (test: string, english: string) => {
  const en = wordsOf(english);
  return [...wordsOf(test)].filter((w) => en.has(w) && !dataWords.has(w) && !unchanged(w));
};

/** A model as plain text and Markdown. */
const texts = (model: ReportModel, title: string) => [renderPlain(model, title), renderMarkdown(model, title), renderReport(model, makeStyle(false), { width: 100 })].join("\n");

/** Compare, from one report to another: files named by one letter (a person's own text). */
const compareText = (before: Report, after: Report, words: Catalogue) =>
  texts(compareModel(compareReports(before, after), "x", "y", dataset, after, words), words.report.change.progressTitle("x"));

/** What if the person typed at 55 wpm, with audio typing. */
function whatIfText(report: Report, words: Catalogue): string {
  const changed = assess({ ...report.profile, typingWpm: 55, audioTyping: true }, dataset);
  return texts(whatIfModel(compareReports(report, changed), reportModel(changed, dataset, [], words), dataset), words.report.change.whatIfTitle("x"));
}

// The file's name is the person's own text: one letter, so that it is no word to check.
const SOURCES: AnswersSource[] = [{ kind: "questions" }, { kind: "saved", file: "x" }, { kind: "file", file: "x" }, { kind: "stdin" }];

/** The report in every text format, as a person reads it. */
function renderAll(report: Report, words: Catalogue): string {
  const model = reportModel(report, dataset, [], words);
  const title = reportTitle(report, words);
  const style = makeStyle(false);
  const ending = SOURCES.map((source) => {
    // Commands are dropped: they are typed, not read.
    const steps = nextSteps(source, words).map((s) => ({ ...s, command: "" }));
    return renderEnding(verdictInShort(report, words), steps, style, 100, words);
  });
  // A workshop attendee's handout, as Markdown and HTML (markup and style are code, not words: only the text between tags is read).
  const handout = { title: words.report.handout.title(undefined, "x"), model, pay: wordTimeline(payTimeline(report, dataset), wordContext(dataset, report.nation, report.target, words)) };
  const html = handoutHtml(handout).replace(/<style>[^]*?<\/style>/, "").replace(/<!doctype html>/, "").replace(/<[^>]*>/g, (tag) => (/aria-label|data-label/.test(tag) ? ` ${tag.match(/(?:aria|data)-label="([^"]*)"/)?.[1] ?? ""} ` : " "))
    .replace(/&(quot|amp|lt|gt|#39);/g, " ");
  return [renderReport(model, style, { width: 100 }), renderPlain(model, title), renderMarkdown(model, title), ...ending, handoutMarkdown(handout), html].join("\n");
}

describe("a test locale words whole reports", () => {
  const reports = files.map((f) => [relative(ROOT, f), assess(parseAnswers(readFileSync(f, "utf8"), dataset, f), dataset)] as const);

  it("reads every example and fixture file", () => expect(reports.length).toBeGreaterThanOrEqual(9));

  it.each(reports)("%s: no en-GB word is left in the table, plain text, Markdown or handouts", (_, report) => {
    const english = renderAll(report, enGB);
    const test = renderAll(report, pseudoWords);
    expect(leftEnglish(test, english)).toEqual([]);
    // The same report: as many section headings and lines in the plain text.
    expect(renderPlain(reportModel(report, dataset, [], pseudoWords), "").split("\n").length).toBe(renderPlain(reportModel(report, dataset), "").split("\n").length);
  });
});

describe("a test locale words compare and what-if", () => {
  const reports = files.map((f) => [relative(ROOT, f), assess(parseAnswers(readFileSync(f, "utf8"), dataset, f), dataset)] as const);
  // Each report against the next in the list (the last against the first), so gaps close, open, and routes change.
  const pairs = reports.map(([name, report], i) => [name, report, reports[(i + 1) % reports.length]![1]] as const);

  it.each(pairs)("%s: compare with the next file, and what if typing were 55 wpm", (_, before, after) => {
    for (const say of [(w: Catalogue) => compareText(before, after, w), (w: Catalogue) => whatIfText(before, w)]) {
      const test = say(pseudoWords);
      expect(leftEnglish(test, say(enGB))).toEqual([]);
      expect(test).not.toBe(say(enGB));
    }
  });

  it("the school leaver six months on: compare names the change", () => {
    const [before, after] = ["school-leaver.yaml", "school-leaver-6-months-on.yaml"].map((f) => reports.find(([n]) => n.endsWith(`examples/${f}`))![1]);
    expect(leftEnglish(compareText(before!, after!, pseudoWords), compareText(before!, after!, enGB))).toEqual([]);
  });
});

describe("a test locale words data --check", () => {
  it("no en-GB word is left but the data files' own names, ids, fields and reasons", () => {
    const report = checkFreshness(dataset, "2026-12-03");
    const say = (w: Catalogue) => renderFreshness(report, dataset, makeStyle(false), 100, w);
    // Where each item is (file, item, field), its address, and the data's reasons a pay table is not published; "seen" and "asOf" are the data files' keys.
    const named = wordsOf([...report.stale.flatMap((x) => [x.file, x.item, x.field, x.url]), ...report.unconfirmed.flatMap((u) => [u.file, u.item, u.url ?? ""]), ...dataset.pay.unconfirmed.map((u) => u.why), "seen asOf README"].join(" "));
    expect(leftEnglish(say(pseudoWords), say(enGB)).filter((w) => !named.has(w))).toEqual([]);
    expect(say(pseudoWords)).not.toBe(say(enGB));
  });
});
