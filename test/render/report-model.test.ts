// The words of the report's tables: answers a person left open, and the pay of
// the roles a target leads to.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { reportModel, toldUs } from "../../src/render/report-model.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const answerTo = (rows: string[][], question: string) => rows.find((r) => r[0] === question)?.[1];

describe("an answer of Not sure", () => {
  const report = assess(profile({ typingWpm: 40 }), dataset);

  it("reads 'not sure' in What you told us, for every yes/no question", () => {
    const rows = toldUs(report, dataset);
    for (const q of ["Audio typing", "Need to earn while learning", "Can study part-time"]) expect(answerTo(rows, q)).toBe("not sure");
  });

  it("reads 'not sure' beside the audio typing requirement", () => {
    expect(report.gaps.find((g) => g.id === "audio-typing")?.have).toBe("not sure");
  });

  it("yes and no still read yes and no", () => {
    const rows = toldUs(assess(profile({ audioTyping: true, canStudyPartTime: false }), dataset), dataset);
    expect([answerTo(rows, "Audio typing"), answerTo(rows, "Can study part-time")]).toEqual(["yes", "no"]);
  });
});

describe("pay of the roles after the target", () => {
  const report = assess(profile({ typingWpm: 40 }), dataset);
  const after = (next: unknown) => reportModel({ ...report, next } as typeof report, dataset).sections.at(-1)!;

  it("a band with one pay point shows one figure, not a range from it to itself", () => {
    expect(after([{ id: "x", title: "Single-rate role", bands: ["2"], pay: [{ band: "2", min: 25272, max: 25272 }], ready: false, lacks: [] }]).rows).toEqual([["Single-rate role", "band 2, £25,272", "check what it asks"]]);
  });

  it("a band with a range keeps it, and says what the person lacks for it", () => {
    const rows = after([{ id: "y", title: "Ranged role", bands: ["3", "4"], pay: [{ band: "3", min: 25000, max: 26000 }, { band: "4", min: 27000, max: 30000 }], ready: false, lacks: ["Typing speed"] }]).rows;
    expect(rows).toEqual([["Ranged role", "bands 3–4, £25,000–£30,000", "needs: Typing speed"]]);
  });
});
