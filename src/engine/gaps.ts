// Where a person stands against each requirement of a role. The rules for
// typing speed, audio typing, terminology, Office skills, experience and
// qualifications all live here, one function each.

import type {
  Dataset,
  ExperienceKind,
  Gap,
  GapStatus,
  OfficeLevel,
  Profile,
  Qualification,
  Requirement,
  Role,
  TerminologyLevel,
} from "./types.js";
import { OFFICE_LEVELS, TERMINOLOGY_LEVELS } from "./types.js";
import { durationWords } from "./words.js";

/** A typing speed this close below the role's counts as partly there. */
export const TYPING_PARTIAL_WPM = 10;

/** What a person can show: their own answers raised by what their qualifications prove. */
export interface Skills {
  typingWpm?: number;
  audioTyping?: boolean;
  medicalTerminology?: TerminologyLevel;
  officeSkills?: OfficeLevel;
}

function higher<T extends string>(order: readonly T[], a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

export function skillsOf(profile: Profile, qualifications: readonly Qualification[]): Skills {
  const skills: Skills = {
    typingWpm: profile.typingWpm,
    audioTyping: profile.audioTyping,
    medicalTerminology: profile.medicalTerminology,
    officeSkills: profile.officeSkills,
  };
  for (const q of qualifications) {
    if (!profile.qualifications.includes(q.id) || !q.grants) continue;
    const g = q.grants;
    if (g.typingWpm !== undefined) skills.typingWpm = Math.max(skills.typingWpm ?? 0, g.typingWpm);
    if (g.audioTyping) skills.audioTyping = true;
    skills.medicalTerminology = higher(TERMINOLOGY_LEVELS, skills.medicalTerminology, g.medicalTerminology);
    skills.officeSkills = higher(OFFICE_LEVELS, skills.officeSkills, g.officeSkills);
  }
  return skills;
}

const EXPERIENCE_WORDS: Record<ExperienceKind, string> = {
  admin: "office or admin work",
  customerService: "customer-facing work",
  healthcare: "work in a healthcare setting",
  secretarial: "secretarial or PA work",
};

export function experienceWords(kind: ExperienceKind): string {
  return EXPERIENCE_WORDS[kind];
}

const MONTHS_KEY = {
  admin: "adminMonths",
  customerService: "customerServiceMonths",
  healthcare: "healthcareMonths",
  secretarial: "secretarialMonths",
} as const satisfies Record<ExperienceKind, keyof Profile["experience"]>;

export function experienceMonths(profile: Profile, kinds: readonly ExperienceKind[]): number {
  let sum = 0;
  for (const kind of kinds) sum += profile.experience[MONTHS_KEY[kind]];
  return sum;
}

type Verdict = Pick<Gap, "status" | "have"> & { advice?: string };

const TERMINOLOGY_WORDS: Record<TerminologyLevel, string> = { none: "none", some: "some knowledge", qualified: "a qualification" };
/** The same levels as a person has them: "qualified", not "a qualification". */
const TERMINOLOGY_HAVE: Record<TerminologyLevel, string> = { none: "none", some: "some knowledge", qualified: "qualified" };

/** A qualification's name as tables show it: its short name where it has one. */
export function qualificationName(dataset: Dataset, id: string): string {
  const q = dataset.qualifications.find((x) => x.id === id);
  return q?.short ?? q?.title ?? id;
}

/** What a requirement asks for, in words: the "Needed" of every table. */
export function needText(req: Requirement, dataset: Dataset): string {
  switch (req.kind) {
    case "typing":
      return `${req.wpm} wpm`;
    case "audio-typing":
      return "yes";
    case "medical-terminology":
      return TERMINOLOGY_WORDS[req.level];
    case "office-skills":
      return req.level;
    case "experience":
      return durationWords(req.months);
    case "qualifications":
      return req.needText ?? req.allOf.map((group) => group.map((id) => qualificationName(dataset, id)).join(" or ")).join("; and ");
  }
}

function typing(req: Extract<Requirement, { kind: "typing" }>, skills: Skills): Verdict {
  const wpm = skills.typingWpm;
  if (wpm === undefined) {
    return {
      status: "missing",
      have: "not measured",
      advice: "Take a free online typing test (five minutes, accuracy counted) and use its words-per-minute figure.",
    };
  }
  const status: GapStatus = wpm >= req.wpm ? "met" : req.wpm - wpm <= TYPING_PARTIAL_WPM ? "partial" : "missing";
  return {
    status,
    have: `${wpm} wpm`,
    ...(status === "met" ? {} : { advice: "Daily touch-typing practice, then test again: employers often test speed at interview." }),
  };
}

function audioTyping(skills: Skills): Verdict {
  const have = skills.audioTyping === undefined ? "not sure" : skills.audioTyping ? "yes" : "no";
  return skills.audioTyping ? { status: "met", have } : { status: "missing", have };
}

function terminology(req: Extract<Requirement, { kind: "medical-terminology" }>, skills: Skills): Verdict {
  const level = skills.medicalTerminology;
  const rank = level === undefined ? 0 : TERMINOLOGY_LEVELS.indexOf(level);
  const status: GapStatus = rank >= TERMINOLOGY_LEVELS.indexOf(req.level) ? "met" : rank > 0 ? "partial" : "missing";
  return { status, have: level === undefined ? "not said" : TERMINOLOGY_HAVE[level] };
}

function officeSkills(req: Extract<Requirement, { kind: "office-skills" }>, skills: Skills): Verdict {
  const level = skills.officeSkills;
  const rank = level === undefined ? 0 : OFFICE_LEVELS.indexOf(level);
  const status: GapStatus = rank >= OFFICE_LEVELS.indexOf(req.level) ? "met" : rank > 0 ? "partial" : "missing";
  return { status, have: level === undefined ? "not said" : level };
}

function experience(req: Extract<Requirement, { kind: "experience" }>, profile: Profile): Verdict {
  const months = experienceMonths(profile, req.anyOf);
  const status: GapStatus = months >= req.months ? "met" : months > 0 ? "partial" : "missing";
  return { status, have: durationWords(months) };
}

function qualifications(req: Extract<Requirement, { kind: "qualifications" }>, profile: Profile, dataset: Dataset): Verdict {
  const held = req.allOf.map((group) => group.find((id) => profile.qualifications.includes(id)));
  const met = held.filter((h) => h !== undefined);
  const status: GapStatus = met.length === req.allOf.length ? "met" : met.length > 0 ? "partial" : "missing";
  return { status, have: met.length ? met.map((id) => qualificationName(dataset, id!)).join(", ") : "none listed" };
}

// Every gap for a requirement lists the same closers: one frozen copy each,
// shared by all reports (10,000 workshop attendees need not make 70,000).
const closedByCache = new WeakMap<Requirement, readonly string[]>();

function closedByOf(req: Requirement): string[] {
  let list = closedByCache.get(req);
  if (!list) closedByCache.set(req, (list = Object.freeze([...req.closedBy])));
  return list as string[];
}

export function assessRequirement(req: Requirement, profile: Profile, skills: Skills, dataset: Dataset): Gap {
  let verdict: Verdict;
  switch (req.kind) {
    case "typing":
      verdict = typing(req, skills);
      break;
    case "audio-typing":
      verdict = audioTyping(skills);
      break;
    case "medical-terminology":
      verdict = terminology(req, skills);
      break;
    case "office-skills":
      verdict = officeSkills(req, skills);
      break;
    case "experience":
      verdict = experience(req, profile);
      break;
    case "qualifications":
      verdict = qualifications(req, profile, dataset);
      break;
  }
  // The data's own advice for a gap, where the rule above has none of its own.
  const advice = verdict.advice ?? (verdict.status !== "met" ? req.advice : undefined);
  return {
    id: req.id,
    title: req.title,
    kind: req.kind,
    essential: req.essential,
    closedBy: closedByOf(req),
    status: verdict.status,
    have: verdict.have,
    need: needText(req, dataset),
    ...(advice ? { advice } : {}),
  };
}

export function assessGaps(profile: Profile, role: Role, dataset: Dataset): Gap[] {
  const skills = skillsOf(profile, dataset.qualifications);
  return role.requirements.map((req) => assessRequirement(req, profile, skills, dataset));
}

export function isReady(gaps: readonly Gap[]): boolean {
  return gaps.every((g) => !g.essential || g.status === "met");
}
