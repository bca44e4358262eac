// Hourly figures worked out from a yearly salary, and pay cuts for a
// part-timer (the stop 24 panel, items 6 and 9): the same week and the same
// hours everywhere in one report.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { nationInfo } from "../../src/engine/nations.js";
import { entrySalary, findBand, findTable } from "../../src/engine/pay.js";
import { reportModel } from "../../src/render/report-model.js";
import { renderPlain } from "../../src/render/plain.js";
import { findingText, profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();

describe("bank shifts are paid on the nation's full-time week", () => {
  // An office worker in Scotland, offered bank admin work among her routes.
  const report = assess(profile({ typingWpm: 45, officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 60 }, needsToEarnWhileLearning: true, nation: "scotland", target: "medical-secretary", currentJob: "not-working", age: 40 }), dataset);
  const bank = report.routes.find((r) => r.id === "bank-admin-work");
  const steps = bank?.steps.filter((s) => s.pay.perShift) ?? [];

  it("divides by Scotland's 36-hour week, as its part-time pay does", () => {
    const week = nationInfo(dataset, "scotland")?.fullTimeHours?.hours;
    expect(week).toBe(36);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      // 36 hours a week pay the same year as 37.5 elsewhere: the hour is worth more.
      expect(step.pay.perHour! * 52.143 * 36).toBeCloseTo(step.pay.salary!, -1);
      expect(findingText(report, step.pay.note)).toMatch(/÷ 52\.143 weeks ÷ 36 hours/);
    }
  });
});

describe("a part-timer's pay cut is at her hours", () => {
  // Fiona (panel, 10): band 5 nurse for 25 years in Glasgow, 30 hours a week, to a band 3-4 post.
  const fiona = profile({ typingWpm: 30, officeSkills: "basic", medicalTerminology: "qualified", qualifications: ["gcse-english", "gcse-maths"], experience: { healthcareMonths: 300 }, nation: "scotland", target: "medical-secretary", currentJob: "nhs-clinical", nhsBand: "5", bandYears: 25, hoursPerWeek: 30, age: 55 });
  const fullTime = assess({ ...fiona, hoursPerWeek: "full-time" }, dataset);
  const partTime = assess(fiona, dataset);

  it("gives the cut pro rata for 30 of Scotland's 36 hours, and says so", () => {
    const full = fullTime.payChange!;
    const part = partTime.payChange!;
    expect(full.direction).toBe("cut");
    expect(full.partTime).toBeUndefined();
    expect(part.partTime).toEqual({ hours: 30, fullTimeHours: 36, atLeast: Math.round((full.atLeast * 30) / 36), atMost: Math.round((full.atMost * 30) / 36) });
    const verdict = reportModel(partTime, dataset).verdict;
    const money = (n: number) => `£${n.toLocaleString("en-GB")}`;
    expect(verdict).toContain(`a pay cut of ${money(part.partTime!.atLeast)} to ${money(part.partTime!.atMost)} a year for your 30 hours a week (pro rata)`);
    expect(verdict).not.toContain(money(full.atMost));
    // Full time, the verdict is as before.
    expect(reportModel(fullTime, dataset).verdict).toContain(`a pay cut of ${money(full.atLeast)} to ${money(full.atMost)} a year.`);
  });
});

describe("pay below the legal minimum is shown at the minimum", () => {
  // Northern Ireland's newest table (2025/26) predates the April 2026 minimum wage: band 2 works out below it.
  const wage = [...(dataset.pay.minimumWage ?? [])].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)).at(-1)!;
  const minimum = wage.rates["21-and-over"];
  const niBand2 = findBand(findTable(dataset.pay, "northern-ireland")!, "2")!;
  const niHour = entrySalary(niBand2) / 52.143 / 37.5;

  it("holds a band 2 that is below the minimum (the premise)", () => {
    expect(niHour).toBeLessThan(minimum);
  });

  it("bank shifts: at least the minimum an hour, never the table's lower rate", () => {
    // Chiamaka (panel, 02): 34, not working, bank admin work among her routes.
    const report = assess(profile({ typingWpm: 40, officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { healthcareMonths: 96 }, needsToEarnWhileLearning: true, nation: "northern-ireland", target: "medical-secretary", currentJob: "not-working", age: 34 }), dataset);
    const steps = report.routes.find((r) => r.id === "bank-admin-work")!.steps.filter((s) => s.pay.perShift && s.pay.band === "2");
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step.pay.perHour).toBe(minimum);
      const text = findingText(report, step.pay.note)!;
      expect(text).toContain(`at least £${minimum.toFixed(2)} an hour, the legal minimum for your age, until the pay award is confirmed`);
      expect(text).not.toMatch(/about £12\.51/);
    }
    const model = reportModel(report, dataset);
    expect(model.sections.flatMap((s) => s.rows.flat()).join("\n")).toContain(`band 2 at least £${minimum.toFixed(2)} an hour (the legal minimum)`);
  });

  it("pay now: the floor is shown, and the rise is worked out from it", () => {
    // Ciaran (panel, 03): band 2 for 6 years in Derry, aged 41.
    const report = assess(profile({ typingWpm: 30, officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], experience: { healthcareMonths: 72 }, nation: "northern-ireland", target: "medical-secretary", currentJob: "nhs-clinical", nhsBand: "2", bandYears: 6, age: 41 }), dataset);
    const change = report.payChange!;
    const floorSalary = Math.round(minimum * 37.5 * 52.143);
    expect(change.floor).toEqual({ perHour: minimum, salary: floorSalary, awaitingAward: true });
    const band3 = change.byBand.find((b) => b.band === "3")!;
    expect(band3.least).toBe(band3.min - floorSalary);
    const rows = reportModel(report, dataset).sections.flatMap((s) => s.rows.flat()).join("\n");
    expect(rows).toContain(`at least £${floorSalary.toLocaleString("en-GB")} (£${minimum.toFixed(2)} an hour, the legal minimum, until the pay award is confirmed`);
    // The pay-point paragraph agrees: the rise is from the minimum, not from the table's point below it.
    expect(change.pointFinding).toMatchObject({ code: "pay-point", paidAtLeast: floorSalary });
    const text = renderPlain(reportModel(report, dataset), "t");
    expect(text).toContain(`so you are paid at least £${floorSalary.toLocaleString("en-GB")}: the rise is from that`);
    expect(text).not.toMatch(/your pay point is £[\d,]+ a year full time: the rise is from that point/);
  });

  it("leaves pay above the minimum alone (England band 2)", () => {
    const report = assess(profile({ nation: "england", currentJob: "nhs-clinical", nhsBand: "2", bandYears: 0, age: 41 }), dataset);
    expect(report.payChange?.floor).toBeUndefined();
  });
});
