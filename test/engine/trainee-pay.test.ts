// Apprentice pay beside the legal minimum: what many NHS employers pay under
// Agenda for Change's trainee rules (Annex 21), worked out from each nation's
// own pay table and the percentages in bands.yaml, never written as pounds.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { bandRange, findBand, findTable } from "../../src/engine/pay.js";
import { NATIONS } from "../../src/engine/types.js";
import { payText } from "../../src/render/report-model.js";
import { findingText, profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const leaver = profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: [], needsToEarnWhileLearning: true, age: 17, currentJob: "not-working" });

describe("NHS apprentice pay under Annex 21", () => {
  it("the data gives the rates with sources, and no pounds", () => {
    const t = dataset.pay.traineePay!;
    expect(t.rates.map((r) => [r.monthsBeforeQualifying, r.percent])).toEqual([[12, 75], [24, 70], [36, 65]]);
    expect(t.source.url).toMatch(/^https:\/\//);
    expect(t.apprentices.url).toMatch(/^https:\/\//);
  });

  for (const nation of NATIONS) {
    it(`${nation}: each rate is its share of the target band's maximum in the nation's newest table, beside the minimum`, () => {
      const report = assess({ ...leaver, nation }, dataset);
      const route = report.routes.find((r) => r.id === "apprenticeship")!;
      const step = route.steps.find((s) => s.pay.kind === "apprentice")!;
      const table = findTable(dataset.pay, nation)!;
      const top = bandRange(findBand(table, report.target.bands[0]!)!).max;
      const t = step.pay.nhsTrainee!;
      expect(t.band).toBe(report.target.bands[0]);
      expect(t.payYear).toBe(table.payYear);
      // Only the stretches an apprenticeship of this length can reach: at most 24 months long, so 75% and 70%.
      expect(t.rates.map((r) => r.percent)).toEqual(step.months.max > 12 ? [75, 70] : [75]);
      for (const r of t.rates) expect(r.salary).toBe(Math.round((top * r.percent) / 100));
      // Beside the legal minimum, and labelled as what many NHS employers pay.
      expect(step.pay.perHour).toBeGreaterThan(0);
      expect(payText(step.pay)).toMatch(/^Apprentice pay: at least £\d+\.\d\d an hour.*; many NHS employers pay £[\d,]+(–£[\d,]+)? a year$/);
      expect(findingText(report, step.pay.note)).toMatch(/Many NHS employers pay apprentices more, under Agenda for Change's trainee rules \(Annex 21\)/);
    });
  }

  it("is left out where the data has no trainee rates (an older --data bands.yaml)", () => {
    const older = { ...dataset, pay: { ...dataset.pay, traineePay: undefined } };
    const report = assess(leaver, older);
    const step = report.routes.find((r) => r.id === "apprenticeship")!.steps.find((s) => s.pay.kind === "apprentice")!;
    expect(step.pay.nhsTrainee).toBeUndefined();
    expect(findingText(report, step.pay.note, older)).toMatch(/trainee rules, which can mean more/);
  });

  it("an NHS employee in England who keeps their pay point is shown that, not the trainee rates", () => {
    const hca = profile({ ...leaver, age: 30, currentJob: "nhs-clinical", nhsBand: "3", experience: { healthcareMonths: 24 }, nation: "england" });
    const step = assess(hca, dataset).routes.find((r) => r.id === "apprenticeship")?.steps.find((s) => s.pay.kind === "apprentice");
    expect(step).toBeDefined();
    expect(step!.pay.kept).toBe(true);
    expect(step!.pay.nhsTrainee).toBeUndefined();
  });
});
