// The group summary (engine), the privacy rules for showing it to the room
// (renderer), and the pay-by-year figures behind each handout's chart.

import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { findBand, findTable, salaryAfter } from "../../src/engine/pay.js";
import { FULL_TIME_HOURS_PER_WEEK, payTimeline } from "../../src/engine/timeline.js";
import type { Gap, GapStatus, Report } from "../../src/engine/types.js";
import { median, summarise, type GroupSummary } from "../../src/engine/workshop.js";
import { attendeeJson, attendeeLabel, attendeeRow, attendeesSection, countText, summarySection } from "../../src/render/workshop.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();

/** Only what summarise reads from a report. */
function fake(o: { ready?: boolean; recommended?: string; gaps?: [string, GapStatus][]; typingWpm?: number }): Report {
  const gaps = (o.gaps ?? []).map(([id, status]) => ({ id, title: `Title of ${id}`, status, essential: true }) as Gap);
  return {
    ready: o.ready ?? false,
    recommended: o.recommended ?? "apprenticeship",
    gaps,
    profile: profile(o.typingWpm === undefined ? {} : { typingWpm: o.typingWpm }),
  } as unknown as Report;
}

describe("someone ready but for an answer they left blank", () => {
  // A secretary who met every requirement but did not give a typing speed.
  const report = assess(profile({ audioTyping: true, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 24, secretarialMonths: 24, healthcareMonths: 12 } }), dataset);

  it("is not ready, but ready if confirmed: the table says which answer to check", () => {
    expect(report.ready).toBe(false);
    expect(report.readyIfConfirmed).toBe(true);
    const row = attendeeRow({ row: 2, report }, { names: false, exact: true });
    expect(row[1]).toBe("if confirmed");
    expect(row[2]).toBe("none known; check Typing speed");
    expect(attendeeJson({ row: 2, report }, false)).toMatchObject({ ready: false, readyIfConfirmed: true });
  });

  it("is counted apart from the ready and the not ready", () => {
    const s = summarise([report, fake({ ready: true }), fake({})]);
    expect([s.ready, s.readyIfConfirmed]).toEqual([1, 1]);
    const rows = summarySection(s, new Map(), { names: false, exact: true }).rows;
    expect(rows.find((r) => r[0] === "Ready once they check an answer")?.[1]).toBe("1");
  });
});

