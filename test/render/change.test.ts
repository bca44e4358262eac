// What a change does, in words and in JSON: the wording lives here, the
// deciding in src/engine/compare.ts.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { compareReports, type ReportChange } from "../../src/engine/compare.js";
import type { Profile } from "../../src/engine/types.js";
import { parseSets } from "../../src/answers/set.js";
import { changeJson, whatIfJson } from "../../src/render/change-json.js";
import { answerValue, changeSections, changeVerdict, compareModel, compareWords, WHAT_IF_WORDS, whatIfModel } from "../../src/render/change.js";
import { answerLabel } from "../../src/render/answer-values.js";
import { wordContext } from "../../src/render/words/index.js";
import { reportModel } from "../../src/render/report-model.js";
import { shippedDataset } from "../helpers/dataset.js";
import { exampleProfile } from "../helpers/examples.js";

const dataset = shippedDataset();
const SCHOOL_LEAVER = exampleProfile("school-leaver.yaml");
const LEGAL_SECRETARY = exampleProfile("legal-secretary.yaml");

const changeOf = (before: Profile, after: Profile): ReportChange => compareReports(assess(before, dataset), assess(after, dataset));

describe("the summary line", () => {
  it("what-if: the answers as changed, the gaps that would close, the route", () => {
    const change = changeOf(SCHOOL_LEAVER, { ...SCHOOL_LEAVER, typingWpm: 55, audioTyping: true });
    expect(changeVerdict(change, WHAT_IF_WORDS, dataset)).toBe(
      "Changing typing speed to 55 wpm and audio typing to yes would close 2 gaps: Typing speed, Audio typing. Best route: still Admin apprenticeship in the NHS (16–27 months).",
    );
  });

  it("what-if: ready to apply, with no months to wait", () => {
    const change = changeOf(LEGAL_SECRETARY, { ...LEGAL_SECRETARY, medicalTerminology: "some" });
    const line = changeVerdict(change, WHAT_IF_WORDS, dataset);
    expect(line).toMatch(/^Changing medical terminology to some would close 1 gap: Medical terminology\. You would be ready to apply now\. Best route: Apply now instead of .+ \(\d+–\d+ months\)\.$/);
  });

  it("compare: past tense, both files named, a gap opened too", () => {
    const change = changeOf(SCHOOL_LEAVER, { ...SCHOOL_LEAVER, typingWpm: 55, qualifications: ["gcse-english"] });
    const line = changeVerdict(change, compareWords("jan.yaml", "jun.yaml"), dataset);
    expect(line).toMatch(/^From jan\.yaml to jun\.yaml: 1 gap closed: Typing speed; 1 opened: English and maths \(desirable\)\. Best route/);
  });

  it("what-if: a gap closed and one opened, in one sentence; the role and nation in words", () => {
    const change = changeOf(SCHOOL_LEAVER, { ...SCHOOL_LEAVER, typingWpm: 55, qualifications: ["gcse-english"], nation: "wales" });
    expect(changeVerdict(change, WHAT_IF_WORDS, dataset)).toMatch(
      /^Changing where you work to Wales, typing speed to 55 wpm and qualifications to GCSE English \(removed: GCSE maths\) would close 1 gap: Typing speed, and open 1: English and maths \(desirable\)\. /,
    );
    const target = changeOf(SCHOOL_LEAVER, { ...SCHOOL_LEAVER, target: "medical-receptionist" });
    expect(changeVerdict(target, WHAT_IF_WORDS, dataset)).toMatch(/^Changing the role you aim for to Medical receptionist would /);
  });

  it("nothing changed", () => {
    const change = changeOf(SCHOOL_LEAVER, SCHOOL_LEAVER);
    expect(changeVerdict(change, WHAT_IF_WORDS, dataset)).toBe("Your answers already say that: nothing would change.");
    expect(changeVerdict(change, compareWords("a.yaml", "b.yaml"), dataset)).toBe("From a.yaml to b.yaml: the answers are the same, so nothing has changed.");
  });

  it("a gap that goes from known to 'to check' is said, not passed over as no change", () => {
    const before: Profile = { qualifications: [], experience: { adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 }, typingWpm: 25, currentJob: "not-working" };
    const change = changeOf(before, { ...before, currentJob: "nhs-admin" });
    expect(changeVerdict(change, WHAT_IF_WORDS, dataset)).toMatch(/^Changing what you do now to NHS admin staff would leave 2 gaps to check: Office or secretarial experience, Experience in a healthcare setting \(desirable\)\. /);
    expect(changeVerdict(change, compareWords("a.yaml", "b.yaml"), dataset)).toMatch(/^From a\.yaml to b\.yaml: 2 gaps now to check: /);
  });

  it("a change that moves no gap says so", () => {
    const change = changeOf(SCHOOL_LEAVER, { ...SCHOOL_LEAVER, typingWpm: 32 });
    expect(changeVerdict(change, WHAT_IF_WORDS, dataset)).toMatch(/^Changing typing speed to 32 wpm would neither close nor open a gap\. Best route: still /);
    expect(changeVerdict(change, compareWords("a", "b"), dataset)).toMatch(/^From a to b: no gap closed or opened\. /);
  });
});

