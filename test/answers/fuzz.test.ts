// Whatever text arrives as an answers file, parseAnswers either returns a
// well-formed Profile or throws an AnswersError: never a TypeError, a
// RangeError or a half-checked Profile.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { answersOf, parseAnswers } from "../../src/answers/parse.js";
import { EXPERIENCE_MONTHS_MAX, NHS_BANDS, TYPING_WPM_MAX } from "../../src/answers/schema.js";
import { AGE_GROUPS, CURRENT_JOBS, NATIONS, OFFICE_LEVELS, TERMINOLOGY_LEVELS, type Profile } from "../../src/engine/types.js";
import { AnswersError } from "../../src/errors.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const qualIds = dataset.qualifications.map((q) => q.id);
const roleIds = dataset.roles.map((r) => r.id);

const ANSWER_KEYS = [
  "typingWpm",
  "audioTyping",
  "medicalTerminology",
  "officeSkills",
  "qualifications",
  "experience",
  "needsToEarnWhileLearning",
  "canStudyPartTime",
  "nation",
  "target",
  // Added in 0.2.
  "currentJob",
  "nhsBand",
  "age",
  "ageGroup",
];
const EXPERIENCE_KEYS = ["adminMonths", "customerServiceMonths", "healthcareMonths", "secretarialMonths"] as const;

/** A Profile that came back must hold only values the contract allows. */
function expectWellFormed(p: Profile): void {
  // qualificationsUnknown marks a file that did not list qualifications.
  expect(Object.keys(p).every((k) => ANSWER_KEYS.includes(k) || k === "qualificationsUnknown")).toBe(true);
  expect(Object.keys(p.experience).sort()).toEqual([...EXPERIENCE_KEYS].sort());
  for (const k of EXPERIENCE_KEYS) {
    const m = p.experience[k];
    expect(Number.isInteger(m) && m >= 0 && m <= EXPERIENCE_MONTHS_MAX, `${k}=${m}`).toBe(true);
  }
  expect(Array.isArray(p.qualifications)).toBe(true);
  for (const q of p.qualifications) expect(qualIds).toContain(q);
  expect(new Set(p.qualifications).size).toBe(p.qualifications.length);
  if ("typingWpm" in p) expect(Number.isFinite(p.typingWpm) && p.typingWpm! >= 0 && p.typingWpm! <= TYPING_WPM_MAX).toBe(true);
  if ("audioTyping" in p) expect(typeof p.audioTyping).toBe("boolean");
  if ("needsToEarnWhileLearning" in p) expect(typeof p.needsToEarnWhileLearning).toBe("boolean");
  if ("canStudyPartTime" in p) expect(typeof p.canStudyPartTime).toBe("boolean");
  if ("medicalTerminology" in p) expect(TERMINOLOGY_LEVELS).toContain(p.medicalTerminology);
  if ("officeSkills" in p) expect(OFFICE_LEVELS).toContain(p.officeSkills);
  if ("nation" in p) expect(NATIONS).toContain(p.nation);
  if ("target" in p) expect(roleIds).toContain(p.target);
  if ("currentJob" in p) expect(CURRENT_JOBS).toContain(p.currentJob);
  if ("nhsBand" in p) expect(NHS_BANDS).toContain(p.nhsBand);
  if ("age" in p) expect(Number.isInteger(p.age) && p.age! >= 14 && p.age! <= 100).toBe(true);
  if ("ageGroup" in p) expect(AGE_GROUPS).toContain(p.ageGroup);
}

/** The property: a well-formed Profile, or an AnswersError with readable issues. */
function profileOrAnswersError(text: string): void {
  let profile: Profile;
  try {
    profile = parseAnswers(text, dataset, "fuzz.yaml");
  } catch (e) {
    if (!(e instanceof AnswersError)) throw new Error(`threw ${String(e)} for ${JSON.stringify(text)}`);
    expect(e.exitCode).toBe(65);
    expect(e.issues.length).toBeGreaterThan(0);
    for (const issue of e.issues) {
      expect(issue.file).toBe("fuzz.yaml");
      expect(typeof issue.message).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
      if (issue.line !== undefined) expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
    }
    expect(e.message).not.toContain("    at ");
    return;
  }
  expectWellFormed(profile);
}

