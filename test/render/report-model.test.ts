// The words of the report's tables: answers a person left open, and the pay of
// the roles a target leads to.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { reportModel, toldUs } from "../../src/render/report-model.js";
import { word, wordContext } from "../../src/render/words/index.js";
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
    expect(report.gaps.find((g) => g.id === "audio-typing")?.have).toEqual({ code: "not-sure" });
    const rows = reportModel(report, dataset).sections.find((s) => s.title === "Where you stand")!.rows;
    expect(rows.find((r) => r[0]!.startsWith("Audio typing"))![1]).toBe("not sure");
  });

  it("yes and no still read yes and no", () => {
    const rows = toldUs(assess(profile({ audioTyping: true, canStudyPartTime: false }), dataset), dataset);
    expect([answerTo(rows, "Audio typing"), answerTo(rows, "Can study part-time")]).toEqual(["yes", "no"]);
  });
});

describe("pay of the roles after the target", () => {
  const report = assess(profile({ typingWpm: 40 }), dataset);
  const after = (next: unknown) => reportModel({ ...report, next } as typeof report, dataset).sections.at(-1)!;

  it("a band with one pay point shows one figure, not a range from it to itself", () => {
    expect(after([{ id: "x", title: "Single-rate role", bands: ["2"], pay: [{ band: "2", min: 25272, max: 25272 }], ready: false, lacks: [] }]).rows).toEqual([["Single-rate role", "band 2, £25,272", "check what it asks"]]);
  });

  it("a band with a range keeps it, and says what the person lacks for it", () => {
    const rows = after([{ id: "y", title: "Ranged role", bands: ["3", "4"], pay: [{ band: "3", min: 25000, max: 26000 }, { band: "4", min: 27000, max: 30000 }], ready: false, lacks: ["Typing speed"] }]).rows;
    expect(rows).toEqual([["Ranged role", "bands 3–4, £25,000–£30,000", "needs: Typing speed"]]);
  });
});

describe("pay now and in the role, for NHS staff", () => {
  // Wales's band 2 is one pay point, and the living wage floor puts band 3's entry point on it.
  const report = assess(profile({ experience: { adminMonths: 12 }, nation: "wales", currentJob: "nhs-admin", nhsBand: "2" }), dataset);
  const section = reportModel(report, dataset).sections.find((s) => s.title === "Your pay now, and in the role")!;

  it("writes a band of one pay point as one figure, and a change that may be nothing as 'up to'", () => {
    const band2 = dataset.pay.tables.find((t) => t.nation === "wales" && t.payYear === report.payYear)!.bands.find((b) => b.band === "2")!;
    expect(band2.points).toHaveLength(1);
    expect(section.rows[0]).toEqual(["Now: band 2", `£${band2.points[0]!.salary.toLocaleString("en-GB")}`]);
    expect(section.rows[1]![1]).toMatch(/^£[\d,]+–£[\d,]+: up to £[\d,]+ a year more$/);
    expect(section.rows.flat().join(" ")).not.toMatch(/£0\b|(£[\d,]+)–\1\b/);
  });

  it("names the band after the nation's own service", () => {
    expect(answerTo(toldUs(report, dataset), "NHS Wales band")).toBe("band 2");
  });
});

describe("titles inside sentences", () => {
  it("keep the capitals of acronyms and product names", () => {
    const unknownOffice = assess(profile({ typingWpm: 60, audioTyping: true, medicalTerminology: "some", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 24, healthcareMonths: 12 } }), dataset);
    const verdict = reportModel(unknownOffice, dataset).verdict;
    expect(verdict).toMatch(/office skills \(Word, Outlook, Excel\)/);
    const manager = assess(profile({ target: "practice-manager", typingWpm: 40 }), dataset);
    expect(reportModel(manager, dataset).verdict).toMatch(/GP practice manager/);
  });
});

describe("a skill a qualification shows beyond the person's own answer", () => {
  // Issue 15: what people say about themselves wins. The qualification is shown beside the answer, never over it.
  it("keeps the answer for the status, and shows the qualification beside it", () => {
    const returner = assess(profile({ typingWpm: 45, audioTyping: false, officeSkills: "basic", qualifications: ["amspar-diploma-l3"], experience: { secretarialMonths: 120, healthcareMonths: 120 }, currentJob: "not-working" }), dataset);
    const office = returner.gaps.find((g) => g.id === "office-skills")!;
    const w = wordContext(dataset, returner.nation, returner.target);
    expect(office).toMatchObject({ status: "partial" });
    expect(word(office.have, w)).toBe("you said basic; your Medical admin diploma L3 covered Office skills (confident)");
    expect(office.implied).toBeUndefined();
    const audio = returner.gaps.find((g) => g.id === "audio-typing")!;
    expect(audio).toMatchObject({ status: "missing" });
    expect(word(audio.have, w)).toBe("you said no; your Medical admin diploma L3 covered audio typing");
    const rows = reportModel(returner, dataset).sections.find((s) => s.title === "Where you stand")!.rows;
    expect(rows.find((r) => r[0]!.startsWith("Office skills"))![1]).toBe("you said basic; your Medical admin diploma L3 covered Office skills (confident)");
    // Her own answer reads the same in What you told us.
    expect(answerTo(toldUs(returner, dataset), "Office skills")).toBe("basic");
  });

  it("still fills a blank, and says which qualification it rests on", () => {
    const blank = assess(profile({ typingWpm: 45, qualifications: ["amspar-diploma-l3"], experience: { healthcareMonths: 120 }, currentJob: "not-working" }), dataset);
    const audio = blank.gaps.find((g) => g.id === "audio-typing")!;
    expect(audio).toMatchObject({ status: "met" });
    expect(word(audio.implied!, wordContext(dataset, blank.nation, blank.target))).toBe("your Medical admin diploma L3");
  });
});
