// The diff of two reports that what-if and compare share: answers key by key,
// gaps by id whatever their statuses, routes by id.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { compareAnswers, compareReports, gapMove, timeToRole } from "../../src/engine/compare.js";
import type { Report } from "../../src/engine/types.js";
import { shippedDataset } from "../helpers/dataset.js";
import { exampleProfile } from "../helpers/examples.js";

const dataset = shippedDataset();

const SCHOOL_LEAVER = exampleProfile("school-leaver.yaml");
const LEGAL_SECRETARY = exampleProfile("legal-secretary.yaml");

const moves = (r: ReturnType<typeof compareReports>) => Object.fromEntries(r.gaps.map((g) => [g.id, g.move]));

describe("gapMove", () => {
  it.each([
    ["missing", "met", "closed"],
    ["partial", "met", "closed"],
    ["met", "partial", "opened"],
    ["met", "missing", "opened"],
    ["missing", "partial", "narrowed"],
    ["partial", "missing", "widened"],
    ["met", "met", "same"],
    ["missing", "missing", "same"],
    // "unknown" (not said) and any status added later have no order: a plain change,
    // except that reaching met is always a gap closed.
    ["unknown", "met", "closed"],
    ["unknown", "missing", "changed"],
    ["met", "unknown", "changed"],
    ["missing", "some-future-status", "changed"],
    ["some-future-status", "some-future-status", "same"],
    [undefined, "missing", "new"],
    ["met", undefined, "gone"],
  ] as const)("%s → %s is %s", (before, after, move) => {
    expect(gapMove(before, after)).toBe(move);
  });
});

describe("compareAnswers", () => {
  it("finds nothing between equal answers, whatever the order of a list", () => {
    expect(compareAnswers(SCHOOL_LEAVER, { ...SCHOOL_LEAVER, qualifications: ["gcse-maths", "gcse-english"] })).toEqual([]);
  });

  it("names nested answers by their dotted path", () => {
    const after = { ...SCHOOL_LEAVER, experience: { ...SCHOOL_LEAVER.experience, adminMonths: 24 } };
    expect(compareAnswers(SCHOOL_LEAVER, after)).toEqual([{ key: "experience.adminMonths", before: 0, after: 24 }]);
  });

  it("treats an answer left out and one set to undefined alike, and reports one given or taken away", () => {
    const { typingWpm: _, ...unmeasured } = SCHOOL_LEAVER;
    expect(compareAnswers(unmeasured, { ...unmeasured, typingWpm: undefined })).toEqual([]);
    expect(compareAnswers(SCHOOL_LEAVER, unmeasured)).toEqual([{ key: "typingWpm", before: 30, after: undefined }]);
    expect(compareAnswers(unmeasured, SCHOOL_LEAVER)).toEqual([{ key: "typingWpm", before: undefined, after: 30 }]);
  });

  it("says what a list gained and lost", () => {
    const after = { ...SCHOOL_LEAVER, qualifications: ["gcse-english", "amspar-diploma-l3"] };
    expect(compareAnswers(SCHOOL_LEAVER, after)).toEqual([
      { key: "qualifications", before: ["gcse-english", "gcse-maths"], after: ["gcse-english", "amspar-diploma-l3"], added: ["amspar-diploma-l3"], removed: ["gcse-maths"] },
    ]);
  });

  it("compares keys it has never heard of, nested or not, so new answers need no change here", () => {
    const before = { ...SCHOOL_LEAVER, currentJob: { employer: "gp-practice", band: "2" }, ageGroup: "16-18" };
    const after = { ...SCHOOL_LEAVER, currentJob: { employer: "nhs", band: "2" }, ageGroup: "16-18", hobbies: ["chess"] };
    expect(compareAnswers(before, after)).toEqual([
      { key: "currentJob.employer", before: "gp-practice", after: "nhs" },
      { key: "hobbies", before: undefined, after: ["chess"], added: ["chess"], removed: [] },
    ]);
  });
});

