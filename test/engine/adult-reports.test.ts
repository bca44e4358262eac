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
