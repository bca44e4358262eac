// Reports for adults with a working life behind them, as the adviser panel
// read them (issue 15's people in test/fixtures/adults-15): each test is one
// thing the panel saw the report get wrong about a person, run through the
// engine and worded by the catalogue, as the person reads it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { assess } from "../../src/engine/assess.js";
import type { Profile, Report } from "../../src/engine/types.js";
import { payTimeline } from "../../src/engine/timeline.js";
import { reportModel } from "../../src/render/report-model.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();

/** A panel person's answers file as the engine takes it. */
function person(name: string, change: Partial<Profile> = {}): Profile {
  const { nhsBand, experience, qualifications, ...rest } = parse(readFileSync(join(import.meta.dirname, "../fixtures/adults-15", `${name}.yaml`), "utf8")) as Record<string, unknown> & { experience: Profile["experience"] };
  return profile({ ...(rest as Partial<Profile>), experience, qualifications: (qualifications as string[] | undefined) ?? [], ...(nhsBand !== undefined ? { nhsBand: String(nhsBand) } : {}), ...change });
}

/** Everything the report says, section by section, as one text. */
function words(report: Report): string {
  const model = reportModel(report, dataset);
  return [model.verdict, ...model.sections.flatMap((s) => [s.title, ...s.rows.map((r) => r.join(": ")), ...(s.notes ?? [])]), ...model.footnotes].join("\n");
}

/** The best route's step by step, its rows and notes, as they read. */
function stepRows(report: Report): string {
  const model = reportModel(report, dataset);
  const s = model.sections.find((x) => x.title.startsWith("Step by step"))!;
  return [...s.rows.map((r) => r.join(" | ")), ...(s.notes ?? [])].join("\n");
}

describe("a returner who holds what a course would give (Pauline)", () => {
  it("is not told a certificate she was never sent to could not be confirmed", () => {
    const report = assess(person("returner-62-ex-medical-secretary"), dataset);
    const best = report.routes[0]!;
    expect(best.id).toBe("terminology-top-up");
    // Qualified in medical terminology: the terminology course is not among her steps, so its status is not hers to check.
    expect(best.steps.map((s) => s.id)).not.toContain("terminology-certificate");
    expect(words(report)).not.toMatch(/terminology certificate we name could not be confirmed/);
  });

  it("still tells someone sent on the course that it could not be confirmed", () => {
    const report = assess(person("returner-62-ex-medical-secretary", { medicalTerminology: "none", qualifications: ["gcse-english", "gcse-maths"] }), dataset);
    const topUp = report.routes.find((r) => r.id === "terminology-top-up")!;
    expect(topUp.steps.map((s) => s.id)).toContain("terminology-certificate");
    expect(topUp.notes.join(" ")).toMatch(/terminology certificate we name could not be confirmed as open in 2026/);
  });
});

describe("study alongside no job", () => {
  it("is shown unpaid to someone who said they need not earn while learning, without the warning", () => {
    const report = assess(person("returner-62-ex-medical-secretary"), dataset);
    const study = report.routes[0]!.steps.find((s) => s.id === "office-skills-course")!;
    expect(study.pay.kind).toBe("unpaid");
    expect(study.pay.note).toBeUndefined();
    expect(words(report)).not.toMatch(/this step earns nothing/);
    expect(words(report)).toMatch(/library session: .*: free: Unpaid/);
  });

  it("still warns someone who needs to earn, or did not say", () => {
    for (const needs of [true, undefined]) {
      const report = assess(person("returner-62-ex-medical-secretary", { needsToEarnWhileLearning: needs }), dataset);
      const topUp = report.routes.find((r) => r.id === "terminology-top-up")!;
      expect(topUp.steps.find((s) => s.id === "office-skills-course")!.pay.note).toEqual({ code: "not-working-unpaid" });
    }
  });
});

describe("NHS staff moving across at their own band", () => {
  it("are paid in the step at the pay point the pay change starts from, not the band's entry point", () => {
    // Band 3 for 2 years in Scotland: the top of band 3, £31,409 in 2026/27.
    const report = assess(person("band3-clinic-admin-scotland"), dataset);
    const post = report.routes[0]!.steps.find((s) => s.pay.startsAtEnd)!;
    expect(report.payChange!.now).toEqual({ min: 31409, max: 31409 });
    expect(post.pay).toMatchObject({ kind: "band", band: "3", salary: 31409, kept: true });
    expect(stepRows(report)).toMatch(/Once in post: band 3 at your pay point, £31,409/);
    expect(stepRows(report)).not.toMatch(/band 3 from £29,103/);
  });

  it("in every nation, and only at their own band with their years on it", () => {
    // Wales, 10 years on band 3: its top, £27,890.
    expect(stepRows(assess(person("anglesey-band3-welsh-fluent"), dataset))).toMatch(/Once in post: band 3 at your pay point, £27,890/);
    // Without years on the band there is no point to keep: the band's entry point, as before.
    expect(stepRows(assess(person("band3-clinic-admin-scotland", { bandYears: undefined }), dataset))).toMatch(/Once in post: band 3 from £29,103/);
    // A post at another band starts where promotion rules put it: the band's entry point.
    const up = assess(person("band3-secretary-1-year"), dataset);
    expect(stepRows(up)).toMatch(/Once in post: band 4 from £28,392/);
  });
});

