// Where a person stands today, beyond their skills: the job they do now, their
// NHS band, their age, and what their answers imply when a question was left
// blank. Routes, pay and notes all ask these questions here, in one place.

import type { AgeGroup, Circumstance, CurrentJob, Dataset, ExperienceKind, Implied, MinimumWage, Nation, Profile, Role, RouteNote } from "./types.js";
import { EXPERIENCE_KINDS } from "./types.js";
import { NHS_JOBS } from "../model/vocabulary.js";

const MONTHS_KEY = {
  admin: "adminMonths",
  customerService: "customerServiceMonths",
  healthcare: "healthcareMonths",
  secretarial: "secretarialMonths",
} as const satisfies Record<ExperienceKind, keyof Profile["experience"]>;

/**
 * Months of work of any of these kinds. The kinds overlap (eight years as a
 * legal secretary are eight years of office work and eight of secretarial
 * work), so the longest counts, never the sum.
 */
export function experienceMonths(profile: Profile, kinds: readonly ExperienceKind[]): number {
  let most = 0;
  for (const kind of kinds) most = Math.max(most, profile.experience[MONTHS_KEY[kind]]);
  return most;
}

/** Work that was all of these kinds at once (secretarial work in healthcare): at most the shortest of them. */
export function experienceOfAll(profile: Profile, kinds: readonly ExperienceKind[]): number {
  return Math.min(...kinds.map((kind) => profile.experience[MONTHS_KEY[kind]]));
}

/**
 * The kinds of work a person's job now surely is. A GP practice employs
 * nurses as well as receptionists, so that job says healthcare, not admin.
 */
const JOB_EXPERIENCE: Record<CurrentJob, readonly ExperienceKind[]> = {
  "not-working": [],
  "customer-facing": ["customerService"],
  office: ["admin"],
  secretarial: ["secretarial", "admin"],
  "gp-practice": ["healthcare"],
  "nhs-admin": ["admin", "healthcare"],
  "nhs-clinical": ["healthcare"],
  "care-or-private-healthcare": ["healthcare"],
  "nhs-support": ["healthcare"],
};

/**
 * Where the person's job now is work of these kinds but they gave none of it
 * (a blank cell, a skipped question): how long is not known, not nothing.
 */
export function experienceUnsaid(profile: Profile, kinds: { anyOf?: readonly ExperienceKind[]; allOf?: readonly ExperienceKind[] }): boolean {
  const job = profile.currentJob;
  if (job === undefined) return false;
  const doing = JOB_EXPERIENCE[job];
  const asked = kinds.allOf ?? kinds.anyOf ?? [];
  const stated = kinds.allOf ? experienceOfAll(profile, asked) : experienceMonths(profile, asked);
  return stated === 0 && asked.length > 0 && (kinds.allOf ? asked.every((k) => doing.includes(k)) : asked.some((k) => doing.includes(k)));
}

/**
 * New to work: less than `months` of any kind, and not someone in a job who
 * simply left its length out.
 */
export function newToWork(person: Person, months: number): boolean {
  const all = person.workMonths;
  return all < months && !(all === 0 && person.works === true);
}

/** All the work a person has done, of any kind. */
export function workMonths(profile: Profile): number {
  return experienceMonths(profile, EXPERIENCE_KINDS);
}

/**
 * Whether the person may already hold the role: on one of its bands, in an
 * admin job in the NHS or a GP practice. Ready, such a person is pointed to
 * the roles it leads to.
 */
export function mayHoldRole(profile: Profile, role: Role): boolean {
  return profile.nhsBand !== undefined && role.bands.includes(profile.nhsBand) && (profile.currentJob === "nhs-admin" || profile.currentJob === "gp-practice");
}

/** Whether the person has a job now; undefined when they did not say. */
export function worksNow(profile: Profile): boolean | undefined {
  return profile.currentJob === undefined ? undefined : profile.currentJob !== "not-working";
}

// The list lives in the vocabulary, where the registry of answers reads it too (whom the band is asked).
export { NHS_JOBS };

/**
 * Employed by the NHS (a trust or board) now: undefined when they did not say
 * where they work. Someone who gives an NHS band but not their job is taken
 * at their word.
 */
export function isNhsStaff(profile: Profile): boolean | undefined {
  if (profile.currentJob === undefined) return profile.nhsBand !== undefined ? true : undefined;
  return NHS_JOBS.includes(profile.currentJob);
}

