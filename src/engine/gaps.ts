// Where a person stands against each requirement of a role. The rules for
// typing speed, audio typing, terminology, Office skills, experience and
// qualifications all live here, one function each.

import type {
  Dataset,
  Gap,
  GapStatus,
  Implied,
  Nation,
  OfficeLevel,
  Profile,
  Qualification,
  Requirement,
  Role,
  TerminologyLevel,
  Verdict,
} from "./types.js";
import { OFFICE_LEVELS, TERMINOLOGY_LEVELS } from "./types.js";
import { qualificationById } from "./lookup.js";
import { experienceMonths, experienceOfAll, experienceUnsaid, hasCircumstance, impliedFacts } from "./person.js";
import type { AdviceFinding, BecauseFinding, GapValueFinding } from "./findings.js";

/** A blank answer: worded as "What you told us" words it (issue 15, item 4). */
export const NOT_SAID: GapValueFinding = { code: "not-said" };

/** A typing speed this close below the role's counts as partly there. */
export const TYPING_PARTIAL_WPM = 10;

/** What a person can show: their own answers raised by what their qualifications prove. */
export interface Skills {
  typingWpm?: number;
  audioTyping?: boolean;
  medicalTerminology?: TerminologyLevel;
  officeSkills?: OfficeLevel;
  /** Skills worked out from other answers, by field: why we think so. */
  implied: Partial<Record<Implied["field"], BecauseFinding>>;
  /** Skills a qualification filled in where the person left the answer blank, by field: which one. */
  shownBy: Partial<Record<"typingWpm" | "audioTyping" | "medicalTerminology" | "officeSkills", BecauseFinding>>;
  /** Where a qualification (by id) suggests more than the person said: which, and what it covered. Their answer stands. */
  beyondSaid: Partial<Record<"typingWpm" | "audioTyping" | "medicalTerminology" | "officeSkills", { by: string; shows: GapValueFinding }>>;
}

