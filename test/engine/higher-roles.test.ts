// An adviser panel: a law-firm PA of ten years was told only to apply for
// band 3 secretary posts, while the same report said she met what medical PA
// posts (bands 4-5) ask. A role the target leads to, on a higher band, that
// the person already meets is named beside the route.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { reportModel } from "../../src/render/report-model.js";
import { renderPlain } from "../../src/render/plain.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const pa = profile({
  nation: "england",
  currentJob: "secretarial",
  age: 36,
  typingWpm: 60,
  audioTyping: true,
  officeSkills: "confident",
  medicalTerminology: "none",
  experience: { secretarialMonths: 120, adminMonths: 120 },
  needsToEarnWhileLearning: true,
});

describe("roles above the target that the person already meets", () => {
  it("are named for a senior PA, and met by the engine's own next-role check", () => {
    const report = assess(pa, dataset);
    const met = report.next.filter((n) => n.ready).map((n) => n.id);
    const note = report.noteFindings.find((f) => f.code === "meets-higher-roles");
    expect(note).toEqual({ code: "meets-higher-roles", roles: expect.arrayContaining(["medical-pa"]), target: "medical-secretary" });
    expect(met).toEqual(expect.arrayContaining(note!.code === "meets-higher-roles" ? note!.roles : []));
    expect(renderPlain(reportModel(report, dataset), "t")).toMatch(/already meet what medical personal assistant posts ask/);
  });

  it("are not named for someone who meets none of them, nor for a role on the target's own band", () => {
    const newcomer = profile({ nation: "england", currentJob: "customer-facing", age: 25, typingWpm: 35, officeSkills: "basic", experience: { customerServiceMonths: 24 } });
    expect(assess(newcomer, dataset).noteFindings.map((f) => f.code)).not.toContain("meets-higher-roles");
    const receptionist = assess({ ...pa, target: "medical-receptionist" }, dataset);
    const note = receptionist.noteFindings.find((f) => f.code === "meets-higher-roles");
    // Ward clerk and clinic administrator start at band 2, as reception does: never "higher".
    expect(note?.code === "meets-higher-roles" ? note.roles : []).not.toContain("ward-clerk");
    // Clinic administrator is bands 2-3: its top is above reception's band 2, but it starts on the same band.
    expect(receptionist.next.find((n) => n.id === "clinic-administrator")).toMatchObject({ ready: true, bands: ["2", "3"] });
    expect(note?.code === "meets-higher-roles" ? note.roles : []).not.toContain("clinic-administrator");
  });

  it("are not named for a returner told to refresh her skills first, though she meets them on paper", () => {
    // The panel's 62-year-old: a hospital medical secretary for 15 years, out of work for 18.
    const returner = profile({ nation: "england", currentJob: "not-working", age: 62, typingWpm: 50, audioTyping: true, medicalTerminology: "qualified", officeSkills: "basic", qualifications: ["amspar-diploma-l3", "gcse-english", "gcse-maths"], experience: { adminMonths: 180, healthcareMonths: 180, secretarialMonths: 180 }, outOfWorkMonths: 216 });
    const report = assess(returner, dataset);
    expect(report.noteFindings.map((f) => f.code)).toContain("refresh-skills");
    expect(report.next.some((n) => n.ready && n.bands[0] !== "3")).toBe(true);
    expect(report.noteFindings.map((f) => f.code)).not.toContain("meets-higher-roles");
    expect(assess({ ...returner, outOfWorkMonths: undefined, currentJob: "secretarial" }, dataset).noteFindings.map((f) => f.code)).toContain("meets-higher-roles");
  });
});
