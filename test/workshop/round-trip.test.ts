// `workshop --template` is what staff build their form from, so what the form
// exports must read back: every heading recognised, and any profile written as
// a row under those headings read back as the same profile.

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { assess } from "../../src/engine/assess.js";
import { targetRoles } from "../../src/engine/routes.js";
import { AGE_GROUPS, CURRENT_JOBS, NATIONS, OFFICE_LEVELS, TERMINOLOGY_LEVELS, type Profile } from "../../src/engine/types.js";
import { ageGroupOf } from "../../src/engine/person.js";
import { COLUMNS, fieldFor, type Field } from "../../src/workshop/columns.js";
import { registeredAnswer, REGISTERED_ANSWERS } from "../../src/model/answers.js";
import { readCsvResponses } from "../../src/workshop/responses.js";
import { runCli, type Run } from "../helpers/cli.js";
import { profile, shippedDataset } from "../helpers/dataset.js";
import { registeredArbitrary } from "../helpers/arbitrary.js";

const dataset = shippedDataset();
let template: Run;
let headers: string[];
let sample: string[];
beforeAll(async () => {
  template = await runCli(["workshop", "--template"]);
  [headers, sample] = parse(template.stdout) as [string[], string[]];
});

describe("workshop --template", () => {
  it("prints a header and one sample row, exit 0, nothing on stderr", async () => {
    expect(template.code).toBe(0);
    expect(template.stderr).toBe("");
    expect(parse(template.stdout)).toHaveLength(2);
    expect(headers).toHaveLength(COLUMNS.length);
    expect(sample).toHaveLength(COLUMNS.length);
  });

  it("has one heading for every field, each recognised as that field", async () => {
    const fields = headers.map((h) => fieldFor(h));
    expect(fields).toEqual(COLUMNS.map((c) => c.field));
    expect(new Set(fields).size).toBe(COLUMNS.length);
  });

  it("reads back with no column ignored; its sample row, once edited, is assessed with no errors", async () => {
    // Left as it is, the sample row is recognised and skipped.
    const untouched = readCsvResponses(template.stdout, dataset);
    expect(untouched.skippedSample).toBe(2);
    expect(untouched.attendees).toEqual([]);
    // A form filled in from the template differs from the sample somewhere (here, one more wpm).
    const r = readCsvResponses(template.stdout.replace(/^A\.B\.,42,/m, "A.B.,42 wpm,"), dataset);
    expect(r.ignoredColumns).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.attendees).toEqual([
      {
        row: 2,
        name: "A.B.",
        profile: profile({
          typingWpm: 42,
          audioTyping: false,
          medicalTerminology: "some",
          officeSkills: "confident",
          qualifications: ["gcse-english", "gcse-maths"],
          experience: { adminMonths: 12, customerServiceMonths: 24, healthcareMonths: 0, secretarialMonths: 0 },
          needsToEarnWhileLearning: true,
          canStudyPartTime: true,
          nation: "england",
          target: "medical-secretary",
          currentJob: "customer-facing",
          ageGroup: "21+",
          hoursPerWeek: "full-time",
        }),
      },
    ]);
    const report = assess(r.attendees[0]!.profile, dataset);
    expect(report.target.id).toBe("medical-secretary");
    expect(report.routes.length).toBeGreaterThan(0);
  });
});

// ---- any profile, written under the template's headings, reads back --------

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const yesNo = (v: boolean | undefined, style: number) => (v === undefined ? "" : [["yes", "no"], ["Y", "N"], ["TRUE", "false"], ["Yes", "No"]][style]![v ? 0 : 1]!);

const qualIds = dataset.qualifications.map((q) => q.id);
const targetIds = targetRoles(dataset).map((r) => r.id);
const monthsArb = fc.integer({ min: 0, max: 600 });

/** A registered answer in a cell, in the column's own unit; none as "none", which reads back as an empty list. */
function registeredCell(value: unknown): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.join("; ");
  return String(value);
}

const registeredArbs = Object.fromEntries(REGISTERED_ANSWERS.map((a) => [a.key, optional(registeredArbitrary(a.value, Infinity))]));

