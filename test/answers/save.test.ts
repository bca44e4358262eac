// The text of a saved answers file (assess --save-answers, workshop --live --save):
// a first line saying how to re-run it, then answers that read back the same.
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/answers/parse.js";
import { answersFileText } from "../../src/answers/save.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const someone = profile({ typingWpm: 42, qualifications: ["gcse-english"], nation: "wales", experience: { adminMonths: 18 } });

describe("answersFileText", () => {
  it("starts with the command to re-run it, and reads back as the same answers", () => {
    const text = answersFileText("me.yaml", someone);
    expect(text.split("\n")[0]).toBe("# medsec-path answers: re-run with  medsec-path assess --answers me.yaml");
    expect(parseAnswers(text, dataset, "me.yaml")).toEqual(someone);
  });

  it("puts a workshop attendee's name first, and the answers still read back the same", () => {
    const text = answersFileText("live/001-a-b.yaml", someone, "A.B.");
    expect(text.split("\n").slice(0, 2)).toEqual(["# medsec-path answers: re-run with  medsec-path assess --answers live/001-a-b.yaml", "name: A.B."]);
    expect(parseAnswers(text, dataset, "x.yaml")).toEqual(someone);
    expect(answersFileText("me.yaml", someone, "")).not.toContain("name:");
  });

  it.each([
    ["my answers.yaml", "'my answers.yaml'"],
    ["it's.yaml", `'it'\\''s.yaml'`],
    ["a\nname: X\nb.yaml", "'a\\nname: X\\nb.yaml'"],
  ])("quotes the path %j for a shell, on the one comment line", (path, shown) => {
    const text = answersFileText(path, someone);
    expect(text.split("\n")[0]).toBe(`# medsec-path answers: re-run with  medsec-path assess --answers ${shown}`);
    expect(parseAnswers(text, dataset, "x.yaml")).toEqual(someone);
  });
});
