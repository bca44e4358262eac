// The words of the report's tables, for answers a person left open.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { toldUs } from "../../src/render/report-model.js";
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
