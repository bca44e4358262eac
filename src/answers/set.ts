// `--set key=value`: an answer changed on the command line, written as it would
// be in an answers file, and checked by the same schema with the same errors.

import { z } from "zod";
import { AnswersError, IssueList, UsageError } from "../errors.js";
import type { Dataset, Profile } from "../engine/types.js";
import { parseYamlSource } from "../data/yaml-source.js";
import { answersOf, profileFromValue } from "./parse.js";
import { answersSchema } from "./schema.js";

/** Problems with a --set value are reported as coming from here, not from the answers file. */
export const SET_SOURCE = "--set";

export interface AnswerSet {
  /** The key's path: ["experience", "adminMonths"] for experience.adminMonths. */
  path: string[];
  value: unknown;
  /** As typed, for messages. */
  text: string;
}

const EXAMPLE = "Write it as key=value, like --set typingWpm=55 or --set experience.adminMonths=24.";

/** Splits each `key=value`; a malformed one is a usage error, a value that is not valid YAML an answers error. */
export function parseSets(args: readonly string[] | undefined): AnswerSet[] {
  return (args ?? []).map((text) => {
    const eq = text.indexOf("=");
    if (eq < 0) throw new UsageError(`--set "${text}" has no "=": which answer, and what value?`, EXAMPLE);
    const key = text.slice(0, eq).trim();
    const path = key.split(".");
    if (path.some((part) => part === "")) throw new UsageError(`--set "${text}" does not name an answer before "="`, EXAMPLE);
    const parsed = parseYamlSource(text.slice(eq + 1), SET_SOURCE);
    if ("issues" in parsed) {
      throw new AnswersError(parsed.issues.map((issue) => ({ file: SET_SOURCE, field: key, message: issue.message })));
    }
    return { path, value: parsed.value, text };
  });
}

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** A copy of `answers` with the sets applied in order (a later one wins). */
export function applySets(answers: Record<string, unknown>, sets: readonly AnswerSet[]): Record<string, unknown> {
  const root = structuredClone(answers);
  for (const set of sets) {
    let node = root;
    set.path.forEach((key, i) => {
      // Own properties only, defined rather than assigned: a key such as
      // __proto__ becomes an unknown field for the schema to name, not a prototype.
      const last = i === set.path.length - 1;
      const existing = Object.hasOwn(node, key) ? node[key] : undefined;
      const value = last ? set.value : isMapping(existing) ? existing : {};
      Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
      if (!last) node = value as Record<string, unknown>;
    });
    // An age and an age group are one answer given two ways: the one set replaces the other.
    const other = set.path.length === 1 ? AGE_PAIR[set.path[0]!] : undefined;
    if (other && set.value !== null && set.value !== undefined) delete root[other];
  }
  return root;
}

const AGE_PAIR: Record<string, string> = { age: "ageGroup", ageGroup: "age" };

/** Answers whose value is a list (qualifications), found from the schema so that a new one is covered too. */
const LIST_KEYS: ReadonlySet<string> = new Set(
  Object.entries(answersSchema.shape)
    .filter(([, schema]) => {
      let inner: z.ZodType = schema;
      while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
      return inner instanceof z.ZodArray;
    })
    .map(([key]) => key),
);

/**
 * Validates with the sets' own words: a single value given where a list is
 * wanted (qualifications=gcse-maths) is told how to write it as a list, quoted
 * for the shell, which would otherwise take [ ] as a pattern.
 */
function validated<T>(sets: readonly AnswerSet[], check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (!(e instanceof AnswersError)) throw e;
    // The last set of a key is the one that counts, as in applySets.
    const lastOf = new Map(sets.filter((s) => s.path.length === 1).map((s) => [s.path[0]!, s]));
    const single = (field: string | undefined) => {
      const set = field === undefined || !LIST_KEYS.has(field) ? undefined : lastOf.get(field);
      return set && set.value != null && !Array.isArray(set.value) ? set : undefined;
    };
    // The same problems, the single-for-a-list ones reworded; those counted past the first few stay counted.
    const list = new IssueList();
    for (const issue of e.issues) {
      const set = single(issue.field);
      if (!set) {
        list.add(issue);
        continue;
      }
      // Circumstances are never echoed (they may hold the reason for adjustments): an example stands in.
      const given = set.path[0] === "circumstances" ? "carer,adjustments" : set.text.slice(set.text.indexOf("=") + 1).trim();
      const listed = `${set.path[0]}=[${given}]`.replace(/'/g, `'\\''`);
      list.add({ ...issue, message: `should be a list in [ ], even of one: write --set '${listed}'` });
    }
    list.more += e.more;
    throw new AnswersError(list);
  }
}

/** A profile with the sets applied, checked as an answers file would be; problems name the --set key. */
export function profileWithSets(profile: Profile, sets: readonly AnswerSet[], dataset: Dataset): Profile {
  return validated(sets, () => profileFromValue(applySets(answersOf(profile), sets), dataset, SET_SOURCE));
}

/**
 * Checks the sets on their own, before any question is asked: every answer is
 * optional but experience, so each set key and value stands or falls alone.
 */
export function checkSets(sets: readonly AnswerSet[], dataset: Dataset): void {
  if (sets.length > 0) validated(sets, () => profileFromValue(applySets({ experience: {} }, sets), dataset, SET_SOURCE));
}
