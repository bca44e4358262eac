// Generated people for property tests, made as answers files are and read
// through the same parser, so every profile is one a person could give. The
// map below has one generator per answers-file key and is typed from the
// answers schema: a key added to the schema fails the type check here until
// it has a generator, so the properties always reach every answer.
import fc from "fast-check";
import { profileFromValue } from "../../src/answers/parse.js";
import type { Answers } from "../../src/answers/schema.js";
import { NATIONS, type Dataset, type Nation, type Profile } from "../../src/engine/types.js";
import { targetRoles } from "../../src/engine/routes.js";
import { earlierAnswer, FULL_TIME, REGISTERED_ANSWERS, type AnswerValue, type EarlierKey, type RegisteredKey } from "../../src/model/answers.js";

type AnswerArbitraries = { [K in keyof Required<Answers>]: fc.Arbitrary<NonNullable<Answers[K]>> };

/** The bands a nation's pay tables hold: band 1 only where it is paid. */
function bandsIn(dataset: Dataset, nation: Nation): string[] {
  return [...new Set(dataset.pay.tables.filter((t) => t.nation === nation).flatMap((t) => t.bands.map((b) => b.band)))];
}

/**
 * A generator for each kind of answer in the registry: an answer added to it is generated with no
 * change here. `monthsUpTo`: the longest length of time to try (a realistic 20 years by default; a
 * round trip tries the kind's whole range). The kinds whose values the data decides are handed it.
 */
export function registeredArbitrary(value: AnswerValue, monthsUpTo = 240, data?: { dataset: Dataset; nation: Nation }): fc.Arbitrary<unknown> {
  const given = () => {
    if (!data) throw new Error(`a ${value.type} answer is drawn from the data: pass it`);
    return data;
  };
  switch (value.type) {
    case "role":
      return fc.constantFrom(...targetRoles(given().dataset).map((r) => r.id));
    case "band":
      return fc.constantFrom(...bandsIn(given().dataset, given().nation));
    case "qualifications":
      return fc.subarray(given().dataset.qualifications.map((q) => q.id));
    case "age":
      return fc.integer({ min: value.min, max: value.max });
    case "age-group":
      return fc.constantFrom(...value.values);
    case "choice":
      return fc.constantFrom(...value.values);
    case "choices":
      return fc.subarray([...value.values]);
    case "hours":
      return fc.oneof(fc.integer({ min: value.min, max: value.max }), fc.constant(FULL_TIME));
    case "months":
      return fc.integer({ min: 0, max: Math.min(monthsUpTo, value.max) });
    case "years":
      return fc.integer({ min: 0, max: value.max });
    case "yes-no":
      return fc.boolean();
    case "wpm":
      return fc.integer({ min: 0, max: value.max });
  }
}

const registered = Object.fromEntries(REGISTERED_ANSWERS.map((a) => [a.key, registeredArbitrary(a.value)])) as { [K in RegisteredKey]: fc.Arbitrary<NonNullable<Answers[K]>> };

function answerArbitraries(dataset: Dataset, nation: Nation): AnswerArbitraries {
  const data = { dataset, nation };
  const byKind = <K extends EarlierKey>(key: K) => registeredArbitrary(earlierAnswer(key)!.value, 240, data) as fc.Arbitrary<NonNullable<Answers[K & keyof Answers]>>;
  return {
    // Never read by the assessment: generated so that nothing proves otherwise.
    name: fc.string({ maxLength: 20 }),
    // Realistic speeds and ages, rather than every one the kind allows.
    typingWpm: fc.integer({ min: 0, max: 120 }),
    audioTyping: byKind("audioTyping"),
    medicalTerminology: byKind("medicalTerminology"),
    officeSkills: byKind("officeSkills"),
    qualifications: byKind("qualifications"),
    experience: fc.record({
      adminMonths: byKind("experience.adminMonths") as fc.Arbitrary<number>,
      customerServiceMonths: byKind("experience.customerServiceMonths") as fc.Arbitrary<number>,
      healthcareMonths: byKind("experience.healthcareMonths") as fc.Arbitrary<number>,
      secretarialMonths: byKind("experience.secretarialMonths") as fc.Arbitrary<number>,
    }),
    needsToEarnWhileLearning: byKind("needsToEarnWhileLearning"),
    canStudyPartTime: byKind("canStudyPartTime"),
    nation: fc.constant(nation),
    target: byKind("target"),
    currentJob: byKind("currentJob"),
    // The bands the nation pays.
    nhsBand: byKind("nhsBand"),
    age: fc.integer({ min: 14, max: 70 }),
    ageGroup: byKind("ageGroup"),
    studying: fc.subarray(dataset.qualifications.map((q) => q.id), { maxLength: 2 }),
    ...registered,
  };
}

/** An answers file's value: any subset of the answers, in any nation (age or an age group, not both). */
export function arbAnswers(dataset: Dataset): fc.Arbitrary<Answers> {
  // No nation means England, and so England's bands.
  return fc.constantFrom(...NATIONS, undefined).chain((said) => {
    const { age, ageGroup, nation, ...rest } = answerArbitraries(dataset, said ?? "england");
    if (said !== undefined) Object.assign(rest, { nation });
    const aged = fc.oneof(fc.record({ age }), fc.record({ ageGroup }), fc.constant({}));
    // What someone is working towards is not yet held: the parser refuses it under both.
    const held = (answers: Answers) => (answers.studying ? { qualifications: answers.qualifications?.filter((q) => !answers.studying!.includes(q)) } : {});
    // Shrinking may move the nation on from the band drawn for it: keep only a band the nation pays.
    const paid = (answers: Answers) => (answers.nhsBand !== undefined && !bandsIn(dataset, (answers.nation as Nation | undefined) ?? "england").includes(String(answers.nhsBand)) ? { nhsBand: undefined } : {});
    return fc.tuple(fc.record(rest, { requiredKeys: ["experience"] }), aged).map(([answers, ageing]) => ({ ...answers, ...held(answers), ...paid(answers), ...ageing }));
  });
}

/** A profile as the parser makes it from generated answers. */
export function arbProfile(dataset: Dataset): fc.Arbitrary<Profile> {
  return arbAnswers(dataset).map((answers) => profileFromValue(answers, dataset, "<generated>"));
}

/** Every key the generators cover, for a test that they cover the schema's. */
export function generatedKeys(dataset: Dataset): string[] {
  return Object.keys(answerArbitraries(dataset, "england"));
}
