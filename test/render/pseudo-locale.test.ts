// The catalogue is the only place the reports' findings are worded. Worded
// by a test locale (the en-GB text accented and lengthened, src/render/words/tag.ts),
// every example's and fixture's JSON, assessed from a copy of the dataset
// whose texts for people are in the test locale too (titles, advice, needs:
// test/helpers/pseudo-locale.ts), must hold no plain English word in the
// fields the findings are worded into.
//
// Covered: every field the engine's findings are worded into (reasons, have,
// need, advice, implied, step titles, pay notes). Whole reports, with their
// own labels and headings, are checked in pseudo-locale-report.test.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/answers/parse.js";
import { assess } from "../../src/engine/assess.js";
import { assessJson } from "../../src/render/json.js";
import { checkFreshness } from "../../src/engine/freshness.js";
import { FINDING_CODES } from "../../src/render/finding-codes.js";
import { freshnessJson } from "../../src/render/freshness.js";
import { catalogueOf } from "../../src/render/words/en-gb.js";
import { pseudo } from "../../src/render/words/tag.js";
import { word, wordContext } from "../../src/render/words/index.js";
import type { Finding } from "../../src/engine/findings.js";
import { ROOT } from "../helpers/cli.js";
import { datasetIds, plainEnglish, pseudoDataset } from "../helpers/pseudo-locale.js";
import { REPORT_FILES } from "../helpers/persona-files.js";
import { profile, shippedDataset } from "../helpers/dataset.js";
import { NATIONS, type Profile } from "../../src/engine/types.js";

const dataset = shippedDataset();
const pseudoWords = catalogueOf(pseudo);

const files = REPORT_FILES;

/** Every text of the JSON that a finding is worded into. */
function wordedFields(json: ReturnType<typeof assessJson>): string[] {
  return [
    ...json.gaps.flatMap((g) => [g.have, g.need, g.advice ?? "", g.implied ?? ""]),
    ...json.routes.flatMap((r) => [...r.reasons, ...r.steps.flatMap((s) => [s.pay.note ?? "", ...(s.titleFinding ? [s.title] : [])])]),
    ...json.implied.map((i) => i.because),
    // The notes on the person's circumstances come first in notes; their own pay point first in the pay change's.
    ...json.notes.slice(0, json.noteFindings.length),
    ...(json.payChange?.pointFinding ? [json.payChange.notes[0]!] : []),
  ];
}

/** The dataset with its texts in the test locale, and the ids that are code in any language. */
const testData = pseudoDataset(dataset);
const ids = datasetIds(dataset);

describe("a test locale words every finding", () => {
  const reports = files.map((f) => ({ file: f, report: assess(parseAnswers(readFileSync(f, "utf8"), dataset, f), dataset), test: assess(parseAnswers(readFileSync(f, "utf8"), testData, f), testData) }));

  it("reads every example and fixture file", () => expect(reports.length).toBeGreaterThanOrEqual(9));

  it.each(reports.map((r) => [r.file.slice(ROOT.length + 1), r.report, r.test] as const))("%s: no plain English is left in the worded fields", (_, report, testReport) => {
    const test = wordedFields(assessJson(testReport, testData, undefined, pseudoWords));
    // The same fields, the same number of them: the locale changed words, not what is said.
    expect(test.length).toBe(wordedFields(assessJson(report, dataset)).length);
    expect(plainEnglish(test.join("\n"), ids)).toEqual([]);
    // And it did change something: the fields are not all data.
    expect(test.join(" ")).not.toBe(wordedFields(assessJson(report, dataset)).join(" "));
  });
});

