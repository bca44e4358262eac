// --set key=value: answers changed on the command line, parsed as they would be
// in an answers file and checked by the same schema, with the same errors.
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/answers/parse.js";
import { applySets, checkSets, parseSets, profileWithSets, SET_SOURCE } from "../../src/answers/set.js";
import { AnswersError, EXIT, formatIssue, UsageError } from "../../src/errors.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const BASE = profile({ typingWpm: 30, audioTyping: false, qualifications: ["gcse-english"], nation: "england" });

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected it to throw");
}

/** The lines a person would read for a --set that is refused. */
function refused(args: string[]): string[] {
  const e = thrown(() => profileWithSets(BASE, parseSets(args), dataset));
  expect(e).toBeInstanceOf(AnswersError);
  expect((e as AnswersError).exitCode).toBe(EXIT.dataError);
  return (e as AnswersError).issues.map(formatIssue);
}

describe("parseSets", () => {
  it("reads each value as YAML, as in an answers file", () => {
    const sets = parseSets(["typingWpm=55", "audioTyping=true", "medicalTerminology=some", "qualifications=[gcse-english, gcse-maths]", "experience.adminMonths=24", "typingWpm="]);
    expect(sets.map((s) => [s.path, s.value])).toEqual([
      [["typingWpm"], 55],
      [["audioTyping"], true],
      [["medicalTerminology"], "some"],
      [["qualifications"], ["gcse-english", "gcse-maths"]],
      [["experience", "adminMonths"], 24],
      // Empty: not known, as a blank answer in a file.
      [["typingWpm"], null],
    ]);
  });

  it("splits at the first =, so a value may hold one", () => {
    expect(parseSets(["name=a=b"])[0]).toMatchObject({ path: ["name"], value: "a=b" });
  });

  it.each([["typingWpm"], ["=55"], [".typingWpm=55"], ["experience..adminMonths=3"], ["experience.=3"]])("%s is a usage error (exit 2) with an example", (arg) => {
    const e = thrown(() => parseSets([arg]));
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).exitCode).toBe(EXIT.usage);
    expect((e as UsageError).message).toContain(arg);
    expect((e as UsageError).hint).toContain("--set typingWpm=55");
  });

  it("a value that is not valid YAML is an answers error naming the key", () => {
    const e = thrown(() => parseSets(["qualifications=[gcse-english"]));
    expect(e).toBeInstanceOf(AnswersError);
    expect((e as AnswersError).issues.map(formatIssue)).toEqual([expect.stringMatching(/^--set: qualifications: not valid YAML: /)]);
  });
});

