// The catalogue is the only place the reports' findings are worded. Worded
// by a test locale (the en-GB text accented and lengthened, src/render/words/tag.ts),
// every example's and fixture's JSON must hold no English word that en-GB
// gives there, except the words the data itself supplies (titles, advice,
// needs), found from the dataset, not listed by hand.
//
// Covered: every field the engine's findings are worded into (reasons, have,
// need, advice, implied, step titles, pay notes). The report's own labels and
// headings (report-model.ts, change.ts, workshop.ts) are not yet worded
// through the catalogue: issue 21 leaves them for a later step.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/answers/parse.js";
import { assess } from "../../src/engine/assess.js";
import { assessJson } from "../../src/render/json.js";
import { catalogueOf } from "../../src/render/words/en-gb.js";
import { pseudo } from "../../src/render/words/tag.js";
import { word, wordContext } from "../../src/render/words/index.js";
import type { Finding } from "../../src/engine/findings.js";
import { ROOT } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const pseudoWords = catalogueOf(pseudo);

const files = [
  ...readdirSync(join(ROOT, "examples")).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => join(ROOT, "examples", f)),
  ...["full.json", "full.yaml", "minimal.yaml"].map((f) => join(ROOT, "test", "fixtures", "answers", f)),
];

/** Every text of the JSON that a finding is worded into. */
function wordedFields(json: ReturnType<typeof assessJson>): string[] {
  return [
    ...json.gaps.flatMap((g) => [g.have, g.need, g.advice ?? "", g.implied ?? ""]),
    ...json.routes.flatMap((r) => [...r.reasons, ...r.steps.flatMap((s) => [s.pay.note ?? "", ...(s.titleFinding ? [s.title] : [])])]),
    ...json.implied.map((i) => i.because),
  ];
}

const wordsOf = (text: string) => new Set(text.match(/[A-Za-z]{2,}/g) ?? []);

/** Every word the data may put into a worded field: titles, short names, advice and the needs it words itself. */
const dataWords = (() => {
  const texts: string[] = [];
  for (const r of dataset.roles) {
    texts.push(r.title);
    for (const q of r.requirements) texts.push(q.title, JSON.stringify(q));
  }
  for (const q of dataset.qualifications) texts.push(q.title, q.short ?? "");
  for (const n of dataset.nations) texts.push(JSON.stringify(n));
  return wordsOf(texts.join(" "));
})();

describe("a test locale words every finding", () => {
  const reports = files.map((f) => ({ file: f, report: assess(parseAnswers(readFileSync(f, "utf8"), dataset, f), dataset) }));

  it("reads every example and fixture file", () => expect(reports.length).toBeGreaterThanOrEqual(9));

  it.each(reports.map((r) => [r.file.slice(ROOT.length + 1), r.report] as const))("%s: no en-GB word is left in the worded fields", (_, report) => {
    const english = wordsOf(wordedFields(assessJson(report, dataset)).join(" "));
    const test = wordedFields(assessJson(report, dataset, undefined, pseudoWords));
    // The same fields, the same number of them: the locale changed words, not what is said.
    expect(test.length).toBe(wordedFields(assessJson(report, dataset)).length);
    const left = [...wordsOf(test.join(" "))].filter((w) => english.has(w) && !dataWords.has(w));
    expect(left).toEqual([]);
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
  });
});