describe("the sections", () => {
  it("list each changed answer, the requirements that moved (status or what you have), and the route either side", () => {
    const change = changeOf(SCHOOL_LEAVER, { ...SCHOOL_LEAVER, typingWpm: 45, experience: { ...SCHOOL_LEAVER.experience, adminMonths: 18 } });
    const [answers, gaps, route] = changeSections(change, WHAT_IF_WORDS, dataset);
    expect(answers!.head).toEqual(["Answer", "Now", "What if"]);
    expect(answers!.rows).toEqual([
      ["Typing speed", "30 wpm", "45 wpm"],
      ["Office or admin work", "none", "1 year 6 months"],
    ]);
    expect(gaps!.rows).toContainEqual(["Typing speed", "Missing (30 wpm)", "Partly (45 wpm)", "would narrow"]);
    expect(gaps!.rows).toContainEqual(["Office or secretarial experience", "Missing (none)", "Met (1 year 6 months)", "would close"]);
    // Requirements that did not move at all are not listed.
    expect(gaps!.rows.map((r) => r[0])).not.toContain("Audio typing");
    expect(route!.rows.map((r) => r[0])).toEqual(["Ready to apply", "Best route", "Time to the role", "Cost to you"]);
  });

  it("a requirement whose status stays but whose 'you have' moves is listed", () => {
    const change = changeOf(SCHOOL_LEAVER, { ...SCHOOL_LEAVER, typingWpm: 35 });
    const gaps = changeSections(change, compareWords("a", "b"), dataset)[1]!;
    expect(gaps.rows).toEqual([["Typing speed", "Missing (30 wpm)", "Missing (35 wpm)", "no change"]]);
  });

  it("names routes newly offered and no longer offered", () => {
    const change = changeOf(LEGAL_SECRETARY, { ...LEGAL_SECRETARY, medicalTerminology: "some" });
    const route = changeSections(change, compareWords("a", "b"), dataset).at(-1)!;
    expect(route.notes).toContain("Offered now: Apply now.");
    expect(route.notes?.some((n) => n.startsWith("No longer offered: "))).toBe(true);
  });

  it("what-if puts the change first, then the whole report with its answers retitled", () => {
    const before = assess(SCHOOL_LEAVER, dataset);
    const after = assess({ ...SCHOOL_LEAVER, typingWpm: 55 }, dataset);
    const report = reportModel(after, dataset);
    const model = whatIfModel(compareReports(before, after), report, dataset);
    const titles = model.sections.map((s) => s.title);
    expect(titles.slice(0, 3)).toEqual(["Your changes", "What it would do to your gaps", "What it would do to your route"]);
    expect(titles).toContain("Your answers, with the changes");
    expect(titles).not.toContain("What you told us");
    expect(titles.slice(3)).toEqual(report.sections.map((s) => (s.title === "What you told us" ? "Your answers, with the changes" : s.title)));
    expect(model.sections[2]!.notes?.[0]).toBe(`With the changes: ${report.verdict}`);
    expect(model.footnotes).toEqual(report.footnotes);
  });

  it("compare points to the full report for the later file", () => {
    const model = compareModel(changeOf(SCHOOL_LEAVER, SCHOOL_LEAVER), "jan.yaml", "jun.yaml", dataset);
    expect(model.footnotes.join("\n")).toContain("medsec-path assess --answers jun.yaml");
  });
});

