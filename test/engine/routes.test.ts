// How a route is cut to the person: steps for what they lack, the steps the
// route is built on, and nothing shared with other reports or the dataset.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { profile, reasonTexts, shippedDataset } from "../helpers/dataset.js";
import { stepTitleWords, wordContext } from "../../src/render/words/index.js";

const dataset = shippedDataset();
const routeOf = (report: ReturnType<typeof assess>, id: string) => report.routes.find((r) => r.id === id)!;

describe("a person's route", () => {
  // Fast, confident with Office, with admin and healthcare work: lacks only terminology and audio typing.
  const nearly = profile({ typingWpm: 60, audioTyping: false, medicalTerminology: "none", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 12, healthcareMonths: 12 } });

  it("leaves out steps that only close what the person already has", () => {
    const report = assess(profile({ ...nearly, audioTyping: true, medicalTerminology: "none", experience: { adminMonths: 12, customerServiceMonths: 12 } }), dataset);
    const stepping = routeOf(report, "receptionist-stepping-stone");
    expect(stepping.steps.map((s) => s.id)).not.toContain("audio-typing-in-post");
    // Totals follow the steps shown.
    expect(stepping.months.max).toBe(stepping.steps.reduce((a, s) => a + s.months.max, 0));
    expect(stepping.closes).not.toContain("audio-typing");
  });

  it("keeps the step a route is built on, even when it closes nothing the person lacks", () => {
    // Office skills and office work they have; the apprenticeship's healthcare experience they lack.
    const report = assess(profile({ ...nearly, experience: { adminMonths: 12 } }), dataset);
    expect(routeOf(report, "apprenticeship").steps[0]!.id).toBe("admin-apprenticeship");
  });

  it("offers no route with nothing to do, and no route for newcomers whose training gives nothing the person lacks", () => {
    const ids = assess(nearly, dataset).routes.map((r) => r.id);
    // Bank shifts build office and healthcare experience, which they have.
    expect(ids).not.toContain("bank-admin-work");
    // The apprenticeship's own training (office skills, office and healthcare work) is all theirs already.
    expect(ids).not.toContain("apprenticeship");
  });

  it("sends a secretary 2 wpm short to practise and apply, not to months of bank work", () => {
    const report = assess(
      profile({ typingWpm: 48, audioTyping: true, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { secretarialMonths: 24 }, needsToEarnWhileLearning: true, canStudyPartTime: true }),
      dataset,
    );
    expect(report.recommended).toBe("terminology-top-up");
    expect(report.routes[0]!.steps.map((s) => s.id)).toEqual(["typing-practice", "apply-for-posts-after-study"]);
    expect(reasonTexts(report)[0]).toBe("Closes your essential gap.");
  });

  it("keeps volunteering for someone aiming at reception, with its volunteering", () => {
    const report = assess(profile({ target: "medical-receptionist", officeSkills: "none" }), dataset);
    expect(routeOf(report, "volunteering").steps[0]!.id).toBe("volunteer");
  });

  it("writes its reasons in plain grammar for one and two gaps", () => {
    const reasons = (p: Parameters<typeof assess>[0]) => {
      const report = assess(p, dataset);
      return report.routes.flatMap((r) => reasonTexts(report, r)).join(" ");
    };
    expect(reasons(profile({ ...nearly, audioTyping: true, medicalTerminology: "none" }))).not.toMatch(/none of your essential gap\b|all 1 of|all 2 of/);
    expect(reasons(profile({ ...nearly, audioTyping: false, medicalTerminology: "none" }))).toMatch(/Closes both your essential gaps\./);
  });
});

