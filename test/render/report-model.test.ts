// The report model's wording of pay for the roles a target leads to.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { reportModel } from "../../src/render/report-model.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

describe("pay of the roles after the target", () => {
  const dataset = shippedDataset();
  const report = assess(profile({ typingWpm: 40 }), dataset);

  it("a band with one pay point shows one figure, not a range from it to itself", () => {
    const one = { ...report, next: [{ id: "x", title: "Single-rate role", bands: ["2"], pay: [{ band: "2", min: 25272, max: 25272 }] }] };
    const after = reportModel(one as typeof report, dataset).sections.at(-1)!;
    expect(after.rows).toEqual([["Single-rate role", "band 2, £25,272"]]);
  });

  it("a band with a range keeps it", () => {
    const two = { ...report, next: [{ id: "y", title: "Ranged role", bands: ["3", "4"], pay: [{ band: "3", min: 25000, max: 26000 }, { band: "4", min: 27000, max: 30000 }] }] };
    const after = reportModel(two as typeof report, dataset).sections.at(-1)!;
    expect(after.rows).toEqual([["Ranged role", "bands 3–4, £25,000–£30,000"]]);
  });
});
