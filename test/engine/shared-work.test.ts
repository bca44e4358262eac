// Work shared between people (a gap, a route, a whole verdict worked out once
// and kept for the next person who needs the same) must give each person
// exactly what working it out afresh would: checked against a dataset seen
// for the first time, where nothing has been kept yet.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess, assessAttendee } from "../../src/engine/assess.js";
import { profileKey } from "../../src/engine/profile-key.js";
import { answersKey } from "../../src/answers/answers-key.js";
import { profileFromValue } from "../../src/answers/parse.js";
import type { Dataset, Profile } from "../../src/engine/types.js";
import { arbProfile as arbProfileOf } from "../helpers/arbitrary.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const arbProfile = arbProfileOf(dataset);
/** The same data as a dataset never used before: nothing kept for it. */
const fresh = (): Dataset => structuredClone(dataset);

describe("work kept for the next person", () => {
  // Each is checked against a dataset of its own: one kept between them could hide a mix-up on both sides.
  it("gives the same report as working it out afresh, person after person", () => {
    fc.assert(
      fc.property(fc.array(arbProfile, { minLength: 2, maxLength: 8 }), (people) => {
        for (const p of people) expect(JSON.stringify(assess(p, dataset))).toBe(JSON.stringify(assess(p, fresh())));
      }),
      { numRuns: 30 },
    );
  });

  it("tells apart people who differ in one answer a kept route might not look at", () => {
    const nudges: ((p: Profile) => Profile)[] = [
      (p) => ({ ...p, experience: { ...p.experience, adminMonths: p.experience.adminMonths + 1 } }),
      (p) => ({ ...p, experience: { ...p.experience, secretarialMonths: p.experience.secretarialMonths + 12 } }),
      (p) => ({ ...p, experience: { ...p.experience, customerServiceMonths: p.experience.customerServiceMonths + 13 } }),
      (p) => ({ ...p, experience: { ...p.experience, healthcareMonths: p.experience.healthcareMonths + 1 } }),
      (p) => ({ ...p, needsToEarnWhileLearning: !p.needsToEarnWhileLearning }),
      (p) => ({ ...p, canStudyPartTime: !p.canStudyPartTime }),
      (p) => ({ ...p, age: (p.age ?? 17) + 1, ageGroup: undefined }),
      (p) => ({ ...p, typingWpm: (p.typingWpm ?? 40) + 1 }),
      (p) => ({ ...p, currentJob: p.currentJob === "not-working" ? "office" : "not-working" }),
      (p) => ({ ...p, currentJob: undefined }),
    ];
    fc.assert(
      fc.property(arbProfile, (p) => {
        for (const q of [p, ...nudges.map((nudge) => nudge(p))]) expect(JSON.stringify(assess(q, dataset))).toBe(JSON.stringify(assess(q, fresh())));
      }),
      { numRuns: 25 },
    );
    // A route that builds experience is as long as what is left to build: each length its own.
    for (const adminMonths of [0, 3, 6, 9, 11, 12, 18, 24, 30, 36, 48]) {
      const p = profile({ target: "practice-manager", typingWpm: 60, officeSkills: "confident", experience: { adminMonths } });
      expect(JSON.stringify(assess(p, dataset))).toBe(JSON.stringify(assess(p, fresh())));
    }
  });

  it("gives a group the same verdict as each person's whole report", () => {
    fc.assert(
      fc.property(fc.array(arbProfile, { minLength: 1, maxLength: 8 }), (people) => {
        for (const p of people) {
          const whole = assess(p, fresh());
          // Twice: the second is the kept verdict.
          for (let i = 0; i < 2; i++) {
            const brief = assessAttendee(p, dataset);
            expect(brief).toEqual({
              profile: p,
              nation: whole.nation,
              target: whole.target,
              ready: whole.ready,
              readyIfConfirmed: whole.readyIfConfirmed,
              gaps: whole.gaps,
              recommended: whole.recommended,
              routes: whole.routes.slice(0, 1).map((r) => ({ id: r.id, title: r.title, months: r.months })),
              verdict: whole.verdict,
              toCheck: whole.toCheck,
            });
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("shares only what is frozen, and leaves the dataset as it was", () => {
    const p = profile({ typingWpm: 30, experience: { adminMonths: 14 } });
    const before = JSON.stringify(dataset);
    const first = assessAttendee(p, dataset);
    const second = assessAttendee({ ...p }, dataset);
    expect(second.gaps).toBe(first.gaps);
    expect(Object.isFrozen(first.gaps) && Object.isFrozen(first.routes) && Object.isFrozen(first.routes[0])).toBe(true);
    expect(Object.isFrozen(first.target)).toBe(false);
    // A whole report's routes are its own, however many people share them.
    const a = assess(p, dataset);
    a.routes[0]!.steps[0]!.months.max = 999;
    a.routes[0]!.steps.push(a.routes[0]!.steps[0]!);
    const b = assess(p, dataset);
    expect(b.routes[0]!.steps[0]!.months.max).not.toBe(999);
    expect(b.routes[0]!.steps.length).toBe(a.routes[0]!.steps.length - 1);
    expect(JSON.stringify(dataset)).toBe(before);
  });
});

describe("the same answers", () => {
  it("are told apart by any answer that differs", () => {
    const p = profile({ typingWpm: 40, qualifications: ["gcse-english"] });
    const keys = [
      p,
      { ...p, typingWpm: 41 },
      { ...p, typingWpm: Number.NaN },
      { ...p, qualifications: ["gcse-english", "gcse-maths"] },
      { ...p, qualificationsUnknown: true },
      { ...p, experience: { ...p.experience, secretarialMonths: 1 } },
      { ...p, target: "40" },
      { ...p, age: 40 },
    ].map(profileKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(profileKey({ ...p })).toBe(profileKey(p));
  });

  it("are not kept for a profile holding a field the key does not know", () => {
    expect(profileKey({ ...p0(), somethingNew: 1 } as Profile)).toBeUndefined();
  });

  it("as answers files: plain data only, each different value its own key", () => {
    const values = [null, undefined, Number.NaN, 0, -0, 1, "1", true, "true", [], {}, [undefined], { a: undefined }, { a: null }, { a: "b" }, { "a": "b", c: 1 }, ["a,b"], ["a", "b"]];
    const keys = values.map(answersKey);
    expect(keys.every((k) => k !== undefined)).toBe(true);
    expect(new Set(keys).size).toBe(values.length);
    expect(answersKey(new Date(0))).toBeUndefined();
    expect(answersKey({ q: "x".repeat(10_000) })).toBeUndefined();
  });

  it("checked again give each caller a profile of its own", () => {
    const value = { typingWpm: 45, qualifications: ["gcse-english"], studying: ["gcse-maths"], experience: { adminMonths: 3 } };
    const first = profileFromValue(value, dataset, "a.yaml");
    first.qualifications.push("changed");
    first.experience.adminMonths = 99;
    first.studying!.push("changed");
    const second = profileFromValue(structuredClone(value), dataset, "b.yaml");
    expect(second).toEqual({ ...profileFromValue(value, fresh(), "c.yaml") });
    expect(second.qualifications).toEqual(["gcse-english"]);
    // A problem is reported with the file it was found in, not from an earlier check.
    expect(() => profileFromValue({ ...value, typingWpm: -1 }, dataset, "d.yaml")).toThrow();
  });

  it("share one check between attendees who differ only in their names, and still check each name", () => {
    const value = { typingWpm: 52, experience: { secretarialMonths: 30 } };
    const first = profileFromValue({ name: "A. B.", ...value }, dataset, "group.json");
    expect(profileFromValue({ name: "C. D.", ...value }, dataset, "group.json")).toEqual(first);
    expect(() => profileFromValue({ name: 42, ...value }, dataset, "group.json")).toThrow(/name/);
    expect(() => profileFromValue({ name: "x".repeat(201), ...value }, dataset, "group.json")).toThrow(/name/);
  });
});

function p0(): Profile {
  return profile();
}