describe("summarise", () => {
  it("counts attendees, the ready, and each recommended route", () => {
    const s = summarise([
      fake({ ready: true, recommended: "direct-application" }),
      fake({ recommended: "apprenticeship" }),
      fake({ recommended: "apprenticeship" }),
      fake({ recommended: "amspar-diploma" }),
      fake({ ready: true, recommended: "direct-application" }),
    ]);
    expect(s.attendees).toBe(5);
    expect(s.ready).toBe(2);
    expect(s.byRoute).toEqual({ "direct-application": 2, apprenticeship: 2, "amspar-diploma": 1 });
  });

  it("counts missing and partial gaps but not met ones, most common first, ties by id", () => {
    const s = summarise([
      fake({ gaps: [["typing-speed", "missing"], ["audio-typing", "met"], ["office-skills", "partial"]] }),
      fake({ gaps: [["typing-speed", "partial"], ["audio-typing", "missing"], ["office-skills", "met"]] }),
      fake({ gaps: [["typing-speed", "missing"], ["medical-terminology", "missing"], ["admin-experience", "missing"]] }),
    ]);
    expect(s.commonGaps).toEqual([
      { id: "typing-speed", title: "Title of typing-speed", essential: true, count: 3 },
      { id: "admin-experience", title: "Title of admin-experience", essential: true, count: 1 },
      { id: "audio-typing", title: "Title of audio-typing", essential: true, count: 1 },
      { id: "medical-terminology", title: "Title of medical-terminology", essential: true, count: 1 },
      { id: "office-skills", title: "Title of office-skills", essential: true, count: 1 },
    ]);
  });

  it("takes the median typing speed of those who gave one: odd count, even count, none", () => {
    const odd = summarise([fake({ typingWpm: 50 }), fake({ typingWpm: 30 }), fake({}), fake({ typingWpm: 41 })]);
    expect(odd.medianTypingWpm).toBe(41);
    expect(odd.typingKnown).toBe(3);
    const even = summarise([fake({ typingWpm: 60 }), fake({ typingWpm: 30 }), fake({ typingWpm: 45 }), fake({ typingWpm: 40 })]);
    expect(even.medianTypingWpm).toBe(42.5);
    expect(even.typingKnown).toBe(4);
    const none = summarise([fake({}), fake({})]);
    expect(none.medianTypingWpm).toBeNull();
    expect(none.typingKnown).toBe(0);
  });

  it("a typing speed of 0 is known, not missing", () => {
    const s = summarise([fake({ typingWpm: 0 }), fake({ typingWpm: 0 }), fake({ typingWpm: 90 })]);
    expect(s.medianTypingWpm).toBe(0);
    expect(s.typingKnown).toBe(3);
  });

  it("an empty group", () => {
    expect(summarise([])).toEqual({ attendees: 0, ready: 0, readyIfConfirmed: 0, byRoute: {}, commonGaps: [], medianTypingWpm: null, typingKnown: 0, nations: [] });
  });

  it("median does not reorder its input", () => {
    const xs = [3, 1, 2];
    expect(median(xs)).toBe(2);
    expect(xs).toEqual([3, 1, 2]);
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
  });

  it("agrees with real assessments: every attendee has one recommended route", () => {
    const reports = [
      profile({ typingWpm: 30, qualifications: ["gcse-english", "gcse-maths"], needsToEarnWhileLearning: true }),
      profile({ typingWpm: 60, audioTyping: true, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["amspar-diploma-l3", "gcse-english", "gcse-maths"], experience: { secretarialMonths: 12, healthcareMonths: 12 } }),
      profile(),
    ].map((p) => assess(p, dataset));
    const s = summarise(reports);
    expect(Object.values(s.byRoute).reduce((a, b) => a + b, 0)).toBe(3);
    expect(s.ready).toBe(reports.filter((r) => r.ready).length);
    expect(s.ready).toBe(1);
    // Known gaps only: a question not answered is not a gap the group has.
    for (const g of s.commonGaps) {
      expect(g.count).toBe(reports.filter((r) => r.gaps.some((x) => x.id === g.id && (x.status === "missing" || x.status === "partial"))).length);
    }
    expect(s.commonGaps.map((g) => g.id)).not.toContain("audio-typing");
  });
});

