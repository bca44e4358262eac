// The answers contract (docs/contract.md): one schema for an answers file and for the
// questionnaire, so the two ways in cannot disagree about what is valid. Built
// from the registry of answers (src/model/answers.ts): each entry's check from
// its kind, in the place the entry holds in an answers file.

import { z } from "zod";
import { EXPERIENCE_MONTHS_MAX, TYPING_WPM_MAX } from "./limits.js";
import { ageGroupName, meantFullTime } from "./typed.js";
import { bandName } from "../engine/pay.js";
import { AFC_BANDS } from "../model/vocabulary.js";
import { answersInFileOrder, earlierAnswer, FULL_TIME, REGISTERED_ANSWERS, type AnswerValue, type EarlierAnswer, type EarlierAnswerDef, type RegisteredAnswer, type ValueOf } from "../model/answers.js";

export { EXPERIENCE_MONTHS_MAX, TYPING_WPM_MAX };
const AGE = earlierAnswer("age")!.value as { min: number; max: number };
export const AGE_MIN = AGE.min;
export const AGE_MAX = AGE.max;
export const NHS_BANDS = AFC_BANDS;

/**
 * "England", "ENGLAND" and "Northern Ireland" mean england and
 * northern-ireland: case, and a space for a hyphen, are not worth an error.
 */
const lower = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase().replace(/[\s_]+/g, "-") : v);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(lower, z.enum(values, { error: `should be one of: ${values.join(", ")}` }));
/** A bare number is as good as its text: band 3, age group 18. */
const asText = (name: (text: string) => string) => (v: unknown) => (typeof v === "number" || typeof v === "string" ? name(String(v)) : v);

/** The check for an answer in the registry (src/model/answers.ts), from the kind of value it holds. */
function kindSchema(value: AnswerValue): z.ZodType {
  switch (value.type) {
    case "choice":
      return oneOf(value.values as [string, ...string[]]);
    case "choices":
      return z.array(oneOf(value.values as [string, ...string[]]), { error: `should be a list of any of: ${value.values.join(", ")} (an empty list, [], means none of these)` });
    case "hours":
      return z.union(
        [
          z.number().min(value.min, `should be at least ${value.min} hour${value.min === 1 ? "" : "s"}`).max(value.max, `should be at most ${value.max} hours`),
          z.preprocess(lower, z.literal(FULL_TIME)),
        ],
        { error: (issue) => `should be a number of hours from ${value.min} to ${value.max}, or ${FULL_TIME}${meantFullTime(issue.input) ? ` (did you mean ${FULL_TIME}?)` : ""}` },
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
    // Which role, and which qualifications, the data decides: parse.ts checks the ids against it.
    case "role":
      return z.string({ error: "should be a role id" });
    case "qualifications":
      return z.array(z.string({ error: "should be a qualification id" }));
    // Whether the nation pays the band, its pay tables decide (parse.ts).
    case "band":
      return z.preprocess(asText(bandName), z.literal(value.values, { error: `should be an Agenda for Change band: ${value.values.join(", ")}` }));
    case "age":
      return z
        .number({ error: "should be a whole number of years" })
        .int("should be a whole number of years")
        .min(value.min, `should be at least ${value.min}`)
        .max(value.max, `should be at most ${value.max}`);
    case "age-group":
      return z.preprocess(asText(ageGroupName), z.enum(value.values as [string, ...string[]], { error: `should be one of: ${value.values.join(", ")}` }));
  }
}

/**
 * An answer's check in an answers file: null or left out is "not said";
 * a length that is none when blank (experience) is 0 months when left out.
 * A registered answer carries a description for the JSON Schema.
 */
function check(def: EarlierAnswerDef & { about?: string }): z.ZodType {
  const kind = kindSchema(def.value);
  if (def.value.type === "months" && def.value.blank === "none") return kind.default(0);
  return def.about === undefined ? kind.nullish() : kind.nullish().describe(def.about);
}

type Checked<V extends AnswerValue> = z.ZodOptional<z.ZodNullable<z.ZodType<ValueOf<V>, ValueOf<V>>>>;
type Nested = Extract<EarlierAnswer, { key: `experience.${string}` }>;
type TopLevel = Exclude<EarlierAnswer, Nested>;
type AnswersShape = { name: z.ZodOptional<z.ZodNullable<z.ZodString>> } & { [A in TopLevel as A["key"]]: Checked<A["value"]> } & {
  experience: z.ZodObject<{ [A in Nested as A["key"] extends `experience.${infer K}` ? K : never]: z.ZodDefault<z.ZodType<number, number>> }, z.core.$strict>;
} & { [A in RegisteredAnswer as A["key"]]: Checked<A["value"]> };

/**
 * Every answer in the order of an answers file: a name first (for workshops;
 * never used in the assessment), the answers of 0.1 and 0.2 where they always
 * stood, those nested under `experience` in one mapping, then the registered
 * ones in the registry's order.
 */
function answersShape(): AnswersShape {
  const shape: Record<string, z.ZodType> = { name: z.string({ error: "should be text" }).max(200, "should be at most 200 characters").nullish() };
  const nested: Record<string, Record<string, z.ZodType>> = {};
  for (const def of answersInFileOrder(REGISTERED_ANSWERS)) {
    const [outer, inner] = def.key.split(".") as [string, string | undefined];
    if (inner === undefined) shape[outer] = check(def);
    else {
      if (!nested[outer]) shape[outer] = z.strictObject((nested[outer] = {}));
      nested[outer][inner] = check(def);
    }
  }
  // The nested mappings were made empty where they stand, and filled after.
  for (const [outer, inner] of Object.entries(nested)) shape[outer] = z.strictObject(inner);
  return shape as unknown as AnswersShape;
}

export const answersSchema = z.strictObject(answersShape());

export type Answers = z.input<typeof answersSchema>;

/** The keys an answers file may hold at a path, for "did you mean" on a misspelt one. */
export function answerKeys(path: readonly PropertyKey[]): string[] {
  const shape = path[0] === "experience" ? answersSchema.shape.experience.shape : answersSchema.shape;
  return Object.keys(shape);
}
