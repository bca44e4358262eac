// Turns an answers document (from a file, stdin or the questionnaire) into a
// Profile, checking it against the schema and the dataset's ids.

import { AnswersError, IssueList, type Issue } from "../errors.js";
import { DEFAULT_NATION } from "../engine/assess.js";
import { NATIONS, nationName, type Dataset, type Nation, type Profile } from "../engine/types.js";
import { formatPath, parseYamlSource, schemaIssues, type YamlSource } from "../data/yaml-source.js";
import { answersKey } from "./answers-key.js";
import { ANSWERS, answersInFileOrder, askedContext, REGISTERED_ANSWERS, type EarlierAnswerDef } from "../model/answers.js";
import { answerKeys, answersSchema, NHS_BANDS } from "./schema.js";
import { targetRoles } from "../engine/routes.js";
import { closest } from "../engine/words.js";
import { ageGroupOf, statedAnswers } from "../engine/person.js";

const EMPTY: Profile = { qualifications: [], experience: { adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 } };

// Answers given again (a workshop's form often holds the same answers many
// times over) are checked once per dataset; each caller gets a copy of its own.
const checked = new WeakMap<Dataset, Map<string, Profile>>();
/** Answers kept before starting afresh: a million rows stay within memory. */
const CHECKED_KEPT = 5000;

/** A Profile's own copy, sharing nothing with another's. */
function copyOf(profile: Profile): Profile {
  const copy = { ...profile, qualifications: [...profile.qualifications], experience: { ...profile.experience } };
  if (profile.studying) copy.studying = [...profile.studying];
  if (profile.circumstances) copy.circumstances = [...profile.circumstances];
  return copy;
}

/**
 * The answers as they bear on the Profile. A name is never used in the
 * assessment: one that passes its own check is left out, so that a list of
 * named attendees with the same answers is checked once, not once a name.
 */
function keyOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || !("name" in value)) return answersKey(value);
  const { name, ...answers } = value as Record<string, unknown>;
  return answersSchema.shape.name.safeParse(name).success ? answersKey(answers) : undefined;
}

/** Checks an already-parsed answers value; `source` pins problems to lines. */
export function profileFromValue(value: unknown, dataset: Dataset, file: string, source?: YamlSource): Profile {
  const key = keyOf(value);
  let byKey = checked.get(dataset);
  if (!byKey) checked.set(dataset, (byKey = new Map()));
  const known = key === undefined ? undefined : byKey.get(key);
  if (known) return copyOf(known);
  // Only answers that pass are kept: a problem is reported with this file's own lines.
  const profile = checkedProfile(value, dataset, file, source);
  if (key !== undefined) {
    if (byKey.size >= CHECKED_KEPT) byKey.clear();
    byKey.set(key, copyOf(profile));
  }
  return profile;
}

/** An answer's value where it stands: a key with a dot is nested (experience.adminMonths). */
function valueAt(answers: object, key: string): unknown {
  return key.split(".").reduce<unknown>((v, part) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined), answers);
}

function setAt(answers: object, key: string, value: unknown): void {
  const path = key.split(".");
  const last = path.pop()!;
  const node = path.reduce((v, part) => (v as Record<string, object>)[part]!, answers);
  (node as Record<string, unknown>)[last] = value;
}

type Checked = ReturnType<typeof answersSchema.parse>;

interface DataCheck {
  a: Checked;
  dataset: Dataset;
  file: string;
  where: YamlSource;
  issues: IssueList;
  /** The qualification ids are listed once, with the first unknown one: a list of thousands must not repeat them each time. */
  listed: boolean;
}

/**
 * The kinds whose values the data decides, each checked against it; the
 * others the schema has checked whole. In this order, answer by answer in an
 * answers file's order, their problems have always been listed.
 */
const DATA_CHECKS: { [T in "qualifications" | "role" | "band"]: (def: EarlierAnswerDef, value: unknown, c: DataCheck) => void } = {
  qualifications: (def, value, c) => {
    const qualIds = new Set(c.dataset.qualifications.map((q) => q.id));
    const held = def.notHeld ? new Set((valueAt(c.a, def.notHeld) as string[] | null | undefined) ?? []) : undefined;
    (value as string[]).forEach((id, i) => {
      const at = () => ({ file: c.file, line: c.where.lineOf([def.key, i]), field: formatPath([def.key, i]) });
      if (!qualIds.has(id)) {
        c.issues.add(() => {
          const guess = closest(id, [...qualIds]);
          const list = c.listed ? "see the list of ids above" : `use one of: ${[...qualIds].join(", ")}`;
          c.listed = true;
          return { ...at(), message: `"${id}" is not a qualification id${guess ? ` (did you mean ${guess}?)` : ""}; ${list}` };
        });
      } else if (held?.has(id)) {
        c.issues.add(() => ({ ...at(), message: `"${id}" is under ${def.notHeld} too; list it under ${def.notHeld} once you hold it, under ${def.key} while you work towards it` }));
      }
    });
  },
  role: (def, value, c) => {
    const id = value as string;
    if (targetRoles(c.dataset).some((r) => r.id === id)) return;
    const targets = targetRoles(c.dataset).map((r) => r.id);
    const guess = closest(id, targets);
    const known = c.dataset.roles.some((r) => r.id === id);
    c.issues.add({
      file: c.file,
      line: c.where.lineOf([def.key]),
      field: def.key,
      message: `${known ? `"${id}" is a role no route in the data leads to` : `"${id}" is not a role id${guess ? ` (did you mean ${guess}?)` : ""}`}; aim for one of: ${targets.join(", ")}`,
    });
  },
  // Whether the band is paid where the person works (England if not given).
  band: (def, value, c) => {
    const problem = bandProblem(value as string, c.a.nation ?? undefined, c.dataset);
    if (problem) c.issues.add({ file: c.file, line: c.where.lineOf([def.key]), field: def.key, message: problem });
  },
};

