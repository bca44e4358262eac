// Turns an answers document (from a file, stdin or the questionnaire) into a
// Profile, checking it against the schema and the dataset's ids.

import { AnswersError, IssueList } from "../errors.js";
import { DEFAULT_NATION } from "../engine/assess.js";
import { NATIONS, nationName, type Dataset, type Nation, type Profile } from "../engine/types.js";
import { formatPath, parseYamlSource, schemaIssues, type YamlSource } from "../data/yaml-source.js";
import { answersKey } from "./answers-key.js";
import { REGISTERED_ANSWERS } from "../model/answers.js";
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

function checkedProfile(value: unknown, dataset: Dataset, file: string, source?: YamlSource): Profile {
  const where: YamlSource = source ?? { value, lineOf: () => undefined };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new AnswersError([{ file, line: 1, message: "should be a mapping of answers, like `typingWpm: 45` (see the README)" }]);
  }
  const result = answersSchema.safeParse(value);
  if (!result.success) throw new AnswersError(schemaIssues(result.error, file, where, answerKeys));
  const a = result.data;

  const issues = new IssueList();
  const qualIds = new Set(dataset.qualifications.map((q) => q.id));
  const held = new Set(a.qualifications ?? []);
  // The ids are listed with the first unknown one only: a list of thousands must not repeat them each time.
  let listed = false;
  for (const key of ["qualifications", "studying"] as const) {
    (a[key] ?? []).forEach((id, i) => {
      const at = () => ({ file, line: where.lineOf([key, i]), field: formatPath([key, i]) });
      if (!qualIds.has(id)) {
        issues.add(() => {
          const guess = closest(id, [...qualIds]);
          const list = listed ? "see the list of ids above" : `use one of: ${[...qualIds].join(", ")}`;
          listed = true;
          return { ...at(), message: `"${id}" is not a qualification id${guess ? ` (did you mean ${guess}?)` : ""}; ${list}` };
        });
      } else if (key === "studying" && held.has(id)) {
        issues.add(() => ({ ...at(), message: `"${id}" is under qualifications too; list it under qualifications once you hold it, under studying while you work towards it` }));
      }
    });
  }
  if (a.target != null && !targetRoles(dataset).some((r) => r.id === a.target)) {
    const targets = targetRoles(dataset).map((r) => r.id);
    const guess = closest(a.target, targets);
    const known = dataset.roles.some((r) => r.id === a.target);
    issues.add({
      file,
      line: where.lineOf(["target"]),
      field: "target",
      message: `${known ? `"${a.target}" is a role no route in the data leads to` : `"${a.target}" is not a role id${guess ? ` (did you mean ${guess}?)` : ""}`}; aim for one of: ${targets.join(", ")}`,
    });
  }
  if (a.nhsBand != null) {
    const problem = bandProblem(a.nhsBand, a.nation ?? undefined, dataset);
    if (problem) issues.add({ file, line: where.lineOf(["nhsBand"]), field: "nhsBand", message: problem });
  }
  if (a.age != null && a.ageGroup != null && ageGroupOf({ ...EMPTY, age: a.age }) !== a.ageGroup) {
    issues.add({ file, line: where.lineOf(["ageGroup"]), field: "ageGroup", message: `"${a.ageGroup}" does not match age ${a.age}; give one or the other` });
  }
  if (issues.count > 0) throw new AnswersError(issues);

  const profile: Profile = { qualifications: [...new Set(a.qualifications ?? [])], experience: a.experience };
  // Not saying is not the same as holding none.
  if (a.qualifications == null) profile.qualificationsUnknown = true;
  if (a.typingWpm != null) profile.typingWpm = a.typingWpm;
  if (a.audioTyping != null) profile.audioTyping = a.audioTyping;
  if (a.medicalTerminology != null) profile.medicalTerminology = a.medicalTerminology;
  if (a.officeSkills != null) profile.officeSkills = a.officeSkills;
  if (a.needsToEarnWhileLearning != null) profile.needsToEarnWhileLearning = a.needsToEarnWhileLearning;
  if (a.canStudyPartTime != null) profile.canStudyPartTime = a.canStudyPartTime;
  if (a.nation != null) profile.nation = a.nation;
  if (a.target != null) profile.target = a.target;
  if (a.currentJob != null) profile.currentJob = a.currentJob;
  if (a.nhsBand != null) profile.nhsBand = a.nhsBand;
  if (a.age != null) profile.age = a.age;
  if (a.studying != null && a.studying.length > 0) profile.studying = [...new Set(a.studying)];
  if (a.ageGroup != null) profile.ageGroup = a.ageGroup;
  else if (a.age != null) profile.ageGroup = ageGroupOf({ ...EMPTY, age: a.age });
  // The registered answers as given: a list once each, in the order given (an empty one says "none of these").
  for (const { key } of REGISTERED_ANSWERS) {
    const value = a[key];
    if (value != null) Object.assign(profile, { [key]: Array.isArray(value) ? [...new Set(value)] : value });
  }
  return profile;
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

/** Parses answers text (YAML or JSON) into a Profile, or throws AnswersError. */
export function parseAnswers(text: string, dataset: Dataset, file: string): Profile {
  const source = parseYamlSource(text, file);
  if ("issues" in source) throw new AnswersError(source.issues);
  if (source.value === undefined || source.value === null) {
    throw new AnswersError([{ file, message: "is empty; it needs at least `experience:` (see the README for an example)" }]);
  }
  return profileFromValue(source.value, dataset, file, source);
}

/** A Profile written back in the answers-file format (--save-answers, --save). Unknowns are left out. */
export function answersOf(profile: Profile): Record<string, unknown> {
  return statedAnswers(profile);
}
