// A person's facts are worked out once per assessment (personOf) and read by
// every rule: they must say what the separate questions said.
import { describe, expect, it } from "vitest";
import { ageGroupOf, isNhsStaff, knownYoungerThan, personOf, workMonths, worksNow, youngestAge } from "../../src/engine/person.js";
import { profile } from "../helpers/dataset.js";

describe("personOf", () => {
  it("gives an age group's bounds, the job's facts and each kind of work", () => {
    const p = profile({ ageGroup: "16-17", currentJob: "nhs-support", nhsBand: "2", experience: { healthcareMonths: 14, adminMonths: 3 } });
    const person = personOf(p);
    expect(person).toMatchObject({ job: "nhs-support", band: "2", works: true, nhsStaff: true, ageGroup: "16-17", youngest: 16, oldest: 17, workMonths: 14 });
    expect(person.months).toEqual({ admin: 3, customerService: 0, healthcare: 14, secretarial: 0 });
    expect(knownYoungerThan(person, 18)).toBe(true);
    expect(knownYoungerThan(person, 17)).toBe(false);
  });

  it("leaves out what was not said, and agrees with the questions asked one at a time", () => {
    for (const p of [profile({}), profile({ age: 19, currentJob: "not-working" }), profile({ ageGroup: "21+", nhsBand: "5" }), profile({ age: 45, currentJob: "office", experience: { adminMonths: 30 } })]) {
      const person = personOf(p);
      expect([person.works, person.nhsStaff, person.ageGroup, person.youngest, person.workMonths]).toEqual([worksNow(p), isNhsStaff(p), ageGroupOf(p), youngestAge(p), workMonths(p)]);
      // No top to "21 and over", or to an age not given.
      if (p.age === undefined && p.ageGroup !== "16-17") expect(person.oldest).toBeUndefined();
    }
  });
});