describe("a ward sister moving to a lower band", () => {
  const report = assess(person("ward-sister-28-years"), dataset);

  it("is told the cut in pounds from her pay point, and that no pay protection covers it", () => {
    const verdict = reportModel(report, dataset).verdict;
    expect(verdict).not.toMatch(/They pay less/);
    // 14 years on band 6: its top, £48,117; bands 3-4 pay £25,760 to £31,157.
    expect(verdict).toMatch(/Medical secretary posts are on bands 3–4, below your band 6: from your pay point of £48,117, a pay cut of £16,960 to £22,357 a year\./);
    expect(verdict).toMatch(/Pay is not protected when you choose a lower-banded post, nor on an apprenticeship towards one/);
  });

  it("outside England, without the apprentice rule England alone has", () => {
    const scot = reportModel(assess(person("ward-sister-28-years", { nation: "scotland", qualifications: ["national-5-english", "national-5-maths"] }), dataset), dataset).verdict;
    expect(scot).toMatch(/a pay cut of £[\d,]+ to £[\d,]+ a year\. Pay is not protected when you choose a lower-banded post: see/);
    expect(scot).not.toMatch(/apprenticeship/);
  });

  it("without years on the band, the cut as a range over her band", () => {
    const verdict = reportModel(assess(person("ward-sister-28-years", { bandYears: undefined }), dataset), dataset).verdict;
    expect(verdict).toMatch(/below your band 6: a pay cut of £8,802 to £22,357 a year\./);
  });
});

describe("pay year by year for someone who moves across at their own band", () => {
  it("stays at their pay point in the role, never back at the band's entry point", () => {
    const report = assess(person("band3-clinic-admin-scotland"), dataset);
    const years = payTimeline(report, dataset);
    // The top of band 3 in Scotland, £31,409: the role's years pay it, not the entry point's £29,103.
    // (A year that holds the months of applying is not known: the pay before the route is not.)
    const inRole = years.filter((y) => "role" in y.what && y.salary !== null);
    expect(inRole.length).toBeGreaterThan(1);
    for (const y of inRole) expect(y.salary).toBe(31409);
    // Someone new to band 3 starts at its entry point in the role, as before.
    const newcomer = payTimeline(assess(person("band3-clinic-admin-scotland", { currentJob: "office", nhsBand: undefined, bandYears: undefined }), dataset), dataset);
    expect(newcomer.filter((y) => "role" in y.what && y.salary !== null)[0]?.salary).toBeLessThan(31409);
  });
});

describe("hours and years as a person says them", () => {
  /** Pauline's report with her hours a week, or years on a band, changed. */
  const at = (change: Partial<Profile>) => words(assess(person("returner-62-ex-medical-secretary", change), dataset));

  it("says 1 hour, not 1 hours, in every place the hours are named", () => {
    const text = at({ hoursPerWeek: 1 });
    expect(text).not.toMatch(/\b1 hours\b/);
    expect(text).toMatch(/Hours a week: 1 hour\b/);
    expect(text).toMatch(/Pay for your 1 hour a week, pro rata/);
    expect(text).toMatch(/your 1 hour a week is paid pro rata/);
  });

  it("rounds a figure like 16.666666 to one decimal place in words, and leaves 17.5 as it is", () => {
    const odd = at({ hoursPerWeek: 50 / 3 });
    expect(odd).not.toMatch(/16\.66/);
    expect(odd).toMatch(/Hours a week: 16\.7 hours/);
    expect(odd).toMatch(/Pay for your 16\.7 hours a week/);
    expect(odd).toMatch(/your 16\.7 hours a week are paid pro rata/);
    expect(at({ hoursPerWeek: 17.5 })).toMatch(/Pay for your 17\.5 hours a week/);
  });

  it("works the pay out from the figure given, not the rounded one", () => {
    // Band 3 entry, £25,760, for 50/3 of 37.5 hours: £11,449 a year (16.7 hours would give £11,472).
    expect(at({ hoursPerWeek: 50 / 3 })).toMatch(/band 3, £11,449 a year/);
  });

  it("says years on a band to one decimal place too", () => {
    const nurse = words(assess(person("ward-sister-28-years", { bandYears: 7 / 3 }), dataset));
    expect(nurse).toMatch(/Years on band: 2\.3 years/);
    expect(nurse).toMatch(/With 2\.3 years on band 6/);
    expect(nurse).not.toMatch(/2\.33/);
    expect(words(assess(person("ward-sister-28-years", { bandYears: 1 }), dataset))).toMatch(/With 1 year on band 6/);
  });
});
