// The time to the role is the time to the job offer: what a route has the
// person learn once they hold the role is shown, marked "once in post", and
// not counted (README, "Roles above the entry post"). An adviser panel found
// "apply now and learn in post" quoted at 5-12 months for people in post in 3.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();

describe("steps after the one that starts the role's own post", () => {
  it("are marked in post wherever they are paid as the role", () => {
    const unmarked = dataset.routes.flatMap((route) => {
      const start = route.steps.findIndex((s) => s.startsPost && s.pay.kind === "target");
      if (start < 0) return [];
      return route.steps.slice(start + 1).filter((s) => s.pay.kind === "target" && !s.inPost && !s.startsPost).map((s) => `${route.id}/${s.id}`);
    });
    expect(unmarked).toEqual([]);
  });

  it("leave the time to the role at the time to the offer, for an office worker of 8 years", () => {
    const officeWorker = profile({ nation: "england", currentJob: "office", typingWpm: 60, officeSkills: "confident", audioTyping: false, medicalTerminology: "none", experience: { adminMonths: 96 }, needsToEarnWhileLearning: true });
    const route = assess(officeWorker, dataset).routes.find((r) => r.id === "apply-and-learn-in-post")!;
    const [offer, ...others] = route.steps.filter((s) => !s.inPost);
    expect(others).toEqual([]);
    expect(route.steps.filter((s) => s.inPost).length).toBeGreaterThan(0);
    expect(route.months).toEqual(offer!.months);
  });
});
