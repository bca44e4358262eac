// Typical people a careers adviser meets, and the route the adviser would give.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const routesOf = (p: Parameters<typeof assess>[0]) => assess(p, dataset).routes.map((r) => r.id);

describe("typical people", () => {
  it("a school leaver with GCSEs who needs a wage is sent to an apprenticeship", () => {
    const report = assess(
      profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], needsToEarnWhileLearning: true, canStudyPartTime: true }),
      dataset,
    );
    expect(report.ready).toBe(false);
    expect(report.recommended).toBe("apprenticeship");
    expect(report.routes[0]!.reasons.join(" ")).toMatch(/earn while you learn/);
    // Routes that need experience this person lacks are not offered at all.
    expect(report.routes.map((r) => r.id)).not.toContain("internal-move");
    expect(report.routes.map((r) => r.id)).not.toContain("bank-admin-work");
  });

  it("a career changer from retail starts on reception, building on customer work", () => {
    const report = assess(
      profile({ typingWpm: 38, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: ["gcse-english"], experience: { customerServiceMonths: 72 }, needsToEarnWhileLearning: true, canStudyPartTime: false }),
      dataset,
    );
    expect(report.recommended).toBe("receptionist-stepping-stone");
    expect(report.routes[0]!.reasons.join(" ")).toMatch(/6 years of customer-facing work/);
  });

  it("a legal secretary tops up medical terminology and applies", () => {
    const report = assess(
      profile({ typingWpm: 65, audioTyping: true, medicalTerminology: "none", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { secretarialMonths: 60, adminMonths: 24 }, needsToEarnWhileLearning: true, canStudyPartTime: true }),
      dataset,
    );
    const gaps = Object.fromEntries(report.gaps.map((g) => [g.id, g.status]));
    expect(gaps["medical-terminology"]).toBe("missing");
    expect(gaps["typing-speed"]).toBe("met");
    expect(report.recommended).toBe("terminology-top-up");
    expect(report.routes.find((r) => r.id === "terminology-top-up")!.reasons.join(" ")).toMatch(/5 years of secretarial or PA work/);
  });

  it("a GP receptionist moves across from inside", () => {
    const report = assess(
      profile({ typingWpm: 42, audioTyping: false, medicalTerminology: "some", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], experience: { healthcareMonths: 24, customerServiceMonths: 24, adminMonths: 24 }, needsToEarnWhileLearning: true, canStudyPartTime: true }),
      dataset,
    );
    expect(report.recommended).toBe("internal-move");
    expect(report.routes[0]!.reasons.join(" ")).toMatch(/2 years of work in a healthcare setting/);
    expect(report.gaps.find((g) => g.id === "typing-speed")!.status).toBe("partial");
  });

  it("someone already qualified is told to apply now, and offered no course", () => {
    const report = assess(
      profile({ typingWpm: 60, audioTyping: true, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["amspar-diploma-l3", "gcse-english", "gcse-maths"], experience: { secretarialMonths: 12, healthcareMonths: 12 } }),
      dataset,
    );
    expect(report.ready).toBe(true);
    expect(report.recommended).toBe("direct-application");
    expect(report.routes.map((r) => r.id)).toEqual(["direct-application"]);
  });

  it("an unknown typing speed is a missing gap with advice on measuring it", () => {
    const gap = assess(profile(), dataset).gaps.find((g) => g.id === "typing-speed")!;
    expect(gap).toMatchObject({ status: "missing", have: "not measured", need: "50 wpm" });
    expect(gap.advice).toMatch(/typing test/);
  });

  it("someone who cannot study part-time is steered away from course routes", () => {
    const routes = routesOf(profile({ typingWpm: 20, canStudyPartTime: false, needsToEarnWhileLearning: true }));
    expect(routes.indexOf("apprenticeship")).toBeLessThan(routes.indexOf("amspar-diploma"));
  });

  it("pays each step from the person's own nation", () => {
    const wales = assess(profile({ nation: "wales", typingWpm: 20 }), dataset);
    const england = assess(profile({ nation: "england", typingWpm: 20 }), dataset);
    const band2 = (r: typeof wales) => r.routes.flatMap((x) => x.steps).find((s) => s.pay.band === "2")!.pay.salary;
    expect(wales.payYear).toBe(england.payYear);
    expect(band2(wales)).toBe(26300); // the Welsh living-wage floor, 2026/27
    expect(band2(england)).toBe(25272);
  });
});