function checkedProfile(value: unknown, dataset: Dataset, file: string, source?: YamlSource): Profile {
  const where: YamlSource = source ?? { value, lineOf: () => undefined };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new AnswersError([{ file, line: 1, message: "should be a mapping of answers, like `typingWpm: 45` (see the README)" }]);
  }
  const result = answersSchema.safeParse(value);
  if (!result.success) throw new AnswersError(schemaIssues(result.error, file, where, answerKeys));
  const a = result.data;

  const issues = new IssueList();
  const check: DataCheck = { a, dataset, file, where, issues, listed: false };
  const answers = answersInFileOrder(REGISTERED_ANSWERS);
  for (const kind of ["qualifications", "role", "band"] as const) {
    for (const def of answers) {
      const given = def.value.type === kind ? valueAt(a, def.key) : undefined;
      if (given != null) DATA_CHECKS[kind](def, given, check);
    }
  }
  // An age and an age group are one answer given two ways: they must agree.
  if (a.age != null && a.ageGroup != null && ageGroupOf({ ...EMPTY, age: a.age }) !== a.ageGroup) {
    issues.add({ file, line: where.lineOf(["ageGroup"]), field: "ageGroup", message: `"${a.ageGroup}" does not match age ${a.age}; give one or the other` });
  }
  if (issues.count > 0) throw new AnswersError(issues);
  return profileOf(a, answers);
}

/**
 * The answers as a Profile, entry by entry, as given: a list once each, in
 * the order given (an empty one says "none of these"; an empty list of what
 * is worked towards is nothing, left out). A blank is left out: not said.
 */
function profileOf(a: Checked, answers: readonly EarlierAnswerDef[]): Profile {
  // Every Profile holds a list of qualifications and months of each kind of work, said or not.
  const profile: Profile = { qualifications: [...new Set(a.qualifications ?? [])], experience: a.experience };
  // Not saying is not the same as holding none.
  if (a.qualifications == null) profile.qualificationsUnknown = true;
  for (const def of answers) {
    const value = valueAt(a, def.key);
    if (value == null) continue;
    if (!Array.isArray(value)) setAt(profile, def.key, value);
    else if (value.length > 0 || !def.notHeld) setAt(profile, def.key, [...new Set(value)]);
  }
  // An age gives its group, which the rules read.
  if (profile.ageGroup === undefined && profile.age !== undefined) profile.ageGroup = ageGroupOf(profile);
  return profile;
}

/**
 * The answers the rules ignore for this person, though given (Welsh outside
 * Wales): each by its key, with why, from its registry entry. Said as
 * warnings: the answers stay valid, and the exit code is the same. `name`
 * names the other answers a reason refers to (a sheet's columns; keys by default).
 */
export function ignoredAnswers(profile: Profile, name: (key: string) => string = (key) => key): { key: string; message: string }[] {
  const ctx = askedContext(profile, DEFAULT_NATION);
  return ANSWERS.flatMap((def) => (def.ignoredWhen && valueAt(profile, def.key) !== undefined && def.ignoredWhen.when(ctx) ? [{ key: def.key, message: `ignored: ${def.ignoredWhen.because(ctx, name)}` }] : []));
}

/**
 * Why a band cannot be the person's in their nation (England if not given),
 * or undefined if it can: band 1 is in some nations' pay tables and not in
 * others', so the tables decide, never a fixed list.
 */
export function bandProblem(band: string, nation: Nation | undefined, dataset: Dataset): string | undefined {
  const where = nation ?? DEFAULT_NATION;
  const bandsIn = (n: Nation) => new Set(dataset.pay.tables.filter((t) => t.nation === n).flatMap((t) => t.bands.map((b) => b.band)));
  const held = bandsIn(where);
  // No pay table for the nation at all: nothing to check against.
  if (held.size === 0 || held.has(band)) return undefined;
  const elsewhere = NATIONS.filter((n) => n !== where && bandsIn(n).has(band)).map(nationName);
  const assumed = nation === undefined ? " (no nation was given, so England is assumed: add nation if you work elsewhere)" : "";
  return `band ${band} is not in ${nationName(where)}'s Agenda for Change pay tables, which have bands ${NHS_BANDS.filter((b) => held.has(b)).join(", ")}${elsewhere.length > 0 ? `; band ${band} is in ${elsewhere.join(" and ")}'s` : ""}${assumed}`;
}

/**
 * Parses answers text (YAML or JSON) into a Profile, or throws AnswersError.
 * `warn` is told of each answer the rules ignore for this person, pinned to its line.
 */
export function parseAnswers(text: string, dataset: Dataset, file: string, warn?: (issue: Issue) => void): Profile {
  const source = parseYamlSource(text, file);
  if ("issues" in source) throw new AnswersError(source.issues);
  if (source.value === undefined || source.value === null) {
    throw new AnswersError([{ file, message: "is empty; it needs at least `experience:` (see the README for an example)" }]);
  }
  const profile = profileFromValue(source.value, dataset, file, source);
  if (warn) for (const { key, message } of ignoredAnswers(profile)) warn({ file, line: source.lineOf(key.split(".")), field: key, message });
  return profile;
}

/** A Profile written back in the answers-file format (--save-answers, --save). Unknowns are left out. */
export function answersOf(profile: Profile): Record<string, unknown> {
  return statedAnswers(profile);
}