describe("the JSON's codes alone", () => {
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f] as const))("%s: rebuild every reason, have, need, advice and pay note a person reads", (_, file) => {
    const report = assess(parseAnswers(readFileSync(file, "utf8"), dataset, file), dataset);
    const json = JSON.parse(JSON.stringify(assessJson(report, dataset))) as ReturnType<typeof assessJson>;
    const w = wordContext(dataset, json.nation, dataset.roles.find((r) => r.id === json.target.id));
    const say = (f: { code: string }) => word(f as Finding, w);
    for (const route of json.routes) {
      expect(route.reasonFindings.map(({ against: _against, ...f }) => say(f))).toEqual(route.reasons);
      for (const step of route.steps) if (step.pay.note !== undefined) expect(say(step.pay.noteFinding!)).toBe(step.pay.note);
    }
    for (const g of json.gaps) {
      expect([say(g.haveFinding), say(g.needFinding)]).toEqual([g.have, g.need]);
      if (g.advice !== undefined) expect(say(g.adviceFinding!)).toBe(g.advice);
      if (g.implied !== undefined) expect(say(g.impliedFinding!)).toBe(g.implied);
    }
    expect(json.noteFindings.map(say)).toEqual(json.notes.slice(0, json.noteFindings.length));
    if (json.payChange?.pointFinding) expect(say(json.payChange.pointFinding)).toBe(json.payChange.notes[0]);
  });

  it("data --check: rebuild what could not be confirmed, and word it through the test locale", () => {
    const report = checkFreshness(dataset, "2026-12-03");
    const json = freshnessJson(report, dataset);
    expect(json.unconfirmed.length).toBeGreaterThan(0);
    const w = wordContext(dataset, "england");
    for (const u of json.unconfirmed) expect(word(u.whatFinding, w)).toBe(u.what);
    const test = checkFreshness(testData, "2026-12-03").unconfirmed.map((u) => word(u.finding, wordContext(testData, "england", undefined, pseudoWords)));
    expect(plainEnglish(test.join("\n"), ids)).toEqual([]);
  });
});

describe("the findings issues 15, 16 and 17 added", () => {
  // Their sentences were written in the engine on those branches; now each is a code the catalogue words.
  const NEW_CODES = [
    "apprenticeship-hours", "apprentice-cost", "graduate-apprenticeship", "beside-started", "proven-experience", "unconfirmed-course",
    "bank-per-shift", "finish-started-course", "check-still-offered", "not-said", "equivalents-to-check", "audio-typing", "covers-terminology", "covers-office",
    "said-over-qualification", "statement-of-comparability", "gain-management", "pro-rata-pay", "carer-earnings-limit", "refresh-skills", "pay-point",
    "course-still-open", "pay-unconfirmed",
  ];
  // People the example files do not cover, from the panels of issues 15-17 (test/engine/people-experience.test.ts and others).
  const panel: Profile[] = [
    profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths", "degree"], experience: { adminMonths: 6 }, needsToEarnWhileLearning: false, canStudyPartTime: true, nation: "england", target: "medical-secretary", currentJob: "not-working", age: 23 }),
    profile({ typingWpm: 55, audioTyping: false, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], studying: ["amspar-diploma-l3"], experience: { adminMonths: 60 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", currentJob: "office", age: 41 }),
    profile({ typingWpm: 52, audioTyping: false, medicalTerminology: "some", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], studying: ["amspar-medical-terminology"], experience: { adminMonths: 24, customerServiceMonths: 120 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", currentJob: "customer-facing", age: 33 }),
    profile({ officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 144 }, target: "practice-manager", currentJob: "office" }),
    profile({ typingWpm: 45, audioTyping: false, officeSkills: "basic", qualifications: ["amspar-diploma-l3"], experience: { secretarialMonths: 120, healthcareMonths: 120 }, currentJob: "not-working" }),
    profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: [], canStudyPartTime: true, age: 16, currentJob: "not-working" }),
    profile({ typingWpm: 55, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: [], canStudyPartTime: true, age: 35, currentJob: "office", experience: { adminMonths: 3, customerServiceMonths: 60 } }),
  ];
  const people = [...files.map((f) => parseAnswers(readFileSync(f, "utf8"), dataset, f)), ...NATIONS.flatMap((nation) => panel.map((p) => ({ ...p, nation })))];

  it.each(panel.map((p, i) => [i, p] as const))("panel person %i: no plain English is left in the worded fields, in every nation", (_, p) => {
    for (const nation of NATIONS) {
      const test = wordedFields(assessJson(assess({ ...p, nation }, testData), testData, undefined, pseudoWords));
      expect(plainEnglish(test.join("\n"), ids), nation).toEqual([]);
    }
  });

  it("are each met by an example, a fixture or the panel", () => {
    const seen = new Set<string>();
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (typeof o.code === "string") seen.add(o.code);
        Object.values(o).forEach(collect);
      }
    };
    for (const p of people) collect(assessJson(assess(p, dataset), dataset));
    collect(freshnessJson(checkFreshness(dataset, "2026-12-03"), dataset));
    for (const c of NEW_CODES) expect(FINDING_CODES, c).toHaveProperty(c);
    expect(NEW_CODES.filter((c) => !seen.has(c))).toEqual([]);
  });
});