const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    ...registeredArbs,
    typingWpm: optional(fc.integer({ min: 0, max: 250 })),
    audioTyping: optional(fc.boolean()),
    medicalTerminology: optional(fc.constantFrom(...TERMINOLOGY_LEVELS)),
    officeSkills: optional(fc.constantFrom(...OFFICE_LEVELS)),
    qualifications: fc.uniqueArray(fc.constantFrom(...qualIds), { maxLength: 5 }),
    experience: fc.record({ adminMonths: monthsArb, customerServiceMonths: monthsArb, healthcareMonths: monthsArb, secretarialMonths: monthsArb }),
    needsToEarnWhileLearning: optional(fc.boolean()),
    canStudyPartTime: optional(fc.boolean()),
    nation: optional(fc.constantFrom(...NATIONS)),
    target: optional(fc.constantFrom(...targetIds)),
    currentJob: optional(fc.constantFrom(...CURRENT_JOBS)),
    nhsBand: optional(fc.constantFrom("2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9")),
    studying: fc.uniqueArray(fc.constantFrom(...qualIds), { maxLength: 2 }),
    // An age, or only a group: the sheet's one Age column takes either.
    age: optional(fc.oneof(fc.record({ age: fc.integer({ min: 14, max: 100 }) }), fc.record({ ageGroup: fc.constantFrom(...AGE_GROUPS) }))),
  })
  .map(({ age, studying, ...p }) => {
    for (const a of REGISTERED_ANSWERS) if ((p as Record<string, unknown>)[a.key] === undefined) delete (p as Record<string, unknown>)[a.key];
    // Working towards is never what is held already, and none is left out rather than empty.
    const towards = studying.filter((id) => !p.qualifications.includes(id));
    // The group "18" is the age 18, and the sheet reads it so.
    const full = profile({ ...p, ...(towards.length > 0 ? { studying: towards } : {}), ...(age && "ageGroup" in age && age.ageGroup === "18" ? { age: 18 } : age) });
    // As the answers parser does: an age fills in its group.
    if (full.age !== undefined) full.ageGroup = ageGroupOf(full);
    return full;
  });

interface Written {
  name: string | undefined;
  profile: Profile;
  /** How each cell is spelled: ids or short names, yes/no style. */
  style: { short: boolean[]; yesNo: number; wpmUnit: boolean };
}

const writtenArb: fc.Arbitrary<Written> = fc.record({
  name: optional(fc.string({ maxLength: 30, unit: "grapheme" })),
  profile: profileArb,
  style: fc.record({ short: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), yesNo: fc.integer({ min: 0, max: 3 }), wpmUnit: fc.boolean() }),
});

function cellFor(field: Field, w: Written): string {
  const p = w.profile;
  switch (field) {
    case "label":
      return w.name ?? "";
    case "typingWpm":
      return p.typingWpm === undefined ? "" : `${p.typingWpm}${w.style.wpmUnit ? " wpm" : ""}`;
    case "audioTyping":
    case "needsToEarnWhileLearning":
    case "canStudyPartTime":
      return yesNo(p[field], w.style.yesNo);
    case "medicalTerminology":
    case "officeSkills":
    case "nation":
    case "target":
    case "currentJob":
    case "nhsBand":
      return p[field] ?? "";
    case "age":
      return p.age !== undefined ? String(p.age) : (p.ageGroup ?? "");
    case "qualifications":
    case "studying":
      return (p[field] ?? [])
        .map((id, i) => (w.style.short[i] ? (dataset.qualifications.find((q) => q.id === id)!.short ?? id) : id))
        .join("; ");
    case "experience.adminMonths":
    case "experience.customerServiceMonths":
    case "experience.healthcareMonths":
    case "experience.secretarialMonths":
      return String(p.experience[field.slice("experience.".length) as keyof Profile["experience"]]);
    default:
      return registeredAnswer(field) ? registeredCell(p[field]) : "";
  }
}

function sheet(people: readonly Written[], blankBefore: readonly boolean[] = []): { text: string; rows: number[] } {
  const lines = [headers.map(quote).join(",")];
  const rows: number[] = [];
  people.forEach((w, i) => {
    if (blankBefore[i]) lines.push("");
    lines.push(COLUMNS.map((c) => quote(cellFor(c.field, w))).join(","));
    rows.push(lines.length);
  });
  return { text: `${lines.join("\r\n")}\r\n`, rows };
}

describe("round trip through the template's headings (property)", () => {
  it("profiles written as rows read back equal, with their names and row numbers", async () => {
    fc.assert(
      fc.property(fc.array(writtenArb, { minLength: 1, maxLength: 8 }), (people) => {
        const { text, rows } = sheet(people);
        const r = readCsvResponses(text, dataset);
        expect(r.errors).toEqual([]);
        expect(r.ignoredColumns).toEqual([]);
        expect(r.attendees.map((a) => a.row)).toEqual(rows);
        expect(r.attendees.map((a) => a.profile)).toEqual(people.map((w) => w.profile));
        expect(r.attendees.map((a) => a.name)).toEqual(people.map((w) => w.name?.trim() || undefined));
      }),
      { numRuns: 200 },
    );
  });

  it("blank rows anywhere are skipped and the row numbers still count them", async () => {
    fc.assert(
      fc.property(
        fc.array(writtenArb, { minLength: 1, maxLength: 6 }).chain((people) => fc.tuple(fc.constant(people), fc.array(fc.boolean(), { minLength: people.length, maxLength: people.length }))),
        ([people, blanks]) => {
          const { text, rows } = sheet(people, blanks);
          const r = readCsvResponses(text, dataset);
          expect(r.errors).toEqual([]);
          expect(r.attendees.map((a) => a.row)).toEqual(rows);
          expect(r.attendees.map((a) => a.profile)).toEqual(people.map((w) => w.profile));
        },
      ),
      { numRuns: 100 },
    );
  });
});
