// The answers contract (docs/contract.md): one schema for an answers file and for the
// questionnaire, so the two ways in cannot disagree about what is valid.

import { z } from "zod";
import { AFC_BANDS, AGE_GROUPS } from "../engine/types.js";
import { EXPERIENCE_MONTHS_MAX, TYPING_WPM_MAX } from "./limits.js";
import { ageGroupName } from "./typed.js";
import { bandName } from "../engine/pay.js";
import { earlierAnswer, FULL_TIME, REGISTERED_ANSWERS, type AnswerValue, type EarlierAnswer, type RegisteredAnswer, type ValueOf } from "../model/answers.js";

export { EXPERIENCE_MONTHS_MAX, TYPING_WPM_MAX };
export const AGE_MIN = 14;
export const AGE_MAX = 100;
export const NHS_BANDS = AFC_BANDS;

/**
 * "England", "ENGLAND" and "Northern Ireland" mean england and
 * northern-ireland: case, and a space for a hyphen, are not worth an error.
 */
const lower = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase().replace(/[\s_]+/g, "-") : v);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(lower, z.enum(values, { error: `should be one of: ${values.join(", ")}` }));

const wholeMonths = z
  .number({ error: "should be a whole number of months" })
  .int("should be a whole number of months")
  .min(0, "cannot be negative")
  .max(EXPERIENCE_MONTHS_MAX, `should be at most ${EXPERIENCE_MONTHS_MAX} (50 years)`);

/** The check for an answer in the registry (src/model/answers.ts), from the kind of value it holds. */
function registeredSchema(value: AnswerValue): z.ZodType {
  switch (value.type) {
    case "choice":
      return oneOf(value.values as [string, ...string[]]);
    case "choices":
      return z.array(oneOf(value.values as [string, ...string[]]), { error: `should be a list of any of: ${value.values.join(", ")}` });
    case "hours":
      return z.union(
        [
          z.number().min(value.min, `should be at least ${value.min} hours`).max(value.max, `should be at most ${value.max} hours`),
          z.preprocess(lower, z.literal(FULL_TIME)),
        ],
        { error: `should be a number of hours from ${value.min} to ${value.max}, or ${FULL_TIME}` },
      );
    case "months":
      return z
        .number({ error: "should be a whole number of months" })
        .int("should be a whole number of months")
        .min(0, "cannot be negative")
        .max(value.max, `should be at most ${value.max} (${value.max / 12} years)`);
    case "years":
      return z.number({ error: "should be a number of years" }).min(0, "cannot be negative").max(value.max, `should be at most ${value.max} years`);
    case "yes-no":
      return z.boolean({ error: "should be true or false" });
    case "wpm":
      return z
        .number({ error: "should be a number of words per minute" })
        .min(0, "cannot be negative")
        .max(value.max, `should be at most ${value.max} words per minute`);
  }
}

/** An earlier answer's check, from its entry's kind, typed by it; placed where the answer always stood, so the JSON Schema keeps its order. */
const earlierCheck = <K extends EarlierAnswer["key"]>(key: K) =>
  registeredSchema(earlierAnswer(key)!.value).nullish() as z.ZodOptional<z.ZodNullable<z.ZodType<ValueOf<Extract<EarlierAnswer, { key: K }>["value"]>>>>;

type RegisteredShape = { [A in RegisteredAnswer as A["key"]]: z.ZodOptional<z.ZodNullable<z.ZodType<ValueOf<A["value"]>>>> };

/** Every registered answer, each with a description for the JSON Schema; null or left out is "not said". */
const registeredShape = Object.fromEntries(REGISTERED_ANSWERS.map((a) => [a.key, registeredSchema(a.value).nullish().describe(a.about)])) as unknown as RegisteredShape;

export const answersSchema = z.strictObject({
  /** A name or initials, for workshops; never used in the assessment. */
  name: z.string({ error: "should be text" }).max(200, "should be at most 200 characters").nullish(),
  typingWpm: earlierCheck("typingWpm"),
  audioTyping: earlierCheck("audioTyping"),
  medicalTerminology: earlierCheck("medicalTerminology"),
  officeSkills: earlierCheck("officeSkills"),
  qualifications: z.array(z.string({ error: "should be a qualification id" })).nullish(),
  experience: z.strictObject({
    adminMonths: wholeMonths.default(0),
    customerServiceMonths: wholeMonths.default(0),
    healthcareMonths: wholeMonths.default(0),
    secretarialMonths: wholeMonths.default(0),
  }),
  needsToEarnWhileLearning: earlierCheck("needsToEarnWhileLearning"),
  canStudyPartTime: earlierCheck("canStudyPartTime"),
  nation: earlierCheck("nation"),
  target: z.string({ error: "should be a role id" }).nullish(),
  /** Where the person works now (added in 0.2). */
  currentJob: earlierCheck("currentJob"),
  /** Their Agenda for Change band, for NHS staff: 1-9 or 8a-8d (1 only where the nation's pay has it, checked in parse.ts); a bare number is fine. */
  nhsBand: z.preprocess((v) => (typeof v === "number" || typeof v === "string" ? bandName(String(v)) : v), z.literal(NHS_BANDS, { error: `should be an Agenda for Change band: ${NHS_BANDS.join(", ")}` })).nullish(),
  age: z
    .number({ error: "should be a whole number of years" })
    .int("should be a whole number of years")
    .min(AGE_MIN, `should be at least ${AGE_MIN}`)
    .max(AGE_MAX, `should be at most ${AGE_MAX}`)
    .nullish(),
  /** Qualifications being worked towards now, not held yet: an apprenticeship or course under way (added in 0.2). */
  studying: z.array(z.string({ error: "should be a qualification id" })).nullish(),
  /** Instead of age: one of the groups the minimum wage and apprenticeships turn on. */
  ageGroup: z.preprocess((v) => (typeof v === "number" || typeof v === "string" ? ageGroupName(String(v)) : v), z.enum(AGE_GROUPS, { error: `should be one of: ${AGE_GROUPS.join(", ")}` })).nullish(),
  // The answers added since 0.2, from the registry: after the older ones, in the registry's order.
  ...registeredShape,
});

export type Answers = z.input<typeof answersSchema>;

/** The keys an answers file may hold at a path, for "did you mean" on a misspelt one. */
export function answerKeys(path: readonly PropertyKey[]): string[] {
  const shape = path[0] === "experience" ? answersSchema.shape.experience.shape : answersSchema.shape;
  return Object.keys(shape);
}