describe("privacy in what the room sees", () => {
  it.each([
    [0, false, "0"],
    [1, false, "fewer than 3"],
    [2, false, "fewer than 3"],
    [3, false, "3"],
    [17, false, "17"],
    [0, true, "0"],
    [1, true, "1"],
    [2, true, "2"],
    [3, true, "3"],
  ])("countText(%i, exact %s) is %j", (n, exact, shown) => {
    expect(countText(n, exact)).toBe(shown);
  });

  it("attendeeLabel is the row unless names are asked for and there is one", () => {
    expect(attendeeLabel({ row: 4, name: "Jane Smith" }, false)).toBe("row 4");
    expect(attendeeLabel({ row: 4, name: "Jane Smith" }, true)).toBe("Jane Smith");
    expect(attendeeLabel({ row: 4 }, true)).toBe("row 4");
    expect(attendeeLabel({ row: 12 }, false)).toBe("row 12");
  });

  const base: GroupSummary = {
    attendees: 7,
    ready: 1,
    readyIfConfirmed: 0,
    byRoute: { apprenticeship: 5, "amspar-diploma": 2 },
    commonGaps: [
      { id: "typing-speed", title: "Typing speed", essential: true, count: 6 },
      { id: "audio-typing", title: "Audio typing", essential: true, count: 2 },
    ],
    medianTypingWpm: 40.4,
    typingKnown: 2,
    nations: ["england"],
  };
  const titles = new Map([
    ["apprenticeship", "Admin apprenticeship in the NHS"],
    ["amspar-diploma", "Medical administration diploma"],
  ]);
  const cell = (s: ReturnType<typeof summarySection>, label: string) => s.rows.find((r) => r[0] === label)?.[1];

  it("shows small counts as 'fewer than 3', and says why", () => {
    const s = summarySection(base, titles, { names: false, exact: false });
    expect(cell(s, "Attendees assessed")).toBe("7");
    expect(cell(s, "Ready to apply now")).toBe("fewer than 3");
    expect(cell(s, "Best route: Admin apprenticeship in the NHS")).toBe("5");
    expect(cell(s, "Best route: Medical administration diploma")).toBe("fewer than 3");
    expect(cell(s, "Gap: Typing speed")).toBe("6");
    expect(cell(s, "Gap: Audio typing")).toBe("fewer than 3");
    expect(s.notes?.join(" ")).toMatch(/fewer than 3/);
    // Routes in order of how many people they suit.
    expect(s.rows.map((r) => r[0]!).filter((l) => l.startsWith("Best route"))).toEqual(["Best route: Admin apprenticeship in the NHS", "Best route: Medical administration diploma"]);
  });

  it("hides a median typing speed that fewer than 3 people gave", () => {
    const s = summarySection(base, titles, { names: false, exact: false });
    expect(cell(s, "Median typing speed")).toMatch(/^not shown/);
    expect(s.rows.flat().join(" ")).not.toMatch(/40/);
  });

  it("shows the median from 3 or more people, rounded", () => {
    const s = summarySection({ ...base, typingKnown: 3 }, titles, { names: false, exact: false });
    expect(cell(s, "Median typing speed")).toBe("40 wpm (of 3 who knew it)");
  });

  it("with exact, shows every count and the median from 2 people", () => {
    const s = summarySection(base, titles, { names: false, exact: true });
    expect(cell(s, "Ready to apply now")).toBe("1");
    expect(cell(s, "Best route: Medical administration diploma")).toBe("2");
    expect(cell(s, "Gap: Audio typing")).toBe("2");
    expect(cell(s, "Median typing speed")).toBe("40 wpm (of 2 who knew it)");
    expect(s.rows.flat().join(" ")).not.toMatch(/fewer than/);
  });

  it("says when no one gave a speed", () => {
    const s = summarySection({ ...base, medianTypingWpm: null, typingKnown: 0 }, titles, { names: false, exact: true });
    expect(cell(s, "Median typing speed")).toBe("no one gave a speed");
  });

  it("lists at most five gaps", () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, title: `G${i}`, essential: true, count: 10 - i }));
    const s = summarySection({ ...base, commonGaps: many }, titles, { names: false, exact: false });
    expect(s.rows.filter((r) => r[0]!.startsWith("Gap: ")).map((r) => r[0])).toEqual(["Gap: G0", "Gap: G1", "Gap: G2", "Gap: G3", "Gap: G4"]);
  });

  it("the attendees table shows names only when asked", () => {
    const report = assess(profile({ typingWpm: 30 }), dataset);
    const entries = [{ row: 2, name: "Jane Smith", report }, { row: 3, report }];
    const hidden = attendeesSection(entries, { names: false, exact: false });
    expect(hidden.rows.map((r) => r[0])).toEqual(["row 2", "row 3"]);
    expect(JSON.stringify(hidden)).not.toContain("Jane");
    const shown = attendeesSection(entries, { names: true, exact: false });
    expect(shown.rows.map((r) => r[0])).toEqual(["Jane Smith", "row 3"]);
  });
});