function higher<T extends string>(order: readonly T[], a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

export function skillsOf(profile: Profile, qualifications: readonly Qualification[], implied: readonly Implied[] = impliedFacts(profile)): Skills {
  const skills: Skills = {
    typingWpm: profile.typingWpm,
    audioTyping: profile.audioTyping,
    medicalTerminology: profile.medicalTerminology,
    officeSkills: profile.officeSkills,
    implied: {},
    shownBy: {},
    beyondSaid: {},
  };
  for (const fact of implied) {
    if (fact.field === "officeSkills") skills.officeSkills = fact.value as OfficeLevel;
    else skills.medicalTerminology = fact.value as TerminologyLevel;
    skills.implied[fact.field] = fact.because;
  }
  // What the person said about themselves wins: a qualification fills a blank
  // (and the report says which), but where they answered, one that shows more
  // is only shown beside their answer. A diploma of years ago may not be today's skill.
  const beyond = (field: keyof Skills["beyondSaid"], by: string, shows: GapValueFinding) => {
    skills.beyondSaid[field] ??= { by, shows };
  };
  for (const q of qualifications) {
    if (!profile.qualifications.includes(q.id) || !q.grants) continue;
    const g = q.grants;
    const by: BecauseFinding = { code: "shown-by-qualification", qualification: q.id };
    if (g.typingWpm !== undefined && g.typingWpm > (skills.typingWpm ?? -1)) {
      if (profile.typingWpm !== undefined) beyond("typingWpm", q.id, { code: "wpm", wpm: g.typingWpm });
      else {
        skills.typingWpm = g.typingWpm;
        skills.shownBy.typingWpm = by;
      }
    }
    if (g.audioTyping && skills.audioTyping !== true) {
      if (profile.audioTyping !== undefined) beyond("audioTyping", q.id, { code: "audio-typing" });
      else {
        skills.audioTyping = true;
        skills.shownBy.audioTyping = by;
      }
    }
    const terminology = higher(TERMINOLOGY_LEVELS, skills.medicalTerminology, g.medicalTerminology);
    const office = higher(OFFICE_LEVELS, skills.officeSkills, g.officeSkills);
    if (terminology !== skills.medicalTerminology) {
      if (profile.medicalTerminology !== undefined) beyond("medicalTerminology", q.id, { code: "covers-terminology", level: terminology! });
      else {
        delete skills.implied.medicalTerminology;
        skills.shownBy.medicalTerminology = by;
        skills.medicalTerminology = terminology;
      }
    }
    if (office !== skills.officeSkills) {
      if (profile.officeSkills !== undefined) beyond("officeSkills", q.id, { code: "covers-office", level: office! });
      else {
        delete skills.implied.officeSkills;
        skills.shownBy.officeSkills = by;
        skills.officeSkills = office;
      }
    }
  }
  return skills;
}

/** A skill as the table shows it: the person's answer, and beside it a qualification that suggests more. */
function withBeyond(have: GapValueFinding, skills: Skills, field: keyof Skills["beyondSaid"]): GapValueFinding {
  const b = skills.beyondSaid[field];
  return b ? { code: "said-over-qualification", said: have, qualification: b.by, shows: b.shows } : have;
}

/** How much of a requirement's kind of experience the person has: the longest of anyOf, or the shortest of allOf. */
export function requirementMonths(req: Extract<Requirement, { kind: "experience" }>, profile: Profile): number {
  return req.allOf ? experienceOfAll(profile, req.allOf) : experienceMonths(profile, req.anyOf ?? []);
}

type RuleVerdict = Pick<Gap, "status" | "have"> & { advice?: AdviceFinding; implied?: BecauseFinding };

/** A qualification's name as tables show it: its short name where it has one. */
export function qualificationName(dataset: Dataset, id: string): string {
  const q = qualificationById(dataset, id);
  return q?.short ?? q?.title ?? id;
}

/** Whether a qualification is taken in a nation: those with no nations are UK-wide. */
export function inNation(q: Qualification | undefined, nation: Nation | undefined): boolean {
  return nation === undefined || q?.nations === undefined || q.nations.includes(nation);
}

/** A group of equivalent qualifications as a nation knows them: its own first, the others only if it has none. */
export function groupFor(group: readonly string[], dataset: Dataset, nation: Nation | undefined): string[] {
  const own = group.filter((id) => inNation(qualificationById(dataset, id), nation));
  return own.length > 0 ? own : [...group];
}

/**
 * Words and lists that are the same for every gap of a requirement in a
 * nation, kept per dataset: a --data layer may rename or add qualifications
 * while reusing the shipped requirements.
 */
interface RequirementWords {
  need: GapValueFinding;
  closedBy: readonly string[];
}

const wordsCache = new WeakMap<Dataset, WeakMap<Requirement, Map<string, RequirementWords>>>();

function wordsFor(req: Requirement, dataset: Dataset, nation: Nation | undefined): RequirementWords {
  let byReq = wordsCache.get(dataset);
  if (!byReq) wordsCache.set(dataset, (byReq = new WeakMap()));
  let byNation = byReq.get(req);
  if (!byNation) byReq.set(req, (byNation = new Map()));
  const key = nation ?? "";
  let words = byNation.get(key);
  if (!words) {
    // Frozen: every gap for the requirement shares the one list (10,000 workshop attendees need not make 70,000).
    const closedBy = Object.freeze(req.closedBy.filter((id) => inNation(qualificationById(dataset, id), nation)));
    words = { need: describeNeed(req, dataset, nation), closedBy };
    byNation.set(key, words);
  }
  return words;
}

/** What a requirement asks for: the "Needed" of every table, in the person's nation's terms. */
export function needOf(req: Requirement, dataset: Dataset, nation?: Nation): GapValueFinding {
  return wordsFor(req, dataset, nation).need;
}

function describeNeed(req: Requirement, dataset: Dataset, nation: Nation | undefined): GapValueFinding {
  switch (req.kind) {
    case "typing":
      return { code: "wpm", wpm: req.wpm };
    case "audio-typing":
      return { code: "yes" };
    case "medical-terminology":
      return { code: "terminology", level: req.level, as: "need" };
    case "office-skills":
      return { code: "office-skills", level: req.level };
    case "experience":
      return { code: "duration", months: req.months };
    case "qualifications":
      if (req.needText && nation === undefined) return { code: "need-from-data", requirement: req.id };
      return { code: "qualifications-needed", groups: req.allOf.map((group) => groupFor(group, dataset, nation)) };
  }
}

function typing(req: Extract<Requirement, { kind: "typing" }>, skills: Skills): RuleVerdict {
  const wpm = skills.typingWpm;
  if (wpm === undefined) {
    return { status: "unknown", have: NOT_SAID, advice: { code: "measure-typing" } };
  }
  const status: GapStatus = wpm >= req.wpm ? "met" : req.wpm - wpm <= TYPING_PARTIAL_WPM ? "partial" : "missing";
  return {
    status,
    have: withBeyond({ code: "wpm", wpm }, skills, "typingWpm"),
    ...(skills.shownBy.typingWpm ? { implied: skills.shownBy.typingWpm } : {}),
    ...(status === "met" ? {} : { advice: { code: "practise-typing" } }),
  };
}

function audioTyping(skills: Skills): RuleVerdict {
  if (skills.audioTyping === undefined) return { status: "unknown", have: { code: "not-sure" }, advice: { code: "audio-typing-explained" } };
  if (!skills.audioTyping) return { status: "missing", have: withBeyond({ code: "no" }, skills, "audioTyping") };
  return { status: "met", have: { code: "yes" }, ...(skills.shownBy.audioTyping ? { implied: skills.shownBy.audioTyping } : {}) };
}

function terminology(req: Extract<Requirement, { kind: "medical-terminology" }>, skills: Skills): RuleVerdict {
  const level = skills.medicalTerminology;
  if (level === undefined) return { status: "unknown", have: NOT_SAID };
  const rank = TERMINOLOGY_LEVELS.indexOf(level);
  const why = skills.implied.medicalTerminology;
  const met = rank >= TERMINOLOGY_LEVELS.indexOf(req.level);
  // An implied level is a floor: short of the need, it says nothing about the gap.
  if (why && !met) return { status: "unknown", have: { code: "terminology", level, as: "have", atLeast: true }, implied: why };
  const status: GapStatus = met ? "met" : rank > 0 ? "partial" : "missing";
  const because = why ?? skills.shownBy.medicalTerminology;
  return { status, have: withBeyond({ code: "terminology", level, as: "have" }, skills, "medicalTerminology"), ...(because ? { implied: because } : {}) };
}

function officeSkills(req: Extract<Requirement, { kind: "office-skills" }>, skills: Skills): RuleVerdict {
  const level = skills.officeSkills;
  if (level === undefined) return { status: "unknown", have: NOT_SAID };
  const rank = OFFICE_LEVELS.indexOf(level);
  const why = skills.implied.officeSkills;
  const met = rank >= OFFICE_LEVELS.indexOf(req.level);
  // An implied level is a floor: short of the need, it says nothing about the gap.
  if (why && !met) return { status: "unknown", have: { code: "office-skills", level, atLeast: true }, implied: why };
  const status: GapStatus = met ? "met" : rank > 0 ? "partial" : "missing";
  const because = why ?? skills.shownBy.officeSkills;
  return { status, have: withBeyond({ code: "office-skills", level }, skills, "officeSkills"), ...(because ? { implied: because } : {}) };
}

function experience(req: Extract<Requirement, { kind: "experience" }>, profile: Profile): RuleVerdict {
  if (experienceUnsaid(profile, req)) return { status: "unknown", have: NOT_SAID, advice: { code: "say-how-long", job: profile.currentJob! } };
  const months = requirementMonths(req, profile);
  const status: GapStatus = months >= req.months ? "met" : months > 0 ? "partial" : "missing";
  // Years of office work are not years of managing: long enough is all we can tell, and the
  // answers cannot show the management itself. So it is never met (issue 16: practice manager is
  // never "ready" without management experience): the report says which experience to gain, and where.
  if (status === "met" && req.mustBeSenior) {
    return { status: "partial", have: { code: "duration", months }, advice: { code: "gain-management", months } };
  }
  return { status, have: { code: "duration", months } };
}

/** GCSE English and maths, or their equivalents: the school qualifications an overseas one may stand for. */
const SCHOOL_QUALIFICATIONS = ["gcse-english", "gcse-maths"];
function isSchoolRequirement(req: Extract<Requirement, { kind: "qualifications" }>): boolean {
  return req.allOf.every((group) => group.some((id) => SCHOOL_QUALIFICATIONS.includes(id)));
}

function qualifications(req: Extract<Requirement, { kind: "qualifications" }>, profile: Profile): RuleVerdict {
  const held = req.allOf.map((group) => group.find((id) => profile.qualifications.includes(id)));
  const met = held.filter((h) => h !== undefined);
  const have: GapValueFinding = met.length ? { code: "qualifications-held", ids: met } : profile.qualificationsUnknown ? NOT_SAID : { code: "none-listed" };
  if (met.length === req.allOf.length) return { status: "met", have };
  // School qualifications from abroad are often the "equivalent" adverts accept: to check, never missing.
  if (hasCircumstance(profile, "qualified-abroad") && isSchoolRequirement(req)) return { status: "unknown", have: { code: "equivalents-to-check" }, advice: { code: "statement-of-comparability" } };
  // Not listing qualifications is not the same as holding none.
  if (profile.qualificationsUnknown) return { status: "unknown", have };
  const status = met.length > 0 ? "partial" : "missing";
  // A course under way counts once it is passed: until then the gap stays open, and the advice is to finish it.
  const studying = studyingFor(req, profile);
  if (studying.length > 0) {
    const rest = held.filter((h) => h === undefined).length > studying.length;
    return { status, have: { code: "working-towards", held: met, studying }, advice: { code: "finish-studying", requirement: req.id, studying, rest } };
  }
  return { status, have };
}

/** For each of a requirement's groups the person holds nothing from, the first qualification of it they are studying. */
function studyingFor(req: Extract<Requirement, { kind: "qualifications" }>, profile: Profile): string[] {
  const studying = profile.studying ?? [];
  if (studying.length === 0) return [];
  return req.allOf.flatMap((group) => (group.some((id) => profile.qualifications.includes(id)) ? [] : group.filter((id) => studying.includes(id)).slice(0, 1)));
}

export function assessRequirement(req: Requirement, profile: Profile, skills: Skills, dataset: Dataset, nation?: Nation, advice?: Partial<Record<string, unknown>>): Gap {
  let verdict: RuleVerdict;
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
      verdict = qualifications(req, profile);
      break;
  }
  const words = wordsFor(req, dataset, nation);
  // Advice in order: the rule's own, the nation's for this requirement, then the data's.
  const open = verdict.status !== "met";
  const from: "nation" | "requirement" | undefined = advice?.[req.id] !== undefined ? "nation" : req.advice !== undefined ? "requirement" : undefined;
  // Finishing a course leaves the rest of the requirement to the data's advice, said after it.
  const rule = verdict.advice?.code === "finish-studying" && verdict.advice.rest && from ? { ...verdict.advice, from } : verdict.advice;
  const said: AdviceFinding | undefined =
    rule ?? (open && from ? { code: "advice-from-data", requirement: req.id, from, ...(verdict.status === "unknown" ? { unknown: true } : {}) } : undefined);
  return {
    id: req.id,
    title: req.title,
    kind: req.kind,
    essential: req.essential,
    closedBy: words.closedBy as string[],
    status: verdict.status,
    have: verdict.have,
    need: words.need,
    ...(said ? { advice: said } : {}),
    ...(verdict.implied ? { implied: verdict.implied } : {}),
    ...(req.basis ? { basis: req.basis } : {}),
  };
}

