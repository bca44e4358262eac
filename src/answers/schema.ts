// The answers contract (DESIGN.md): one schema for an answers file and for the
// questionnaire, so the two ways in cannot disagree about what is valid.

import { z } from "zod";
import { NATIONS, OFFICE_LEVELS, TERMINOLOGY_LEVELS } from "../engine/types.js";
import { EXPERIENCE_MONTHS_MAX, TYPING_WPM_MAX } from "./limits.js";

export { EXPERIENCE_MONTHS_MAX, TYPING_WPM_MAX };

/** "England" and "ENGLAND" mean england: case is not worth an error. */
const lower = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : v);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(lower, z.enum(values, { error: `should be one of: ${values.join(", ")}` }));

const wholeMonths = z
  .number({ error: "should be a whole number of months" })
  .int("should be a whole number of months")
  .min(0, "cannot be negative")
  .max(EXPERIENCE_MONTHS_MAX, `should be at most ${EXPERIENCE_MONTHS_MAX} (50 years)`);

export const answersSchema = z.strictObject({
  /** A name or initials, for workshops; never used in the assessment. */
  name: z.string({ error: "should be text" }).max(200, "should be at most 200 characters").nullish(),
  typingWpm: z
    .number({ error: "should be a number of words per minute" })
    .min(0, "cannot be negative")
    .max(TYPING_WPM_MAX, `should be at most ${TYPING_WPM_MAX} words per minute`)
    .nullish(),
  audioTyping: z.boolean({ error: "should be true or false" }).nullish(),
  medicalTerminology: oneOf(TERMINOLOGY_LEVELS).nullish(),
  officeSkills: oneOf(OFFICE_LEVELS).nullish(),
  qualifications: z.array(z.string({ error: "should be a qualification id" })).default([]),
  experience: z.strictObject({
    adminMonths: wholeMonths.default(0),
    customerServiceMonths: wholeMonths.default(0),
    healthcareMonths: wholeMonths.default(0),
    secretarialMonths: wholeMonths.default(0),
  }),
  needsToEarnWhileLearning: z.boolean({ error: "should be true or false" }).nullish(),
  canStudyPartTime: z.boolean({ error: "should be true or false" }).nullish(),
  nation: oneOf(NATIONS).nullish(),
  target: z.string({ error: "should be a role id" }).nullish(),
});

export type Answers = z.input<typeof answersSchema>;

/** The keys an answers file may hold at a path, for "did you mean" on a misspelt one. */
export function answerKeys(path: readonly PropertyKey[]): string[] {
  const shape = path[0] === "experience" ? answersSchema.shape.experience.shape : answersSchema.shape;
  return Object.keys(shape);
}