/**
 * A Profile as the person stated it, in the answers-file format: what they
 * left unsaid stays out (qualifications not listed; an age group worked out
 * from their age). Saved files and comparisons both use this, so neither
 * shows a field the person never gave.
 */
export function statedAnswers(profile: Profile): Record<string, unknown> {
  const { qualifications, qualificationsUnknown, experience, ageGroup, ...rest } = profile;
  const derived = ageGroup !== undefined && profile.age !== undefined && ageGroupOf({ ...profile, ageGroup: undefined }) === ageGroup;
  return { ...rest, ...(ageGroup !== undefined && !derived ? { ageGroup } : {}), ...(qualificationsUnknown ? {} : { qualifications }), experience };
}

/** The age group from an exact age where one is given. */
export function ageGroupOf(profile: Profile): AgeGroup | undefined {
  const age = profile.age;
  if (age === undefined) return profile.ageGroup;
  return age < 18 ? "16-17" : age === 18 ? "18" : age <= 20 ? "19-20" : "21+";
}

/** The youngest the person can be: their age, or the bottom of their group. */
export function youngestAge(profile: Profile): number | undefined {
  if (profile.age !== undefined) return profile.age;
  const group = profile.ageGroup;
  return group === undefined ? undefined : group === "16-17" ? 16 : group === "18" ? 18 : group === "19-20" ? 19 : 21;
}

/** The oldest the person can be, or undefined where there is no top (21 and over, or not said). */
function oldestAge(profile: Profile): number | undefined {
  if (profile.age !== undefined) return profile.age;
  const group = profile.ageGroup;
  return group === "16-17" ? 17 : group === "18" ? 18 : group === "19-20" ? 20 : undefined;
}

// ---------- a person's facts, once ----------

/**
 * What the rules ask of a person, worked out once per assessment from their
 * answers: their job and band, whether they work and for the NHS, their age
 * as far as it is known, and their months of each kind of work. Routes, pay
 * and notes read these rather than working each out again.
 */
export interface Person {
  profile: Profile;
  job?: CurrentJob;
  band?: string;
  /** Has a job now; undefined when they did not say. */
  works?: boolean;
  /** Employed by the NHS now; undefined when they did not say where they work. */
  nhsStaff?: boolean;
  ageGroup?: AgeGroup;
  /** The youngest and oldest they can be: their age, or their group's bounds (no top for 21 and over). */
  youngest?: number;
  oldest?: number;
  /** Months of each kind of work; the kinds overlap, so they are never added. */
  months: Readonly<Record<ExperienceKind, number>>;
  /** Months of work of any kind: the longest of them. */
  workMonths: number;
}

/** Cheap, and not kept: a profile may be changed between two assessments (a what-if). */
export function personOf(profile: Profile): Person {
  const months = { admin: 0, customerService: 0, healthcare: 0, secretarial: 0 };
  for (const kind of EXPERIENCE_KINDS) months[kind] = profile.experience[MONTHS_KEY[kind]];
  const youngest = youngestAge(profile);
  const oldest = oldestAge(profile);
  const ageGroup = ageGroupOf(profile);
  const works = worksNow(profile);
  const nhsStaff = isNhsStaff(profile);
  return {
    profile,
    ...(profile.currentJob === undefined ? {} : { job: profile.currentJob }),
    ...(profile.nhsBand === undefined ? {} : { band: profile.nhsBand }),
    ...(works === undefined ? {} : { works }),
    ...(nhsStaff === undefined ? {} : { nhsStaff }),
    ...(ageGroup === undefined ? {} : { ageGroup }),
    ...(youngest === undefined ? {} : { youngest }),
    ...(oldest === undefined ? {} : { oldest }),
    months,
    workMonths: workMonths(profile),
  };
}

/** Months of work of any of these kinds: the longest counts, never the sum. */
export function monthsOf(person: Person, kinds: readonly ExperienceKind[]): number {
  let most = 0;
  for (const kind of kinds) most = Math.max(most, person.months[kind]);
  return most;
}

/** Work that was all of these kinds at once: at most the shortest of them. */
export function monthsOfAll(person: Person, kinds: readonly ExperienceKind[]): number {
  return Math.min(...kinds.map((kind) => person.months[kind]));
}