describe("answer wording", () => {
  it("writes each kind of answer as the report does", () => {
    expect(answerValue("typingWpm", 45, dataset)).toBe("45 wpm");
    expect(answerValue("experience.secretarialMonths", 30, dataset)).toBe("2 years 6 months");
    expect(answerValue("audioTyping", false, dataset)).toBe("no");
    expect(answerValue("nation", "northern-ireland", dataset)).toBe("Northern Ireland");
    expect(answerValue("target", "clinical-coder", dataset)).toBe("Clinical coder");
    expect(answerValue("qualifications", ["gcse-english", "amspar-diploma-l3"], dataset)).toMatch(/^GCSE English, \S/);
    expect(answerValue("qualifications", [], dataset)).toBe("none");
    expect(answerValue("typingWpm", undefined, dataset)).toBe("not said");
  });

  it("shows an answer it has no label for under its own key, so a new one is never hidden", () => {
    expect(answerLabel("currentJob.band", wordContext(dataset, "england"))).toBe("currentJob.band");
    expect(answerValue("currentJob.band", "3", dataset)).toBe("3");
    expect(answerValue("ageGroup", { from: 16, to: 18 }, dataset)).toBe('{"from":16,"to":18}');
  });
});

describe("JSON", () => {
  it("every gap and route with both sides, null where a side is missing, and months as workshop --json gives them", () => {
    const before = assess(LEGAL_SECRETARY, dataset);
    const after = assess({ ...LEGAL_SECRETARY, medicalTerminology: "some", qualifications: ["gcse-english"] }, dataset);
    const j = changeJson(compareReports(before, after), dataset);
    expect(j.answers).toContainEqual({ key: "medicalTerminology", before: "none", after: "some" });
    expect(j.answers).toContainEqual({ key: "qualifications", before: ["gcse-english", "gcse-maths"], after: ["gcse-english"], added: [], removed: ["gcse-maths"] });
    expect(j.gaps.map((g) => g.id)).toEqual(after.gaps.map((g) => g.id));
    expect(j.gaps.find((g) => g.id === "medical-terminology")).toMatchObject({ change: "closed", before: { status: "missing" }, after: { status: "met" } });
    const direct = after.routes.find((r) => r.id === "direct-application")!;
    expect(j.routes.find((r) => r.id === "direct-application")).toMatchObject({ before: null, after: { rank: 1, months: direct.months.max, monthsMin: direct.months.min } });
    expect(j.ready).toEqual({ before: false, after: true });
    expect(j.recommended).toEqual({ before: before.recommended, after: "direct-application" });
    // Ready: no time to the role, as workshop --json says, though applying itself takes a while.
    expect(j.months).toEqual({ before: before.routes[0]!.months.max, after: 0 });
    expect(j.monthsMin).toEqual({ before: before.routes[0]!.months.min, after: 0 });
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  it("whatIf lists the sets as given, an emptied answer as null", () => {
    expect(whatIfJson(parseSets(["typingWpm=", "experience.adminMonths=24"]), changeJson(changeOf(SCHOOL_LEAVER, SCHOOL_LEAVER), dataset)).set).toEqual([
      { key: "typingWpm", value: null },
      { key: "experience.adminMonths", value: 24 },
    ]);
  });
});