describe("routes that suit where a person already is", () => {
  const legal = profile({ typingWpm: 65, audioTyping: true, medicalTerminology: "none", officeSkills: "confident", qualifications: ["gcse-english"], experience: { secretarialMonths: 264 }, needsToEarnWhileLearning: true, canStudyPartTime: false });

  it("an experienced secretary who cannot study applies and learns terms in post, not an apprenticeship", () => {
    const report = assess(legal, dataset);
    expect(report.recommended).toBe("apply-and-learn-in-post");
    // Two years of office work is more than an apprenticeship or a reception post gives: neither is offered (issue 16).
    expect(report.routes.map((r) => r.id)).not.toContain("apprenticeship");
    expect(report.routes.map((r) => r.id)).not.toContain("receptionist-stepping-stone");
  });

  it("an apprenticeship shown to someone with 18 months of office work says it is made for newcomers and argues against itself", () => {
    const report = assess(profile({ ...legal, experience: { adminMonths: 18 }, typingWpm: 30, currentJob: "office", age: 30 }), dataset);
    const apprenticeship = routeOf(report, "apprenticeship");
    // Under two years, no "made for newcomers" penalty yet: but its cost in pay is named.
    expect(reasonTexts(report, apprenticeship).join(" ")).toMatch(/It costs you pay: at least £\d+\.\d\d an hour as an apprentice, about £[\d,]+ a year less than a band 2 post \(£25,272\), for 12 to 18 months\./);
  });

  it("a route is not offered to someone who holds its qualification", () => {
    const report = assess(profile({ qualifications: ["amspar-diploma-l3"] }), dataset);
    expect(report.routes.map((r) => r.id)).not.toContain("amspar-diploma");
  });

  it("someone already working in the NHS is not sent to start on reception, and moves across", () => {
    const report = assess(profile({ currentJob: "nhs-admin", typingWpm: 40, officeSkills: "basic", experience: { healthcareMonths: 24, customerServiceMonths: 24, adminMonths: 12 } }), dataset);
    expect(report.routes.map((r) => r.id)).not.toContain("receptionist-stepping-stone");
    expect(report.recommended).toBe("internal-move");
  });

  it("years in healthcare with no job given: healthcare is not read as the NHS; moving across is offered below the routes that surely fit", () => {
    // A care worker who left the job question blank: reception stays open to her.
    const report = assess(profile({ typingWpm: 25, audioTyping: false, medicalTerminology: "some", officeSkills: "basic", experience: { healthcareMonths: 72 }, needsToEarnWhileLearning: true, canStudyPartTime: false }), dataset);
    expect(report.routes.map((r) => r.id)).toContain("receptionist-stepping-stone");
    const move = routeOf(report, "internal-move");
    expect(reasonTexts(report, move).join(" ")).toMatch(/you did not say where you work now/);
    expect(move.fits).toBe(false);
    expect(report.recommended).not.toBe("internal-move");
  });

  it("a few months of a Saturday job still count as new to work", () => {
    const report = assess(profile({ typingWpm: 30, officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], experience: { customerServiceMonths: 8 }, needsToEarnWhileLearning: true, canStudyPartTime: true }), dataset);
    expect(report.recommended).toBe("apprenticeship");
  });
});

describe("a route the person has already started", () => {
  // Six months into an admin apprenticeship in a hospital, aged 17.
  const apprentice = profile({
    typingWpm: 46,
    audioTyping: false,
    medicalTerminology: "some",
    officeSkills: "confident",
    qualifications: ["gcse-english", "gcse-maths"],
    studying: ["business-administrator-apprenticeship"],
    experience: { adminMonths: 6, healthcareMonths: 6 },
    needsToEarnWhileLearning: true,
    currentJob: "nhs-admin",
    age: 17,
  });

  it("is the route to finish, first, with what is left of it from none to all", () => {
    const report = assess(apprentice, dataset);
    const first = report.routes[0]!;
    expect(first.id).toBe("apprenticeship");
    expect(reasonTexts(report, first)[0]).toMatch(/You have started it/);
    const step = first.steps.find((s) => s.id === "admin-apprenticeship")!;
    expect(step.underway).toBe(true);
    expect(stepTitleWords(step, wordContext(dataset, report.nation, report.target))).toMatch(/^Finish the Business Administrator apprenticeship.* you have started$/);
    expect(step.months).toEqual({ min: 0, max: 18 });
    // Without it, the same person is sent elsewhere or to start the apprenticeship afresh.
    const { studying: _s, ...fresh } = apprentice;
    const before = assess(fresh, dataset).routes.find((r) => r.id === "apprenticeship")!;
    expect(before.steps[0]!.underway).toBeUndefined();
    expect(before.months.min).toBeGreaterThan(first.months.min);
  });

  it("is offered even where it would not be to start afresh: an NHS band 3 in Wales on its apprenticeship", () => {
    const walesStaff = profile({ ...apprentice, age: 30, nation: "wales", nhsBand: "3", studying: ["wales-medical-secretary-apprenticeship"] });
    const report = assess(walesStaff, dataset);
    expect(report.recommended).toBe("apprenticeship");
    // Not the same person without it: NHS staff outside England are not sent to an apprenticeship.
    const { studying: _s, ...fresh } = walesStaff;
    expect(assess(fresh, dataset).routes.map((r) => r.id)).not.toContain("apprenticeship");
  });

  it("counts only in the nation whose qualification it is", () => {
    const report = assess(profile({ ...apprentice, nation: "scotland" }), dataset);
    expect(report.routes.flatMap((r) => r.steps).some((s) => s.underway)).toBe(false);
  });
});

describe("reports share nothing that can be changed", () => {
  it("leaves the dataset unfrozen and unchanged, and one report cannot change the next", () => {
    const before = JSON.stringify(dataset);
    const first = assess(profile(), dataset);
    expect(Object.isFrozen(dataset.routes[0]!.steps[0]!.months)).toBe(false);
    expect(Object.isFrozen(dataset.roles[0]!.bands)).toBe(false);
    // Lists shared between reports are frozen; a report's own steps are its own.
    expect(() => first.gaps[0]!.closedBy.push("tampered")).toThrow();
    const steps = first.routes[0]!.steps.length;
    first.routes[0]!.steps.push({ ...first.routes[0]!.steps[0]!, id: "tampered" });
    first.routes[0]!.steps[0]!.months.max = 999;
    const second = assess(profile(), dataset);
    expect(second.gaps[0]!.closedBy).not.toContain("tampered");
    expect(second.routes[0]!.steps).toHaveLength(steps);
    expect(second.routes[0]!.steps[0]!.months.max).not.toBe(999);
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