/** Whether a note is for this person: their nation, job and age, where the note names any. */
export function noteApplies(note: RouteNote, person: Person, nation: Nation): boolean {
  const age = person.ageGroup;
  const job = person.job;
  return (
    (!note.nations || note.nations.includes(nation)) &&
    (!note.jobs || (job !== undefined && note.jobs.includes(job))) &&
    (!note.ageGroups || (age !== undefined && note.ageGroups.includes(age))) &&
    (note.underAge === undefined || knownYoungerThan(person, note.underAge)) &&
    (!note.circumstances || note.circumstances.some((c) => person.profile.circumstances?.includes(c) === true)) &&
    (!note.welsh || note.welsh.includes(person.profile.welsh ?? "unsaid"))
  );
}

/** Whether the person said this applies to them; undefined where they did not answer. */
export function hasCircumstance(profile: Profile, circumstance: Circumstance): boolean {
  return profile.circumstances?.includes(circumstance) === true;
}

/** Known to be younger than `age`: false when they may be that age or older, or did not say. */
export function knownYoungerThan(person: Person, age: number): boolean {
  return person.oldest !== undefined && person.oldest < age;
}

/** Whether the person is known to be older than this age (every age their answers allow is above it). */
export function knownOlderThan(profile: Profile, age: number): boolean {
  const youngest = youngestAge(profile);
  return youngest !== undefined && youngest > age;
}

/**
 * Facts the person's other answers make plain where they left a question
 * blank: a year or more as a secretary means confident Office skills; NHS
 * clinical work means everyday medical terms. Never used over an answer given.
 */
export function impliedFacts(profile: Profile): Implied[] {
  const implied: Implied[] = [];
  if (profile.officeSkills === undefined) {
    const secretarial = profile.experience.secretarialMonths;
    const office = profile.experience.adminMonths;
    if (secretarial >= 12) implied.push({ field: "officeSkills", value: "confident", because: { code: "shown-by-work", months: secretarial, kind: "secretarial" } });
    else if (profile.currentJob === "secretarial") implied.push({ field: "officeSkills", value: "confident", because: { code: "shown-by-job", job: "secretarial" } });
    else if (office >= 12) implied.push({ field: "officeSkills", value: "basic", because: { code: "shown-by-work", months: office, kind: "office" } });
  }
  if (profile.medicalTerminology === undefined && profile.currentJob === "nhs-clinical") {
    implied.push({ field: "medicalTerminology", value: "some", because: { code: "shown-by-job", job: "nhs-clinical" } });
  }
  return implied;
}

// ---------- the minimum wage ----------

const wageCache = new WeakMap<Dataset, MinimumWage | undefined>();

/** The item of a dated list that applies latest. */
const newest = <T extends { effectiveFrom: string }>(xs: readonly T[]): T | undefined => [...xs].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)).at(-1);

/** The newest minimum wage the data holds. */
export function newestMinimumWage(dataset: Dataset): MinimumWage | undefined {
  if (!wageCache.has(dataset)) wageCache.set(dataset, newest(dataset.pay.minimumWage ?? []));
  return wageCache.get(dataset);
}

/**
 * The legal minimum an hour for the person's age group, at the newest rates the
 * data holds (the law today), with the date it applies from. Undefined where
 * their age is not known: the floor depends on it.
 */
export function legalMinimum(dataset: Dataset, person: Person): { perHour: number; effectiveFrom: string } | undefined {
  const wage = newestMinimumWage(dataset);
  const group = person.ageGroup;
  if (!wage || group === undefined) return undefined;
  const perHour = group === "21+" ? wage.rates["21-and-over"] : group === "16-17" ? wage.rates["under-18"] : wage.rates["18-to-20"];
  return { perHour, effectiveFrom: wage.effectiveFrom };
}

/** The apprentice rate alone, from whichever table holds it. */
export function apprenticeRate(dataset: Dataset): number | undefined {
  return newestMinimumWage(dataset)?.rates.apprentice ?? newest(dataset.pay.apprenticeRates ?? [])?.perHour;
}

/**
 * The least an apprentice may be paid an hour in a year of their
 * apprenticeship: the apprentice rate in the first year and for anyone under
 * 19; after that, the rate for their age (they are a year older by then).
 * Undefined where their age is not known and it matters.
 */
export function apprenticeMinimum(wage: MinimumWage, person: Person, year: number): number | undefined {
  if (year <= 1) return wage.rates.apprentice;
  const youngest = person.youngest;
  if (youngest === undefined) return undefined;
  const age = youngest + (year - 1);
  if (age < 19) return wage.rates.apprentice;
  return age <= 20 ? wage.rates["18-to-20"] : wage.rates["21-and-over"];
}