describe("compareReports", () => {
  it("a report against itself: no answers changed, every gap the same, the route where it was", () => {
    const report = assess(SCHOOL_LEAVER, dataset);
    const change = compareReports(report, report);
    expect(change.answers).toEqual([]);
    expect(change.gaps.every((g) => g.move === "same")).toBe(true);
    expect(change.gaps.map((g) => g.id)).toEqual(report.gaps.map((g) => g.id));
    expect(change.routes.every((r) => r.before?.rank === r.after?.rank)).toBe(true);
    expect(change.recommended).toEqual({ before: report.recommended, after: report.recommended });
    expect(change.toRole.before).toEqual(change.toRole.after);
  });

  it("the school leaver typing at 55 wpm with audio typing: those two gaps close and nothing else moves", () => {
    const before = assess(SCHOOL_LEAVER, dataset);
    const after = assess({ ...SCHOOL_LEAVER, typingWpm: 55, audioTyping: true }, dataset);
    const change = compareReports(before, after);
    expect(change.answers.map((a) => a.key).sort()).toEqual(["audioTyping", "typingWpm"]);
    const moved = Object.entries(moves(change)).filter(([, m]) => m !== "same");
    expect(moved).toEqual([
      ["typing-speed", "closed"],
      ["audio-typing", "closed"],
    ]);
    expect(change.gaps.find((g) => g.id === "typing-speed")).toMatchObject({ before: { status: "missing", have: { code: "wpm", wpm: 30 } }, after: { status: "met", have: { code: "wpm", wpm: 55 } } });
    expect(change.ready).toEqual({ before: false, after: false });
    expect(change.recommended).toEqual({ before: before.recommended, after: after.recommended });
  });

  it("the legal secretary with some medical terms: ready now, sent to apply, and no time to wait", () => {
    const before = assess(LEGAL_SECRETARY, dataset);
    const after = assess({ ...LEGAL_SECRETARY, medicalTerminology: "some" }, dataset);
    const change = compareReports(before, after);
    expect(moves(change)["medical-terminology"]).toBe("closed");
    expect(change.ready).toEqual({ before: false, after: true });
    expect(change.recommended).toEqual({ before: before.recommended, after: "direct-application" });
    expect(change.toRole).toEqual({ before: before.routes[0]!.months, after: { min: 0, max: 0 } });
    // Routes are matched by id: one only offered when ready appears, the top-up course goes.
    const direct = change.routes.find((r) => r.id === "direct-application")!;
    expect(direct.before).toBeUndefined();
    expect(direct.after?.rank).toBe(1);
    const topUp = change.routes.find((r) => r.id === before.recommended)!;
    expect(topUp.before?.rank).toBe(1);
    expect(after.routes.some((r) => r.id === topUp.id)).toBe(Boolean(topUp.after));
  });

  it("forgetting a qualification opens the gap it closed", () => {
    const before = assess(SCHOOL_LEAVER, dataset);
    const after = assess({ ...SCHOOL_LEAVER, qualifications: ["gcse-english"] }, dataset);
    expect(moves(compareReports(before, after))["english-maths"]).toBe("opened");
  });

  it("a different target role: its requirements are new, the old role's gone, each once", () => {
    const before = assess(SCHOOL_LEAVER, dataset);
    const after = assess({ ...SCHOOL_LEAVER, target: "medical-receptionist" }, dataset);
    const change = compareReports(before, after);
    expect(change.target).toEqual({ before: { id: "medical-secretary", title: before.target.title }, after: { id: "medical-receptionist", title: after.target.title } });
    const afterIds = new Set(after.gaps.map((g) => g.id));
    const beforeIds = new Set(before.gaps.map((g) => g.id));
    for (const g of change.gaps) {
      if (!beforeIds.has(g.id)) expect(g.move).toBe("new");
      if (!afterIds.has(g.id)) expect(g.move).toBe("gone");
    }
    expect(new Set(change.gaps.map((g) => g.id)).size).toBe(change.gaps.length);
    expect(change.gaps.length).toBe(new Set([...afterIds, ...beforeIds]).size);
  });

  it("works on statuses it does not know, such as unknown", () => {
    const before = assess(SCHOOL_LEAVER, dataset);
    const unsaid: Report = { ...before, gaps: before.gaps.map((g) => (g.id === "audio-typing" ? { ...g, status: "unknown" as never, have: { code: "not-known" } as const } : g)) };
    const change = compareReports(unsaid, before);
    expect(moves(change)["audio-typing"]).toBe("changed");
    expect(change.gaps.find((g) => g.id === "audio-typing")?.before?.status).toBe("unknown");
  });
});

describe("timeToRole", () => {
  it("is nothing for someone ready, the best route's months otherwise, and null with no route", () => {
    const report = assess(SCHOOL_LEAVER, dataset);
    expect(timeToRole(report)).toEqual(report.routes[0]!.months);
    expect(timeToRole({ ...report, ready: true })).toEqual({ min: 0, max: 0 });
    expect(timeToRole({ ...report, routes: [], recommended: "" })).toBeNull();
  });
});
