// Answers files (YAML or JSON) into a Profile, and every mistake in one as an
// AnswersError (exit 65) that names the key and the line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/answers/parse.js";
import type { Profile } from "../../src/engine/types.js";
import { AnswersError, ISSUES_SHOWN, type Issue } from "../../src/errors.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";
import { expectQuietStderr } from "../helpers/expect.js";

const dataset = shippedDataset();
const FIXTURES = join(ROOT, "test/fixtures/answers");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

const FULL: Profile = {
  typingWpm: 45,
  audioTyping: true,
  medicalTerminology: "some",
  officeSkills: "confident",
  qualifications: ["gcse-english", "gcse-maths", "amspar-medical-terminology"],
  experience: { adminMonths: 12, customerServiceMonths: 6, healthcareMonths: 3, secretarialMonths: 0 },
  needsToEarnWhileLearning: true,
  canStudyPartTime: false,
  nation: "wales",
  target: "medical-secretary",
};

const NO_EXPERIENCE = { adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 };

/** Parses text that must fail, and returns the AnswersError it fails with. */
function failure(text: string, file = "answers.yaml"): AnswersError {
  let caught: unknown;
  try {
    parseAnswers(text, dataset, file);
  } catch (e) {
    caught = e;
  }
  expect(caught, `should not parse:\n${text}`).toBeInstanceOf(AnswersError);
  const error = caught as AnswersError;
  expect(error.exitCode).toBe(65);
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) expect(issue.file).toBe(file);
  return error;
}

function only(error: AnswersError, field: string | undefined): Issue {
  const matching = error.issues.filter((i) => i.field === field);
  expect(matching, JSON.stringify(error.issues)).toHaveLength(1);
  return matching[0]!;
}

describe("parseAnswers: valid answers", () => {
  it("a full YAML file gives the Profile it describes", async () => {
    expect(parseAnswers(fixture("full.yaml"), dataset, "full.yaml")).toEqual(FULL);
  });

  it("the same answers as JSON give the same Profile", async () => {
    expect(parseAnswers(fixture("full.json"), dataset, "full.json")).toEqual(FULL);
    expect(parseAnswers(fixture("full.json"), dataset, "full.json")).toEqual(parseAnswers(fixture("full.yaml"), dataset, "full.yaml"));
  });

  it("only experience is required; an empty experience means no months of anything", async () => {
    // Qualifications not listed at all are not known, which is not the same as none.
    expect(parseAnswers(fixture("minimal.yaml"), dataset, "minimal.yaml")).toEqual({ qualifications: [], qualificationsUnknown: true, experience: NO_EXPERIENCE });
    expect(parseAnswers('{"experience": {}}', dataset, "a.json")).toEqual({ qualifications: [], qualificationsUnknown: true, experience: NO_EXPERIENCE });
    expect(parseAnswers('{"experience": {}, "qualifications": []}', dataset, "a.json")).toEqual({ qualifications: [], experience: NO_EXPERIENCE });
  });

  const OPTIONAL = [
    "typingWpm",
    "audioTyping",
    "medicalTerminology",
    "officeSkills",
    "qualifications",
    "needsToEarnWhileLearning",
    "canStudyPartTime",
    "nation",
    "target",
  ] as const;

  it.each(OPTIONAL)("%s may be left out (unknown)", (key) => {
    const answers: Record<string, unknown> = JSON.parse(fixture("full.json")) as Record<string, unknown>;
    delete answers[key];
    const expected: Profile = { ...FULL };
    if (key === "qualifications") {
      expected.qualifications = [];
      expected.qualificationsUnknown = true;
    } else delete expected[key];
    expect(parseAnswers(JSON.stringify(answers), dataset, "a.json")).toEqual(expected);
  });

  it.each(OPTIONAL.filter((k) => k !== "qualifications"))("%s may be null, which also means unknown", (key) => {
    const answers: Record<string, unknown> = JSON.parse(fixture("full.json")) as Record<string, unknown>;
    answers[key] = null;
    const expected: Profile = { ...FULL };
    delete expected[key];
    const profile = parseAnswers(JSON.stringify(answers), dataset, "a.json");
    expect(profile).toEqual(expected);
    expect(key in profile).toBe(false);
  });

  it.each(["adminMonths", "customerServiceMonths", "healthcareMonths", "secretarialMonths"] as const)(
    "experience.%s defaults to 0 when left out",
    (key) => {
      const profile = parseAnswers(`experience:\n  ${key}: 7\n`, dataset, "a.yaml");
      expect(profile.experience).toEqual({ ...NO_EXPERIENCE, [key]: 7 });
    },
  );

  it("takes the edges of each range: 0 and 250 wpm, 0 and 600 months", async () => {
    expect(parseAnswers("typingWpm: 0\nexperience: {}\n", dataset, "a.yaml").typingWpm).toBe(0);
    expect(parseAnswers("typingWpm: 250\nexperience: {}\n", dataset, "a.yaml").typingWpm).toBe(250);
    expect(parseAnswers("experience: {adminMonths: 600, healthcareMonths: 0}\n", dataset, "a.yaml").experience.adminMonths).toBe(600);
  });

  it("a repeated qualification counts once", async () => {
    expect(parseAnswers("qualifications: [degree, degree]\nexperience: {}\n", dataset, "a.yaml").qualifications).toEqual(["degree"]);
  });

  it("every nation is accepted", async () => {
    for (const nation of ["england", "scotland", "wales", "northern-ireland"] as const) {
      expect(parseAnswers(`nation: ${nation}\nexperience: {}\n`, dataset, "a.yaml").nation).toBe(nation);
    }
  });
});