// ---------- generators ----------

const answerKey = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ANSWER_KEYS, ...EXPERIENCE_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "", "<<", "~", "null", "true", "1") },
);

/** Values near the edges of what each key accepts, plus the wrong types. */
const answerLike = fc.oneof(
  fc.integer({ min: -5, max: 700 }),
  fc.double({ noDefaultInfinity: false }),
  fc.constantFrom(0, -0, 250, 251, 600, 601, 1.5, Number.NaN, Infinity, -Infinity, 1e308, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...TERMINOLOGY_LEVELS, ...OFFICE_LEVELS, ...NATIONS, ...qualIds, ...roleIds, ...CURRENT_JOBS, ...AGE_GROUPS, ...NHS_BANDS, "yes", "no", "~", "", "45", "21 or over"),
  fc.array(fc.constantFrom(...qualIds, "gcse-latin", 3, null), { maxLength: 4 }),
  fc.string({ maxLength: 20 }),
);

const experienceLike = fc.oneof(
  fc.dictionary(fc.constantFrom(...EXPERIENCE_KEYS, "adminMonth", "otherMonths"), answerLike, { maxKeys: 5 }),
  answerLike,
);

/** Objects shaped like answers: the real keys, mostly, with any values. */
const answersLike = fc
  .record(
    {
      typingWpm: answerLike,
      audioTyping: answerLike,
      medicalTerminology: answerLike,
      officeSkills: answerLike,
      qualifications: answerLike,
      experience: experienceLike,
      needsToEarnWhileLearning: answerLike,
      canStudyPartTime: answerLike,
      nation: answerLike,
      target: answerLike,
      currentJob: answerLike,
      nhsBand: answerLike,
      age: answerLike,
      ageGroup: answerLike,
    },
    { requiredKeys: [] },
  )
  .chain((base) => fc.dictionary(answerKey, answerLike, { maxKeys: 2 }).map((extra) => ({ ...extra, ...base })));

/** Anything at all, with answer keys mixed in among the random ones. */
const anythingAtAll = fc.anything({
  key: answerKey,
  maxDepth: 4,
  maxKeys: 6,
  withBoxedValues: false,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withDate: true,
  withSparseArray: true,
});

function serialize(value: unknown, as: "yaml" | "json"): string {
  if (as === "json") return JSON.stringify(value) ?? "";
  return stringify(value, { aliasDuplicateObjects: true }) ?? "";
}

const format = fc.constantFrom("yaml" as const, "json" as const);

// ---------- (a) structured values ----------

