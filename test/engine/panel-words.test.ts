// Words the stop 24 adviser panel found wrong in reports (issue notes in
// /work/notes/panel/stop24/findings.md, items 3, 8 and 10): each test is one
// thing a person read, run through the engine and worded by the catalogue.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { fillIn, nationInfo } from "../../src/engine/nations.js";
import type { Nation, Profile, Report } from "../../src/engine/types.js";
import { withArticle } from "../../src/engine/words.js";
import { reportModel } from "../../src/render/report-model.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();

/** Rhys: a school business manager of 14 years who aims at practice manager. */
const manager = (nation: Nation, change: Partial<Profile> = {}) =>
  profile({
    nation,
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
    canStudyPartTime: true,
    ...change,
  });

/** The best route's step by step, rows and notes, and the footnotes, as they read. */
function steps(report: Report): { rows: string[]; notes: string[]; footnotes: string[] } {
  const model = reportModel(report, dataset);
  const s = model.sections.find((x) => x.title.startsWith("Step by step"))!;
  return { rows: s.rows.map((r) => r.join(" | ")), notes: [...(s.notes ?? [])], footnotes: model.footnotes };
}

describe("a practice manager's route names each nation's own GP regulator", () => {
  const management = (nation: Nation) => steps(assess(manager(nation), dataset)).rows.find((r) => r.startsWith("As assistant or deputy"))!;

  it("England's CQC only in England; Wales's inspectorate in Wales", () => {
    expect(management("england")).toContain("Care Quality Commission (CQC)");
    expect(management("wales")).toContain("its inspections by Healthcare Inspectorate Wales");
    expect(management("wales")).not.toContain("CQC");
  });

  it("names no regulator where none was confirmed, and never England's", () => {
    for (const nation of ["scotland", "northern-ireland"] as const) {
      expect(nationInfo(dataset, nation)?.practiceInspections?.source).toBeUndefined();
      expect(management(nation)).toContain("its quality and safety checks");
      expect(management(nation)).not.toContain("CQC");
    }
  });

  it("every nation's words name a regulator only with its source", () => {
    for (const n of dataset.nations) {
      const words = n.practiceInspections!;
      if (/ by /.test(words.text)) expect(words.source?.url).toMatch(/^https:\/\//);
      else expect(words.source).toBeUndefined();
    }
  });
});

describe("a or an before a role's title", () => {
  it("follows how the title is said", () => {
    expect(withArticle("assistant or deputy practice manager")).toBe("an assistant or deputy practice manager");
    expect(withArticle("medical secretary")).toBe("a medical secretary");
    expect(withArticle("GP practice manager")).toBe("a GP practice manager");
    expect(withArticle("NHS post")).toBe("an NHS post");
    expect(withArticle("unit manager")).toBe("a unit manager");
    expect(withArticle("outpatient clerk")).toBe("an outpatient clerk");
  });

  it("data titles say {aRole}, and a report reads 'an assistant'", () => {
    expect(fillIn("Get {aRole} post", "assistant or deputy practice manager", nationInfo(dataset, "wales"), "wales")).toBe("Get an assistant or deputy practice manager post");
    const model = reportModel(assess(manager("wales", { target: "assistant-practice-manager" }), dataset), dataset);
    const text = [model.verdict, ...model.sections.flatMap((s) => [s.title, ...s.rows.flat(), ...(s.notes ?? [])])].join("\n");
    expect(text).toContain("an assistant or deputy practice manager");
    expect(text).not.toMatch(/\ba [aeio]/i);
  });
});

describe("a route whose posts are paid as the practice sets (Rhys, Angela)", () => {
  const { rows, notes, footnotes } = steps(assess(manager("wales"), dataset));

  it("prints no note that only makes sense beside a step's pay", () => {
    expect(notes).not.toContain("Pay is set by the employer.");
    expect(notes).not.toContain("Alongside the post you hold by then.");
  });

  it("says beside the step that it is paid as the post held by then", () => {
    expect(rows.find((r) => r.startsWith("As assistant or deputy"))).toMatch(/\| As the post you hold by then: pay set by the employer$/);
  });

  it("the pay footnote and the role's note agree: not every step has a band", () => {
    const pay = footnotes.find((f) => f.startsWith("Pay: Agenda for Change"))!;
    expect(pay).not.toContain("each step at its band's entry point");
    expect(pay).toContain("each step with an NHS band at its entry point, the others at what the employer sets");
    expect(footnotes.join("\n")).not.toContain("no NHS band is given here");
  });

  it("a route whose every step has a band keeps the plain footnote", () => {
    const secretary = steps(assess(profile({ nation: "wales", typingWpm: 60, audioTyping: true, experience: { adminMonths: 60 } }), dataset));
    expect(secretary.footnotes.find((f) => f.startsWith("Pay: Agenda for Change"))).toContain("each step at its band's entry point");
  });
});

describe("England's management apprenticeships only in England's reports", () => {
  it("a Welsh, Scottish or NI practice manager's route names no England apprenticeship", () => {
    for (const nation of ["wales", "scotland", "northern-ireland"] as const) {
      const rows = steps(assess(manager(nation), dataset)).rows.join("\n");
      expect(rows).toContain("Alongside: a management qualification");
      expect(rows).not.toMatch(/in England|Team Leader|Operations or Departmental Manager/);
    }
    expect(steps(assess(manager("england"), dataset)).rows.join("\n")).toContain("Operations or Departmental Manager");
  });
});

describe("England's words in Scottish and Northern Irish reports", () => {
  /** Everything a report says, as one text. */
  const text = (report: Report) => {
    const model = reportModel(report, dataset);
    return [model.verdict, ...model.sections.flatMap((s) => [s.title, ...s.rows.flat(), ...(s.notes ?? [])]), ...model.footnotes].join("\n");
  };
  // Katarzyna: ten years an administrator in Poland, in Aberdeen now.
  const abroad = (nation: Nation) =>
    profile({ nation, target: "medical-secretary", currentJob: "office", typingWpm: 55, officeSkills: "confident", qualifications: ["degree"], experience: { adminMonths: 120 }, needsToEarnWhileLearning: true, circumstances: ["qualified-abroad"] });

  it("a Scot qualified abroad is told adverts ask for National 5s, not GCSEs", () => {
    const scot = text(assess(abroad("scotland"), dataset));
    expect(scot).toContain('Adverts ask for National 5s "or equivalent"');
    expect(scot).not.toContain("GCSEs");
    expect(text(assess(abroad("england"), dataset))).toContain('Adverts ask for GCSEs "or equivalent"');
  });

  it("moving from outside the health service names the nation's own, and no trusts", () => {
    expect(text(assess(abroad("scotland"), dataset))).toContain("Moving from outside NHS Scotland: new starters");
    const ni = text(assess(abroad("northern-ireland"), dataset));
    expect(ni).toContain("Moving from outside HSC: new starters");
    expect(ni).not.toContain("at some trusts");
  });
});

describe("a course under way (Tracey, working towards Functional Skills English L2)", () => {
  const tracey = (change: Partial<Profile> = {}) =>
    profile({ nation: "england", target: "medical-secretary", currentJob: "customer-facing", age: 45, typingWpm: 25, officeSkills: "none", experience: { customerServiceMonths: 168 }, studying: ["functional-skills-english-l2"], ...change });
  const englishMaths = (p: Profile) => {
    const report = assess(p, dataset);
    const model = reportModel(report, dataset);
    const row = model.sections.find((s) => s.title === "Where you stand")!.rows.find((r) => r[0]!.startsWith("English and maths"))!;
    const advice = model.sections.find((s) => s.title === "Where you stand")!.notes!.find((n) => n.startsWith("English and maths"))!;
    return { row, advice, gap: report.gaps.find((g) => g.id === "english-maths")! };
  };

  it("the gap says she is working towards it, and is not met until she passes", () => {
    const { row, gap } = englishMaths(tracey());
    expect(row[1]).toBe("working towards Functional Skills English L2");
    expect(gap.status).toBe("missing");
  });

  it("the advice is to finish it, then the nation's advice for the rest (maths)", () => {
    const { advice } = englishMaths(tracey());
    expect(advice).toMatch(/^English and maths: You are working towards Functional Skills English L2: finish it/);
    expect(advice).toContain("For the rest: In England, English and maths up to level 2");
  });

  it("with maths held, finishing English is all there is to it", () => {
    const { row, advice, gap } = englishMaths(tracey({ qualifications: ["gcse-maths"] }));
    expect(row[1]).toBe("GCSE maths, working towards Functional Skills English L2");
    expect(gap.status).toBe("partial");
    expect(advice).not.toContain("For the rest");
  });

  it("someone studying nothing reads as before", () => {
    expect(englishMaths(tracey({ studying: [] })).row[1]).toBe("none listed");
  });
});

describe("apply and learn in post names only what the person lacks (Lorraine, an audio typist)", () => {
  const lorraine = (audioTyping: boolean) =>
    profile({ nation: "scotland", target: "medical-secretary", currentJob: "office", typingWpm: 52, audioTyping, medicalTerminology: "none", officeSkills: "confident", qualifications: ["national-5-english", "national-5-maths"], experience: { adminMonths: 132 }, needsToEarnWhileLearning: true });
  const reason = (audio: boolean) => reportModel(assess(lorraine(audio), dataset), dataset).sections.find((s) => s.title.startsWith("Routes"))!.rows.map((r) => r.at(-1)!).find((t) => t.includes("learn what is missing ("))!;

  it("is not told to learn audio typing when she has it", () => {
    expect(reason(true)).toContain("learn what is missing (medical terminology and the NHS systems) in post");
    expect(reason(true)).not.toContain("audio typing");
  });

  it("is told it when she lacks it", () => {
    expect(reason(false)).toContain("learn what is missing (audio typing, medical terminology and the NHS systems) in post");
  });
});

// Rhys was told first to get a reception or admin post in a GP practice,
// though he already meets what an assistant or deputy practice manager post
// asks. A step marked skipIfReadyFor is left out for such a person.
describe("a post on the way that the person can pass by (Rhys)", () => {
  const stepUp = (p: Profile) => assess(p, dataset).routes.find((r) => r.id === "practice-step-up");

  it("is left out for someone who meets what an assistant practice manager post asks", () => {
    const rhys = manager("wales");
    expect(assess({ ...rhys, target: "assistant-practice-manager" }, dataset).ready).toBe(true);
    const steps = stepUp(rhys)!.steps.map((s) => s.id);
    expect(steps).not.toContain("practice-admin-post");
    expect(steps[0]).toBe("deputy-practice-manager-post");
  });

  it("is kept for someone who does not yet meet it", () => {
    const newer = manager("wales", { experience: { adminMonths: 12, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 } });
    expect(assess({ ...newer, target: "assistant-practice-manager" }, dataset).ready).toBe(false);
    expect(stepUp(newer)!.steps[0]!.id).toBe("practice-admin-post");
  });
});
