// The answers added after 0.2 (hours, circumstances, time out of work, Welsh,
// years on band) on each surface: answers files, typed answers, workshop
// cells, "What you told us" and compare.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswersError } from "../../src/errors.js";
import { parseAnswers } from "../../src/answers/parse.js";
import { parseDuration, parseRegistered, type TypedValue } from "../../src/answers/typed.js";
import { earlierAnswer, registeredAnswer } from "../../src/model/answers.js";
import { assess } from "../../src/engine/assess.js";
import { toldUs } from "../../src/render/report-model.js";
import { readCsvResponses } from "../../src/workshop/responses.js";
import { profile, shippedDataset } from "../helpers/dataset.js";
import { runCli } from "../helpers/cli.js";

const dataset = shippedDataset();
const read = (text: string) => parseAnswers(`${text}\nexperience: {}\n`, dataset, "me.yaml");
const problem = (text: string) => {
  try {
    read(text);
  } catch (e) {
    if (e instanceof AnswersError) return e.issues.map((i) => `${i.field}: ${i.message}`).join("\n");
    throw e;
  }
  return "";
};

describe("in an answers file", () => {
  it("reads each, as written in any case, a list once each in the order given", () => {
    expect(read("hoursPerWeek: 37.5\ncircumstances: [carer, Qualified abroad, carer]\noutOfWorkMonths: 120\nwelsh: Fluent\nbandYears: 6")).toMatchObject({
      hoursPerWeek: 37.5,
      circumstances: ["carer", "qualified-abroad"],
      outOfWorkMonths: 120,
      welsh: "fluent",
      bandYears: 6,
    });
    expect(read("hoursPerWeek: Full-Time").hoursPerWeek).toBe("full-time");
    // An empty list is an answer: none of these.
    expect(read("circumstances: []").circumstances).toEqual([]);
    // null or left out: not said.
    expect(read("hoursPerWeek: null\nwelsh: null")).not.toHaveProperty("hoursPerWeek");
  });

  it.each([
    ["hoursPerWeek: 0", /hoursPerWeek: should be at least 1 hour$/m],
    ["hoursPerWeek: fulltime", /hoursPerWeek: should be a number of hours from 1 to 60, or full-time \(did you mean full-time\?\)/],
    ["circumstances: none", /circumstances: should be a list of any of: .* \(an empty list, \[\], means none of these\)/],
    ["hoursPerWeek: 61", /hoursPerWeek: should be at most 60 hours/],
    ["hoursPerWeek: part-time", /hoursPerWeek: should be a number of hours from 1 to 60, or full-time/],
    ["circumstances: carer", /circumstances: should be a list/],
    ["circumstances: [disabled]", /circumstances\[0\]: must be one of: carer, armed-forces, adjustments, qualified-abroad/],
    ["outOfWorkMonths: 1.5", /outOfWorkMonths: should be a whole number of months/],
    ["welsh: some", /welsh: must be one of: none, learning, fluent/],
    ["bandYears: 51", /bandYears: should be at most 50 years/],
  ])("refuses %j, naming the key", (text, message) => expect(problem(text)).toMatch(message));
});

describe("typed at a prompt or in a cell", () => {
  const hours = registeredAnswer("hoursPerWeek")!.value;
  const months = registeredAnswer("outOfWorkMonths")!.value;
  const years = registeredAnswer("bandYears")!.value;
  const circumstances = registeredAnswer("circumstances")!.value;

  it.each([
    [hours, "20", 20],
    [hours, "16 hours a week", 16],
    [hours, "Full time", "full-time"],
    [hours, "", undefined],
    [hours, "not sure", undefined],
    [months, "5 years", 60],
    [months, "18 months", 18],
    [years, "3", 3],
    [years, "18 months", 1.5],
    [circumstances, "carer; Armed forces", ["carer", "armed-forces"]],
    [circumstances, "none", []],
    // "Never" worked since is no length: not said, not "under a month".
    [months, "never", undefined],
    [months, "Never", undefined],
  ])("%j reads %j as %j", (value, text, expected) => expect(parseRegistered(value, text)).toEqual({ ok: true, value: expected }));

  it.each([
    [hours, "70"],
    [hours, "lots"],
    // Years or months? At a prompt a bare number is refused, as for experience.
    [months, "5"],
    [circumstances, "veteran"],
    // A negative length is refused where it is typed, so the prompt asks again.
    [years, "-1"],
    [years, "-0.5"],
    [months, "-2 years"],
  ])("%j refuses %j", (value, text) => expect(parseRegistered(value, text).ok).toBe(false));

  it("asks whether full-time was meant, where the letters are full-time's, and only then", () => {
    expect(parseRegistered(hours, "fulltime")).toEqual({ ok: false, error: expect.stringMatching(/ Did you mean full-time\?$/) });
    expect(parseRegistered(hours, "part-time")).toEqual({ ok: false, error: expect.not.stringContaining("Did you mean") });
  });

  it("takes a bare number in a sheet's column in its unit", () => {
    expect(parseRegistered(months, "5", "years")).toEqual({ ok: true, value: 60 });
    expect(parseRegistered(months, "5", "months")).toEqual({ ok: true, value: 5 });
  });

  // The kinds the older answers hold, as an answer added of that kind would be typed.
  it("reads a length of work, where a blank is none, as the experience questions always have", () => {
    const work = earlierAnswer("experience.adminMonths")!.value as TypedValue;
    expect(parseRegistered(work, "")).toEqual({ ok: true, value: 0 });
    expect(parseRegistered(work, "2 years")).toEqual({ ok: true, value: 24 });
    expect(parseRegistered(work, "2")).toEqual(parseDuration("2"));
    // A blank in a length that is not of work is not said.
    expect(parseRegistered(months, "")).toEqual({ ok: true, value: undefined });
  });

  it("reads an age in whole years in its range, and an age group as people write one", () => {
    const age = earlierAnswer("age")!.value as TypedValue;
    const group = earlierAnswer("ageGroup")!.value as TypedValue;
    expect(parseRegistered(age, "34")).toEqual({ ok: true, value: 34 });
    for (const bad of ["34.5", "13", "101", "old"]) expect(parseRegistered(age, bad).ok).toBe(false);
    expect(parseRegistered(group, "21 or over")).toEqual({ ok: true, value: "21+" });
    expect(parseRegistered(group, "16 to 17")).toEqual({ ok: true, value: "16-17" });
    expect(parseRegistered(group, "rather not say")).toEqual({ ok: true, value: undefined });
    expect(parseRegistered(group, "22-30")).toMatchObject({ ok: false });
  });
});