describe("parseAnswers never throws anything but AnswersError", () => {
  it("(a) for answer-shaped objects with any values, as YAML or JSON", () => {
    fc.assert(
      fc.property(answersLike, format, (value, as) => profileOrAnswersError(serialize(value, as))),
      { numRuns: 400 },
    );
  });

  it("(a) for arbitrary values with answer keys mixed in, as YAML or JSON", () => {
    fc.assert(
      fc.property(anythingAtAll, format, (value, as) => {
        let text: string;
        try {
          text = serialize(value, as);
        } catch {
          return; // not every generated value can be written out (e.g. circular via aliases); nothing to test
        }
        profileOrAnswersError(text);
      }),
      { numRuns: 300 },
    );
  });

  it("(a) for objects wrapped around a valid experience, so the other keys are what is checked", () => {
    fc.assert(
      fc.property(answersLike, format, (value, as) => profileOrAnswersError(serialize({ ...value, experience: {} }, as))),
      { numRuns: 300 },
    );
  });

  // ---------- (b) raw text ----------

  it("(b) for arbitrary unicode strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => profileOrAnswersError(text)),
      { numRuns: 200 },
    );
  });

  it("(b) for arbitrary bytes read as UTF-8 and as Latin-1", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const buf = Buffer.from(bytes);
        profileOrAnswersError(buf.toString("utf8"));
        profileOrAnswersError(buf.toString("latin1"));
      }),
      { numRuns: 300 },
    );
  });

  it("(b) for strings made of YAML's own punctuation and answer keys", () => {
    const token = fc.constantFrom(
      ...ANSWER_KEYS.map((k) => `${k}: `),
      ...EXPERIENCE_KEYS.map((k) => `  ${k}: `),
      "experience:\n",
      "\n",
      "  ",
      "- ",
      "[",
      "]",
      "{",
      "}",
      ",",
      ":",
      "? ",
      "#",
      "&a ",
      "*a",
      "!!str ",
      "!!int ",
      "!!map ",
      "!!binary ",
      "<<: ",
      "|\n",
      ">-\n",
      "'",
      '"',
      "\\",
      "\t",
      "---\n",
      "...\n",
      "%YAML 1.2\n",
      "45",
      "-1",
      "1.5",
      ".inf",
      ".nan",
      "0x1F",
      "1e3",
      "true",
      "null",
      "~",
      "gcse-english",
      "medical-secretary",
      "\u00a0",
      "\ufeff",
      "\u2028",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => profileOrAnswersError(tokens.join(""))),
      { numRuns: 500 },
    );
  });

  it("(b) for a valid file with a random edit somewhere in it", () => {
    const valid = [
      "typingWpm: 45",
      "audioTyping: true",
      "medicalTerminology: some",
      "officeSkills: confident",
      "qualifications: [gcse-english, gcse-maths]",
      "experience:",
      "  adminMonths: 12",
      "  healthcareMonths: 3",
      "needsToEarnWhileLearning: true",
      "nation: scotland",
      "target: medical-secretary",
      "",
    ].join("\n");
    fc.assert(
      fc.property(fc.nat({ max: valid.length }), fc.nat({ max: 5 }), fc.string({ maxLength: 6 }), (at, cut, insert) =>
        profileOrAnswersError(valid.slice(0, at) + insert + valid.slice(at + cut)),
      ),
      { numRuns: 400 },
    );
  });
});

// ---------- (c) round trip ----------

const months = fc.integer({ min: 0, max: EXPERIENCE_MONTHS_MAX });
const validProfile: fc.Arbitrary<Profile> = fc.record(
  {
    typingWpm: fc.oneof(fc.integer({ min: 0, max: TYPING_WPM_MAX }), fc.double({ min: 0, max: TYPING_WPM_MAX, noNaN: true })),
    audioTyping: fc.boolean(),
    medicalTerminology: fc.constantFrom(...TERMINOLOGY_LEVELS),
    officeSkills: fc.constantFrom(...OFFICE_LEVELS),
    qualifications: fc.shuffledSubarray(qualIds),
    experience: fc.record({ adminMonths: months, customerServiceMonths: months, healthcareMonths: months, secretarialMonths: months }),
    needsToEarnWhileLearning: fc.boolean(),
    canStudyPartTime: fc.boolean(),
    nation: fc.constantFrom(...NATIONS),
    target: fc.constantFrom(...roleIds),
  },
  { requiredKeys: ["qualifications", "experience"] },
);

describe("answers round-trip", () => {
  // A target must be one a route leads to; find which by asking the parser.
  const reachable = new Set(
    roleIds.filter((id) => {
      try {
        parseAnswers(`experience: {}\ntarget: ${id}\n`, dataset, "t.yaml");
        return true;
      } catch {
        return false;
      }
    }),
  );

  it("has at least the roles people aim for", () => {
    expect(reachable.has("medical-secretary")).toBe(true);
  });

  it.each(["yaml", "json"] as const)("(c) answersOf, written as %s and parsed again, gives the same Profile", (as) => {
    fc.assert(
      fc.property(validProfile, (p) => {
        const profile: Profile = { ...p };
        if (profile.target !== undefined && !reachable.has(profile.target)) delete profile.target;
        const text = serialize(answersOf(profile), as);
        expect(parseAnswers(text, dataset, `p.${as}`)).toEqual(profile);
      }),
      { numRuns: 300 },
    );
  });

  it("(c) a Profile read back from answersOf has its keys in the contract's names", () => {
    fc.assert(
      fc.property(validProfile, (p) => {
        for (const key of Object.keys(answersOf(p))) expect(ANSWER_KEYS).toContain(key);
      }),
      { numRuns: 100 },
    );
  });
});