/**
 * What a requirement's verdict turns on for one person, as a key: what its
 * rule above reads, and nothing else. People with the same key get the same
 * gap, so a workshop works each one out once (standing.ts keeps them). A
 * change to a rule's inputs must change this too. The skills' keys are the
 * same for every role's requirement of a kind: made once per person.
 */
export function standingKeys(profile: Profile, skills: Skills): (req: Requirement) => string {
  // Why a skill counts is part of its gap: the finding, code and figures, is part of the key.
  const why = (because: BecauseFinding | undefined) => (because === undefined ? "" : JSON.stringify(because));
  let typing: string | undefined;
  let audio: string | undefined;
  let terminology: string | undefined;
  let office: string | undefined;
  return (req) => {
    switch (req.kind) {
      case "typing":
        return (typing ??= `${skills.typingWpm}\0${why(skills.shownBy.typingWpm)}\0${beyondKey(skills, "typingWpm")}`);
      case "audio-typing":
        return (audio ??= `${skills.audioTyping}\0${why(skills.shownBy.audioTyping)}\0${beyondKey(skills, "audioTyping")}`);
      case "medical-terminology":
        return (terminology ??= `${skills.medicalTerminology}\0${why(skills.implied.medicalTerminology)}\0${why(skills.shownBy.medicalTerminology)}\0${beyondKey(skills, "medicalTerminology")}`);
      case "office-skills":
        return (office ??= `${skills.officeSkills}\0${why(skills.implied.officeSkills)}\0${why(skills.shownBy.officeSkills)}\0${beyondKey(skills, "officeSkills")}`);
      case "experience":
        return experienceUnsaid(profile, req) ? `?${profile.currentJob}` : String(requirementMonths(req, profile));
      case "qualifications": {
        let key = profile.qualificationsUnknown ? "?" : "";
        if (hasCircumstance(profile, "qualified-abroad")) key += "abroad";
        for (const group of req.allOf) key += `\0${group.find((id) => profile.qualifications.includes(id)) ?? ""}`;
        // A course under way changes the gap's words and advice.
        return `${key}\0${studyingFor(req, profile).join(",")}`;
      }
    }
  };
}