describe("applySets", () => {
  it("sets nested keys, keeps the rest, applies in order and leaves the original alone", () => {
    const answers = { typingWpm: 30, experience: { adminMonths: 0, healthcareMonths: 12 } };
    const copy = structuredClone(answers);
    const out = applySets(answers, parseSets(["experience.adminMonths=24", "typingWpm=40", "typingWpm=45"]));
    expect(out).toEqual({ typingWpm: 45, experience: { adminMonths: 24, healthcareMonths: 12 } });
    expect(answers).toEqual(copy);
  });

  it("makes the mappings a nested key needs", () => {
    expect(applySets({ experience: {} }, parseSets(["currentJob.band=3"]))).toEqual({ experience: {}, currentJob: { band: 3 } });
  });

  it("turns __proto__ into a field the schema refuses, never a prototype", () => {
    const out = applySets({ experience: {} }, parseSets(["__proto__.polluted=1"]));
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe("profileWithSets", () => {
  it("changes only what was set, and round-trips the rest of the profile", () => {
    expect(profileWithSets(BASE, parseSets(["typingWpm=55", "audioTyping=true"]), dataset)).toEqual({ ...BASE, typingWpm: 55, audioTyping: true });
    expect(profileWithSets(BASE, [], dataset)).toEqual(BASE);
  });

  it("an empty value makes an answer unknown", () => {
    const p = profileWithSets(BASE, parseSets(["typingWpm="]), dataset);
    expect(p.typingWpm).toBeUndefined();
  });

  it("gives the same profile as an answers file with the value written in", () => {
    const file = parseAnswers("typingWpm: 30\naudioTyping: false\nqualifications: [gcse-english]\nnation: ENGLAND\nexperience:\n  adminMonths: 24\n", dataset, "me.yaml");
    const viaSet = profileWithSets({ ...file, experience: { ...file.experience, adminMonths: 0 }, nation: "wales" }, parseSets(["experience.adminMonths=24", "nation=England"]), dataset);
    expect(viaSet).toEqual(file);
  });

  it.each([
    [["typingWpm=300"], "--set: typingWpm: should be at most 250 words per minute"],
    [["typingwpm=50"], "--set: typingwpm: is not a known field (did you mean typingWpm?)"],
    [["experience.adminMonth=3"], "--set: experience.adminMonth: is not a known field (did you mean adminMonths?)"],
    [["audioTyping=yes"], "--set: audioTyping: should be true or false"],
    [["experience.adminMonths=1.5"], "--set: experience.adminMonths: should be a whole number of months"],
    [["__proto__.x=1"], "--set: __proto__: is not a known field (check its spelling)"],
  ])("%j is refused as a file would be: %s", (args, message) => {
    expect(refused(args)).toEqual([message]);
  });

  it.each([
    [["qualifications=gcse-maths"], "--set: qualifications: should be a list in [ ], even of one: write --set 'qualifications=[gcse-maths]'"],
    [["qualifications=gcse-english,gcse-maths"], "--set: qualifications: should be a list in [ ], even of one: write --set 'qualifications=[gcse-english,gcse-maths]'"],
    [["qualifications=[degree]", "qualifications=degree"], "--set: qualifications: should be a list in [ ], even of one: write --set 'qualifications=[degree]'"],
  ])("%j, one value where a list is wanted, is told how to write the list", (args, message) => {
    expect(refused(args)).toEqual([message]);
    const e = thrown(() => checkSets(parseSets(args), dataset));
    expect((e as AnswersError).issues.map(formatIssue)).toEqual([message]);
  });

  it("a list given last wins over a single value before it, and its own mistakes are said as they are", () => {
    expect(() => checkSets(parseSets(["qualifications=degree", "qualifications=[degree]"]), dataset)).not.toThrow();
    expect(refused(["qualifications=degree", "qualifications=[gcse-englsh]"])[0]).toMatch(/^--set: qualifications\[0\]: "gcse-englsh" is not a qualification id/);
  });

  it("an unknown qualification or role is refused, naming the --set key", () => {
    expect(refused(["qualifications=[gcse-english, gcse-englsh]"])[0]).toMatch(/^--set: qualifications\[1\]: "gcse-englsh" is not a qualification id/);
    expect(refused(["target=medical-secretry"])[0]).toMatch(/^--set: target: .*did you mean medical-secretary\?/);
  });
});

describe("checkSets", () => {
  it("passes good sets and refuses bad ones with no answers to apply them to", () => {
    expect(() => checkSets(parseSets(["typingWpm=55", "experience.adminMonths=24", "qualifications=[degree]"]), dataset)).not.toThrow();
    expect(() => checkSets([], dataset)).not.toThrow();
    const e = thrown(() => checkSets(parseSets(["typingWpm=fast"]), dataset));
    expect(e).toBeInstanceOf(AnswersError);
    expect((e as AnswersError).issues[0]).toMatchObject({ file: SET_SOURCE, field: "typingWpm" });
  });
});

describe("an age and an age group are one answer", () => {
  it("a set age replaces the group the answers gave, and a set group the age", () => {
    const young = profile({ ...BASE, ageGroup: "16-17" });
    expect(profileWithSets(young, parseSets(["age=30"]), dataset)).toMatchObject({ age: 30, ageGroup: "21+" });
    const exact = profile({ ...BASE, age: 30, ageGroup: "21+" });
    const grouped = profileWithSets(exact, parseSets(["ageGroup=19-20"]), dataset);
    expect(grouped.ageGroup).toBe("19-20");
    expect(grouped.age).toBeUndefined();
  });

  it("set both, the later wins, as with any answer set twice", () => {
    const p = profileWithSets(BASE, parseSets(["age=30", "ageGroup=16-17"]), dataset);
    expect(p.ageGroup).toBe("16-17");
    expect(p.age).toBeUndefined();
  });

  it("emptying one leaves the other", () => {
    const young = profile({ ...BASE, age: 17, ageGroup: "16-17" });
    expect(profileWithSets(young, parseSets(["ageGroup="]), dataset)).toMatchObject({ age: 17, ageGroup: "16-17" });
  });
});

describe("--set reads answers as people write them, as an answers file does", () => {
  it("16–17, Northern Ireland, Band 3 and 8A", () => {
    const p = profileWithSets(BASE, parseSets(["ageGroup=16–17", "nation=Northern Ireland", "nhsBand=Band 3"]), dataset);
    expect(p).toMatchObject({ ageGroup: "16-17", nation: "northern-ireland", nhsBand: "3" });
    expect(profileWithSets(BASE, parseSets(["nhsBand=8A"]), dataset).nhsBand).toBe("8a");
  });

  it("band 1 for England is refused, naming the bands England has", () => {
    expect(refused(["nhsBand=1"])).toEqual(["--set: nhsBand: band 1 is not in England's Agenda for Change pay tables, which have bands 2, 3, 4, 5, 6, 7, 8a, 8b, 8c, 8d, 9; band 1 is in Scotland's"]);
  });
});

