// An adviser panel: a school business manager of 14 years, aiming at practice
// manager, was told first to get a reception or admin post in a GP practice,
// though he already meets what an assistant or deputy practice manager post
// asks. A step marked skipIfReadyFor is left out for such a person.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const officeManager = profile({
  nation: "wales",
  target: "practice-manager",
  currentJob: "office",
  age: 47,
  typingWpm: 55,
  audioTyping: false,
  medicalTerminology: "none",
  officeSkills: "confident",
  qualifications: ["gcse-english", "gcse-maths", "business-admin-l3"],
  experience: { adminMonths: 168 },
  needsToEarnWhileLearning: true,
});
const stepUp = (p: typeof officeManager) => assess(p, dataset).routes.find((r) => r.id === "practice-step-up");

describe("a post on the way that the person can pass by", () => {
  it("is left out for someone who meets what an assistant practice manager post asks", () => {
    expect(assess({ ...officeManager, target: "assistant-practice-manager" }, dataset).ready).toBe(true);
    const steps = stepUp(officeManager)!.steps.map((s) => s.id);
    expect(steps).not.toContain("practice-admin-post");
    expect(steps[0]).toBe("deputy-practice-manager-post");
  });

  it("is kept for someone who does not yet meet it", () => {
    const newer = { ...officeManager, experience: { ...officeManager.experience, adminMonths: 12 } };
    expect(assess({ ...newer, target: "assistant-practice-manager" }, dataset).ready).toBe(false);
    expect(stepUp(newer)!.steps[0]!.id).toBe("practice-admin-post");
  });
});