function beyondKey(skills: Skills, field: keyof Skills["beyondSaid"]): string {
  const b = skills.beyondSaid[field];
  return b ? `${b.by}\0${JSON.stringify(b.shows)}` : "";
}

export function assessGaps(profile: Profile, role: Role, dataset: Dataset, skills: Skills = skillsOf(profile, dataset.qualifications), nation?: Nation, advice?: Partial<Record<string, unknown>>): Gap[] {
  return role.requirements.map((req) => assessRequirement(req, profile, skills, dataset, nation, advice));
}

export function isReady(gaps: readonly Gap[]): boolean {
  return gaps.every((g) => !g.essential || g.status === "met");
}

/** Every essential requirement met or not known, with at least one not known: ready once those are checked. */
export function isReadyIfConfirmed(gaps: readonly Gap[]): boolean {
  const essential = gaps.filter((g) => g.essential);
  return essential.some((g) => g.status === "unknown") && essential.every((g) => g.status === "met" || g.status === "unknown");
}

/** The essential requirements not known, by id: to check before applying. */
export function toCheckOf(gaps: readonly Gap[]): string[] {
  return gaps.filter((g) => g.essential && g.status === "unknown").map((g) => g.id);
}

/** The verdict in one word (see Verdict). */
export function verdictOf(gaps: readonly Gap[], ready: boolean, readyIfConfirmed: boolean): Verdict {
  if (ready) return "ready";
  if (readyIfConfirmed) return "ready-if-confirmed";
  const open = openGaps(gaps).filter((g) => g.essential);
  return open.length > 0 && open.every((g) => g.status === "partial") ? "nearly" : "not-yet";
}

/** The gaps a route can be chosen for: known and not met. Unknown ones are to check, not to train for. */
export function openGaps(gaps: readonly Gap[]): Gap[] {
  return gaps.filter((g) => g.status === "partial" || g.status === "missing");
}