describe("payTimeline", () => {
  const table = findTable(dataset.pay, "england")!;
  const band = (id: string) => findBand(table, id)!;
  const entry = (id: string) => Math.min(...band(id).points.map((p) => p.salary));
  // A full-time year at an hourly rate: 37.5 hours a week, 52 weeks.
  const yearAt = (perHour: number) => perHour * FULL_TIME_HOURS_PER_WEEK * 52;
  const schoolLeaver = (age: number) =>
    assess(
      profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", age, currentJob: "not-working" }),
      dataset,
    );

  it("follows the recommended route: here an apprenticeship", () => {
    const r = schoolLeaver(17);
    expect(r.recommended).toBe("apprenticeship");
    expect(r.routes[0]!.steps[0]!.pay.kind).toBe("apprentice");
  });

  it("pays the first year at the apprentice rate for 37.5 hours a week, 52 weeks, rounded", () => {
    const years = payTimeline(schoolLeaver(17), dataset);
    expect(FULL_TIME_HOURS_PER_WEEK).toBe(37.5);
    expect(years[0]).toMatchObject({ year: 1, salary: Math.round(yearAt(8)) });
    expect(Number.isInteger(years[0]!.salary)).toBe(true);
  });

  it("pays apprentices by age after their first year: a 17-year-old stays on the apprentice rate, a 45-year-old gets the adult minimum", () => {
    // Year 2 of the 18-month apprenticeship: 6 months as an apprentice, then 6 learning in post at band 2.
    // The apprenticeship itself, whichever route comes first for each.
    const apprenticeship = (age: number) => {
      const r = schoolLeaver(age);
      return { ...r, routes: r.routes.filter((x) => x.id === "apprenticeship") };
    };
    const secondYear = (age: number) => payTimeline(apprenticeship(age), dataset)[1]!.salary!;
    const band2Half = entry("2") / 2;
    expect(secondYear(17)).toBe(Math.round(yearAt(8) / 2 + band2Half));
    expect(secondYear(45)).toBe(Math.round(yearAt(12.71) / 2 + band2Half));
  });

  it("pays nothing while a person out of work applies for a post, and the post's pay once it starts", () => {
    // Six years on a till, out of work: start on reception (3 months to get the post, then band 2).
    const r = assess(profile({ typingWpm: 38, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", experience: { customerServiceMonths: 72 }, needsToEarnWhileLearning: true, canStudyPartTime: false, currentJob: "not-working" }), dataset);
    expect(r.recommended).toBe("receptionist-stepping-stone");
    const first = r.routes[0]!.steps[0]!;
    expect(first.pay.startsAtEnd).toBe(true);
    const years = payTimeline(r, dataset);
    expect(years[0]!.salary).toBe(Math.round((entry("2") * (12 - first.months.max)) / 12));
  });

  it("pays the role's band once in it, rising by its published steps, and never less", () => {
    const r = schoolLeaver(17);
    const route = r.routes[0]!;
    const arrival = route.months.max;
    const inRole = 5;
    const years = payTimeline(r, dataset, inRole);
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: Math.ceil((arrival + inRole * 12) / 12) }, (_, i) => i + 1));
    // Whole years after arrival pay the band's point for the years served.
    const target = band(r.target.bands[0]!);
    for (const y of years.filter((y) => (y.year - 1) * 12 >= arrival)) {
      const served = Math.floor(((y.year - 1) * 12 - arrival) / 12);
      // Each month of the year counts its own years served: a year can span a step.
      const months = Array.from({ length: 12 }, (_, m) => salaryAfter(target, Math.floor(((y.year - 1) * 12 + m - arrival) / 12)) / 12);
      expect(y.salary).toBe(Math.round(months.reduce((a, b) => a + b, 0)));
      expect(y.salary).toBeGreaterThanOrEqual(salaryAfter(target, served));
      expect(y.what).toEqual({ role: r.target.id, band: r.target.bands[0] });
    }
    const inPost = years.filter((y) => (y.year - 1) * 12 >= arrival).map((y) => y.salary!);
    for (let i = 1; i < inPost.length; i++) expect(inPost[i]!).toBeGreaterThanOrEqual(inPost[i - 1]!);
    expect(new Set(inPost).size).toBeGreaterThan(1);
  });

  it("leaves years paid from a job whose pay is not known blank (null)", () => {
    const legalSecretary = assess(
      // 45 wpm: the route keeps its typing practice, studied alongside the current job.
      profile({ typingWpm: 45, audioTyping: true, medicalTerminology: "none", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { secretarialMonths: 60, adminMonths: 24 }, needsToEarnWhileLearning: true, canStudyPartTime: true, currentJob: "secretarial" }),
      dataset,
    );
    const years = payTimeline(legalSecretary, dataset);
    expect(years[0]!.salary).toBeNull();
    // Years in the role are known.
    expect(years.at(-1)!.salary).toEqual(expect.any(Number));
  });

  it("knows an NHS employee's own pay while they study alongside their job", () => {
    const nurse = assess(profile({ typingWpm: 35, audioTyping: false, medicalTerminology: "qualified", officeSkills: "basic", experience: { healthcareMonths: 336 }, currentJob: "nhs-clinical", nhsBand: "6" }), dataset);
    expect(nurse.recommended).toBe("internal-move");
    const first = payTimeline(nurse, dataset)[0]!;
    expect(first.salary).toEqual(expect.any(Number));
    // Band 6 while covering, then band 3 once in the secretary post: less than a year of band 6.
    expect(first.salary!).toBeLessThan(entry("6"));
    expect(first.salary!).toBeGreaterThan(entry("3"));
  });

  it("is empty for a report with no route", () => {
    expect(payTimeline({ ...schoolLeaver(17), routes: [] }, dataset)).toEqual([]);
  });
});