interface BadCase {
  name: string;
  text: string;
  field: string;
  line: number;
  message?: RegExp;
}

const BAD: BadCase[] = [
  { name: "an unknown key", text: "experience: {}\ntypingSpeed: 45\n", field: "typingSpeed", line: 2, message: /not a known field/ },
  { name: "an unknown key inside experience", text: "experience:\n  adminMonths: 3\n  adminMonth: 3\n", field: "experience.adminMonth", line: 3 },
  { name: "a string for typingWpm", text: "experience: {}\ntypingWpm: fast\n", field: "typingWpm", line: 2, message: /number/ },
  { name: "a string for a yes/no answer", text: 'experience: {}\naudioTyping: "yes"\n', field: "audioTyping", line: 2 },
  { name: "a number for qualifications", text: "experience: {}\n\nqualifications: 3\n", field: "qualifications", line: 3 },
  { name: "a list for experience", text: "typingWpm: 40\nexperience:\n  - adminMonths: 3\n", field: "experience", line: 2 },
  { name: "typingWpm 251", text: "experience: {}\ntypingWpm: 251\n", field: "typingWpm", line: 2, message: /250/ },
  { name: "typingWpm -1", text: "experience: {}\nnation: england\ntypingWpm: -1\n", field: "typingWpm", line: 3, message: /negative/ },
  { name: "negative months", text: "experience:\n  healthcareMonths: -2\n", field: "experience.healthcareMonths", line: 2, message: /negative/ },
  { name: "601 months", text: "experience:\n  secretarialMonths: 601\n", field: "experience.secretarialMonths", line: 2, message: /600/ },
  {
    name: "non-integer months",
    text: "experience:\n  adminMonths: 0\n  customerServiceMonths: 1.5\n",
    field: "experience.customerServiceMonths",
    line: 3,
    // The schema's own words; "should be int, not number" is jargon to a person.
    message: /whole number of months/,
  },
  { name: "a medicalTerminology level that does not exist", text: "experience: {}\nmedicalTerminology: fluent\n", field: "medicalTerminology", line: 2, message: /none, some, qualified/ },
  { name: "an unknown nation", text: "experience: {}\nnation: france\n", field: "nation", line: 2, message: /england/ },
  {
    name: "an unknown qualification id",
    text: "experience: {}\nqualifications:\n  - gcse-english\n  - gcse-latin\n",
    field: "qualifications[1]",
    line: 4,
    message: /"gcse-latin" is not a qualification id/,
  },
  {
    name: "a mistyped qualification id, which gets a suggestion",
    text: "experience: {}\nqualifications: [gcse-english, gsce-maths]\n",
    field: "qualifications[1]",
    line: 2,
    message: /"gsce-maths" is not a qualification id \(did you mean gcse-maths\?\); use one of: gcse-english, /,
  },
  {
    name: "an id near none of the qualifications, which gets the list alone",
    text: "experience: {}\nqualifications: [nvq-level-5-cookery]\n",
    field: "qualifications[0]",
    line: 2,
    message: /^"nvq-level-5-cookery" is not a qualification id; use one of: gcse-english, /,
  },
  {
    name: "a mistyped id of a qualification being worked towards",
    text: "experience: {}\nstudying: [busines-administrator-apprenticeship]\n",
    field: "studying[0]",
    line: 2,
    message: /did you mean business-administrator-apprenticeship\?/,
  },
  {
    name: "a qualification both held and being worked towards",
    text: "experience: {}\nqualifications: [gcse-maths]\nstudying:\n  - gcse-english\n  - gcse-maths\n",
    field: "studying[1]",
    line: 5,
    message: /"gcse-maths" is under qualifications too/,
  },
  { name: "an unknown target role", text: "experience: {}\ntarget: astronaut\n", field: "target", line: 2, message: /"astronaut"/ },
  { name: "a missing experience", text: "typingWpm: 40\nnation: wales\n", field: "experience", line: 1, message: /required/ },
  {
    name: "a mistake in JSON",
    text: '{\n  "experience": {},\n  "typingWpm": "fast"\n}\n',
    field: "typingWpm",
    line: 3,
  },
];