describe("in a workshop sheet", () => {
  it("reads the new columns after the old ones, a heading in years read as years", () => {
    const csv = "Typing speed,Hours a week,Circumstances,Welsh,Years on band,NHS band,Nation,Time since last paid work (years)\n40,full-time,adjustments,learning,4,5,wales,\n30,20,none,,,,england,2\n";
    const r = readCsvResponses(csv, dataset);
    expect(r.errors).toEqual([]);
    expect(r.attendees.map((a) => a.profile)).toEqual([
      profile({ typingWpm: 40, hoursPerWeek: "full-time", circumstances: ["adjustments"], welsh: "learning", bandYears: 4, nhsBand: "5", nation: "wales", qualificationsUnknown: true }),
      profile({ typingWpm: 30, hoursPerWeek: 20, circumstances: [], nation: "england", outOfWorkMonths: 24, qualificationsUnknown: true }),
    ]);
  });

  it("leaves a cell it cannot read as not said, and still reads the row", async () => {
    const r = await runCli(["workshop", "-", "--json"], { input: "Typing speed,Hours,Circumstances\n40,lots,veteran\n" });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('row 2, Hours: "lots": Write the hours a week as a number from 1 to 60');
    expect(r.stderr).toContain("row 2, Circumstances: Each item must be one of: carer, armed-forces, adjustments, qualified-abroad");
    expect(r.stderr).not.toContain("veteran");
  });

  it("never repeats what a circumstances cell held, on the room's screen or anywhere: it may be the reason for adjustments", async () => {
    const reason = "adjustments; dyslexia";
    const long = `adjustments; ${"my private medical history ".repeat(200)}`;
    for (const cell of [reason, long]) {
      const r = await runCli(["workshop", "-", "--summary", "--plain"], { input: `Name,Typing speed,Circumstances\nAnn,40,"${cell}"\nBob,40,carer\n` });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain("row 2, Circumstances:");
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/dyslexia|private medical/);
    }
    const set = await runCli(["assess", "--answers", "examples/school-leaver.yaml", "--set", "circumstances=adjustments;dyslexia", "--format", "plain"]);
    expect(`${set.stdout}${set.stderr}`).not.toContain("dyslexia");
  });
});

describe("read back", () => {
  const rows = (text: string) => Object.fromEntries(toldUs(assess(read(text), dataset), dataset).map(([k, v]) => [k, v]));

  it("shows each given, and each the person would be asked as \"not said\" where blank", () => {
    const told = rows("nation: wales\ncurrentJob: nhs-admin\nnhsBand: 4\nhoursPerWeek: 18\ncircumstances: [carer, adjustments]");
    expect(told["Hours a week"]).toBe("18 hours");
    expect(told["Circumstances"]).toBe("carer, adjustments wanted");
    expect(told["Welsh"]).toBe("not said");
    expect(told["Years on band"]).toBe("not said");
    // Not in work is not asked of someone in work.
    expect(told).not.toHaveProperty("Since last paid work");
  });

  it("shows none of them for a file that gives none, as before they were added", () => {
    const told = rows("nation: wales\ncurrentJob: not-working");
    for (const label of ["Hours a week", "Circumstances", "Since last paid work", "Welsh", "Years on band"]) expect(told).not.toHaveProperty(label);
  });

  it("keeps no reason for adjustments: there is no key for one, and saved answers hold only the choice", async () => {
    expect(problem("circumstances: [adjustments]\nadjustmentsReason: dyslexia")).toMatch(/adjustmentsReason: is not a known field/);
    const saved = join(mkdtempSync(join(tmpdir(), "medsec-adjust-")), "me.yaml");
    const r = await runCli(["assess", "--answers", "-", "--save-answers", saved], { input: "circumstances: [adjustments]\nexperience: {}\n" });
    expect(r.code).toBe(0);
    const kept = readFileSync(saved, "utf8");
    expect(kept).toMatch(/circumstances:\n\s+- adjustments\n/);
    expect(kept).not.toMatch(/reason/i);
  });

  it("in compare, as \"not said\" before and in words after", async () => {
    const r = await runCli(["assess", "--answers", "examples/school-leaver.yaml", "--set", "hoursPerWeek=16", "--set", "circumstances=[carer]", "--format", "plain"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hours a week\n\s+Now: not said\n\s+What if: 16 hours/);
    expect(r.stdout).toMatch(/Circumstances\n\s+Now: not said\n\s+What if: carer/);
    expect(r.stdout).toContain("Changing your hours a week to 16 hours and your circumstances to carer");
  });
});