describe("parseAnswers: mistakes name the key and the line", () => {
  it.each(BAD)("$name", ({ text, field, line, message }) => {
    const error = failure(text);
    const issue = only(error, field);
    expect(issue.line).toBe(line);
    if (message) expect(issue.message).toMatch(message);
    expect(error.message).toContain(`answers.yaml:${line}: ${field}: `);
  });

  it("reports every mistake at once, each on its own line", async () => {
    const error = failure("typingWpm: 300\nexperience:\n  adminMonths: -1\nsurname: Smith\n");
    expect(error.issues.map((i) => [i.field, i.line]).sort()).toEqual(
      [
        ["experience.adminMonths", 3],
        ["surname", 4],
        ["typingWpm", 1],
      ].sort(),
    );
  });

  it("broken YAML names the line", async () => {
    const error = failure("experience: {}\ntypingWpm: 45: 50\nnation: wales\n");
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.line).toBe(2);
    expect(error.issues[0]!.message).toMatch(/not valid YAML/);
  });

  it("broken JSON names the line", async () => {
    const error = failure('{\n  "experience": {},\n  "typingWpm": 45,,\n}\n', "a.json");
    expect(error.issues[0]!.line).toBe(3);
    expect(error.issues[0]!.message).toMatch(/not valid JSON/);
  });

  it("a key given twice is named as a mistake, not silently overwritten", async () => {
    const error = failure("experience: {}\ntypingWpm: 30\ntypingWpm: 60\n");
    expect(error.issues[0]!.line).toBe(3);
  });

  it.each([
    ["an empty file", ""],
    ["only a comment", "# nothing yet\n"],
    ["only whitespace", "\n\n   \n"],
  ])("%s says experience is needed", (_, text) => {
    const error = failure(text);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.message).toMatch(/empty/);
    expect(error.issues[0]!.message).toMatch(/experience/);
  });

  it.each([
    ["a top-level list", "- typingWpm: 45\n- experience: {}\n"],
    ["a JSON array", '[{"experience": {}}]'],
    ["a bare string", "medical secretary\n"],
    ["a bare number", "45\n"],
  ])("%s says the file should be a mapping, on line 1", (_, text) => {
    const error = failure(text);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.line).toBe(1);
    expect(error.issues[0]!.message).toMatch(/mapping/);
  });

  // YAML keys need not be strings. An unknown key is still unknown, and it is
  // still on the line where it was written.
  it.each([
    ["a number", "experience: {}\n1: x\n", "1", 2],
    ["a boolean", "experience: {}\ntrue: x\n", "true", 2],
    ["a number inside experience", "experience:\n  adminMonths: 1\n  2: 3\n", "experience.2", 3],
    ["a list", "experience: {}\n? [a, b]\n: 1\n", "[ a, b ]", 2],
  ])("an unknown key that is %s is named on its own line", (_, text, field, line) => {
    const issue = only(failure(text), field);
    expect(issue.message).toMatch(/not a known field/);
    expect(issue.line).toBe(line);
  });

  it("flow lists nested past the limit are refused before parsing", async () => {
    const error = failure(`experience: {}\nqualifications: ${"[".repeat(100)}${"]".repeat(100)}\n`);
    expect(error.issues[0]!.line).toBe(2);
    expect(error.issues[0]!.message).toMatch(/nested/);
  });

  it("an alias bomb is refused, not expanded", async () => {
    const lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${"abcdefghijklmnop"[i]}: &${"abcdefghijklmnop"[i]} [${Array(10).fill(`*${"abcdefghijklmnop"[i - 1]}`).join(", ")}]`);
    lines.push("experience: {}");
    const error = failure(lines.join("\n"));
    expect(error.message).not.toContain("    at ");
  });
});

describe("answers as people write them", () => {
  const read = (line: string) => parseAnswers(`experience: {}\n${line}\n`, dataset, "a.yaml");

  it.each([
    ["ageGroup: 16–17", { ageGroup: "16-17" }],
    ["ageGroup: 19 - 20", { ageGroup: "19-20" }],
    ["ageGroup: 21 or over", { ageGroup: "21+" }],
    ["nation: Northern Ireland", { nation: "northern-ireland" }],
    ["currentJob: GP practice", { currentJob: "gp-practice" }],
    ["nhsBand: 3.0", { nhsBand: "3" }],
    ['nhsBand: "Band 3"', { nhsBand: "3" }],
    ["nhsBand: 8A", { nhsBand: "8a" }],
    ["nhsBand: 1\nnation: scotland", { nhsBand: "1", nation: "scotland" }],
  ])("%s is read", (line, expected) => {
    expect(read(line)).toMatchObject(expected);
  });

  it("a misspelt choice gets a suggestion", async () => {
    expect(only(failure("experience: {}\nnation: nothern-ireland\n"), "nation").message).toBe("must be one of: england, scotland, wales, northern-ireland (did you mean northern-ireland?)");
    expect(only(failure("experience: {}\nNation: nothern-ireland\n"), "Nation").message).toBe("is not a known field (did you mean nation?)");
  });

  it("a number in quotes is told to drop them", async () => {
    expect(only(failure('experience: {}\nage: "34"\n'), "age").message).toBe('should be a whole number of years ("34" is written as text: write 34 without quotes)');
    expect(only(failure('{"experience": {}, "typingWpm": "45"}', "a.json"), "typingWpm").message).toMatch(/write 45 without quotes\)$/);
  });

  it("band 1 outside the nations whose pay tables have it says which bands the nation has", async () => {
    expect(only(failure('experience: {}\nnation: wales\nnhsBand: "1"\n'), "nhsBand")).toMatchObject({
      line: 3,
      message: "band 1 is not in Wales's Agenda for Change pay tables, which have bands 2, 3, 4, 5, 6, 7, 8a, 8b, 8c, 8d, 9; band 1 is in Scotland's",
    });
    expect(only(failure("experience: {}\nnhsBand: 1\n"), "nhsBand").message).toMatch(/^band 1 is not in England's .*\(no nation was given, so England is assumed: add nation if you work elsewhere\)$/);
    // Bands are listed in order, 8a to 8d before 9.
    expect(only(failure("experience: {}\nnhsBand: 12\n"), "nhsBand").message).toBe("must be one of: 1, 2, 3, 4, 5, 6, 7, 8a, 8b, 8c, 8d, 9");
  });

  it("a second document (a --- line) is named in our words", async () => {
    const error = failure("experience: {}\n---\nnation: wales\n");
    expect(error.issues).toEqual([{ file: "answers.yaml", line: 2, message: 'holds more than one document: a line of "---" starts another here; keep one set of answers per file, or remove the line' }]);
  });
});

describe("answers files with many mistakes", () => {
  it("unknown keys: the first ISSUES_SHOWN named with their own lines, the rest counted", async () => {
    const keys = Array.from({ length: 300 }, (_, i) => `k${i}: 1`);
    const error = failure(`experience: {}\n${keys.join("\n")}\n`);
    expect(error.issues).toHaveLength(ISSUES_SHOWN);
    expect(error.more).toBe(300 - ISSUES_SHOWN);
    // Each key found on its own line (the lines are looked up in an index of the mapping).
    error.issues.forEach((issue, i) => expect(issue).toMatchObject({ field: `k${i}`, line: i + 2, message: "is not a known field (check its spelling)" }));
    const lines = error.message.split("\n");
    expect(lines).toHaveLength(ISSUES_SHOWN + 1);
    expect(lines[0]).toBe("answers.yaml:2: k0: is not a known field (check its spelling)");
    expect(lines.at(-1)).toBe(`… and ${300 - ISSUES_SHOWN} more problems: fix these, then run again to see the rest`);
  });

  it("unknown qualification ids: the list of ids is given once, with the first", async () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `x${i}`);
    const error = failure(`experience: {}\nqualifications: [gsce-maths, ${ids.join(", ")}]\n`);
    expect(error.issues[0]!.message).toMatch(/^"gsce-maths" is not a qualification id \(did you mean gcse-maths\?\); use one of: gcse-english, /);
    expect(error.issues[1]!.message).toBe('"x0" is not a qualification id; see the list of ids above');
    expect(error.message.split("gcse-english").length - 1).toBe(1);
    expect(error.more).toBe(5_001 - ISSUES_SHOWN);
  });

  it("a key given twice is still found however large the mapping (checked in one pass)", async () => {
    const keys = Array.from({ length: 2_000 }, (_, i) => `k${i}: 1`);
    const error = failure(`experience: {}\n${keys.join("\n")}\nk7: 2\n`);
    expect(error.issues).toEqual([{ file: "answers.yaml", line: 2_002, message: "not valid YAML: Map keys must be unique" }]);
  });

  it("a 94 kB --set of unknown ids prints a screenful, not megabytes (the built CLI)", async () => {
    const set = `qualifications=[${Array.from({ length: 15_000 }, (_, i) => `x${i}`).join(",")}]`;
    expect(set.length).toBeGreaterThan(90_000);
    const r = await runCli(["assess", "--answers", join(FIXTURES, "full.yaml"), "--set", set]);
    expect(r.code).toBe(65);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(ISSUES_SHOWN + 1);
    expect(lines[0]).toMatch(/^--set: qualifications\[0\]: "x0" is not a qualification id; use one of: gcse-english, /);
    expect(lines.at(-1)).toBe(`… and ${15_000 - ISSUES_SHOWN} more problems: fix these, then run again to see the rest`);
  });
});

describe("assess --answers (the built CLI)", () => {
  // "unknown" was added in 0.2: a question the person did not answer.
  const VALID_STATUS = ["met", "partial", "missing", "unknown"];

  function assessJsonShape(out: unknown) {
    const report = out as {
      target: { id: string; title: string; bands: string[] };
      ready: boolean;
      gaps: { id: string; status: string; essential: boolean; have: string; need: string; closedBy: string[] }[];
      routes: { id: string; rank: number; reasons: string[]; months: number; steps: { title: string; months: number; band: string | null }[] }[];
      recommended: string;
    };
    expect(report.target).toEqual({ id: "medical-secretary", title: expect.any(String), bands: expect.any(Array) });
    expect(typeof report.ready).toBe("boolean");
    expect(report.gaps.length).toBeGreaterThan(0);
    for (const gap of report.gaps) {
      expect(gap).toMatchObject({ id: expect.any(String), have: expect.any(String), need: expect.any(String), essential: expect.any(Boolean) });
      expect(VALID_STATUS).toContain(gap.status);
      expect(Array.isArray(gap.closedBy)).toBe(true);
    }
    const secretary = dataset.roles.find((r) => r.id === "medical-secretary")!;
    expect(report.gaps.map((g) => g.id).sort()).toEqual(secretary.requirements.map((r) => r.id).sort());
    // ready is true exactly when every essential requirement is met.
    expect(report.ready).toBe(report.gaps.filter((g) => g.essential).every((g) => g.status === "met"));
    expect(report.routes.length).toBeGreaterThan(0);
    report.routes.forEach((route, i) => {
      expect(route.rank).toBe(i + 1);
      expect(Array.isArray(route.reasons)).toBe(true);
      expect(typeof route.months).toBe("number");
      expect(route.steps.length).toBeGreaterThan(0);
      for (const step of route.steps) {
        expect(typeof step.title).toBe("string");
        expect(typeof step.months).toBe("number");
        expect(step.band === null || typeof step.band === "string").toBe(true);
      }
    });
    expect(report.routes.map((r) => r.id)).toContain(report.recommended);
    return report;
  }

  it("reads a YAML file and prints the contract's JSON, exit 0", async () => {
    const r = await runCli(["assess", "--answers", join(FIXTURES, "full.yaml"), "--json"]);
    expectQuietStderr(r.stderr, "wales");
    expect(r.code).toBe(0);
    const report = assessJsonShape(JSON.parse(r.stdout));
    expect(report.gaps.find((g) => g.id === "typing-speed")).toMatchObject({ status: "partial", have: "45 wpm" });
    // No colour codes in JSON.
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("the JSON answers file gives the same report as the YAML one", async () => {
    const yaml = await runCli(["assess", "--answers", join(FIXTURES, "full.yaml"), "--json"]);
    const json = await runCli(["assess", "--answers", join(FIXTURES, "full.json"), "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(yaml.stdout));
  });

  it("--answers - reads the answers from stdin", async () => {
    const fromFile = await runCli(["assess", "--answers", join(FIXTURES, "full.yaml"), "--json"]);
    const fromStdin = await runCli(["assess", "--answers", "-", "--json"], { input: fixture("full.yaml") });
    expectQuietStderr(fromStdin.stderr, "wales");
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
    // And JSON on stdin.
    const jsonStdin = await runCli(["assess", "--answers", "-", "--json"], { input: fixture("full.json") });
    expect(jsonStdin.code).toBe(0);
    expect(JSON.parse(jsonStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it("a minimal file (experience only) is enough", async () => {
    const r = await runCli(["assess", "--answers", join(FIXTURES, "minimal.yaml"), "--json"]);
    expect(r.code).toBe(0);
    assessJsonShape(JSON.parse(r.stdout));
  });

  it("an out-of-range value exits 65, naming the file, line and key, with no stack trace", async () => {
    const path = join(FIXTURES, "bad-typing.yaml");
    const r = await runCli(["assess", "--answers", path, "--json"]);
    expect(r.code).toBe(65);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${path}:4: typingWpm: `);
    expect(r.stderr).not.toContain("    at ");
  });

  it("an unknown key in a JSON file exits 65 naming the key", async () => {
    const path = join(FIXTURES, "bad-key.json");
    const r = await runCli(["assess", "--answers", path]);
    expect(r.code).toBe(65);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${path}:3: typingSpeed: `);
    expect(r.stderr).not.toContain("    at ");
  });

  it("bad answers on stdin exit 65 and are called <stdin>", async () => {
    const r = await runCli(["assess", "--answers", "-", "--json"], { input: "experience:\n  adminMonths: lots\n" });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain("<stdin>:2: experience.adminMonths: ");
    expect(r.stderr).not.toContain("    at ");
  });

  it("a list used as a key exits 65 with our message only, no Node warning", async () => {
    const r = await runCli(["assess", "--answers", "-", "--json"], { input: "experience: {}\n? [a, b]\n: 1\n" });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain("[ a, b ]: is not a known field");
    expect(r.stderr).not.toMatch(/Warning:|--trace-warnings/);
  });

  it("empty stdin exits 65, not a crash", async () => {
    const r = await runCli(["assess", "--answers", "-", "--json"], { input: "" });
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/experience/);
    expect(r.stderr).not.toContain("    at ");
  });

  it("a file that does not exist is a usage error, exit 2", async () => {
    const r = await runCli(["assess", "--answers", join(FIXTURES, "no-such-file.yaml"), "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("no-such-file.yaml");
    expect(r.stderr).not.toContain("    at ");
  });
});

describe("JSON read as JSON, YAML nesting measured on tokens", () => {
  it("a JSON answers file still gets line numbers for its problems", async () => {
    const { parseAnswers } = await import("../../src/answers/parse.js");
    const { shippedDataset } = await import("../helpers/dataset.js");
    const text = '{\n  "experience": {},\n  "typingWpm": 400,\n  "nation": "mars"\n}\n';
    try {
      parseAnswers(text, shippedDataset(), "me.json");
      expect.unreachable();
    } catch (e) {
      const issues = (e as { issues: { field?: string; line?: number }[] }).issues;
      expect(issues.map((i) => [i.field, i.line])).toEqual([
        ["typingWpm", 3],
        ["nation", 4],
      ]);
    }
  });

  it.each([
    ["an apostrophe before deep brackets", `name: it's\nx: ${"[".repeat(100)}${"]".repeat(100)}\nexperience: {}\n`, 2],
    ["a quote in a block scalar before deep brackets", `a: |\n  'x\nb: ${"[".repeat(100)}${"]".repeat(100)}\n`, 3],
    ["nesting without brackets", `${"- ".repeat(100)}x\n`, 1],
    ["an escaped backslash before the closing quote", `a: "x\\\\"\nb: ${"{a: ".repeat(100)}1${"}".repeat(100)}\n`, 2],
  ])("refuses deep nesting after %s, on the right line", async (_what, text, line) => {
    const { parseYamlSource } = await import("../../src/data/yaml-source.js");
    const r = parseYamlSource(text, "x.yaml");
    expect("issues" in r && r.issues).toEqual([{ file: "x.yaml", line, message: "nested more than 64 levels deep; flatten it" }]);
  });

  it("sixty levels of real nesting are still read", async () => {
    const { parseYamlSource } = await import("../../src/data/yaml-source.js");
    const r = parseYamlSource(`x: ${"[".repeat(60)}1${"]".repeat(60)}\n`, "x.yaml");
    expect("issues" in r).toBe(false);
  });
});
