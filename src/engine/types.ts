// The domain's nouns. The engine, the data loader, the answers parser and the
// renderers all speak in these types. The data's types are inferred from its
// schemas (src/model/schema.ts) and re-exported here; what follows them is the
// engine's own: a person, and the verdict on them.
//
// The schemas are imported as types only: zod stays out of the bundle's
// start-up path (test/e2e/start-up-chunks.test.ts checks).

import type { AgeGroup, CurrentJob, Nation, OfficeLevel, TerminologyLevel } from "../model/vocabulary.js";
import type { Range, Requirement, Role, RouteStepDef, StepPay } from "../model/schema.js";
import type { AdviceFinding, BecauseFinding, GapValueFinding, NoteFinding, PayNoteFinding, PayPointFinding, RouteReason, UnderwayFinding } from "./findings.js";
import type { RegisteredAnswers } from "../model/answers.js";

export { FULL_TIME } from "../model/answers.js";

export {
  AFC_BANDS,
  AGE_GROUPS,
  CIRCUMSTANCES,
  CURRENT_JOBS,
  EXPERIENCE_KINDS,
  NATIONS,
  OFFICE_LEVELS,
  PROOFS,
  SETTINGS,
  TERMINOLOGY_LEVELS,
  WAGE_BANDS,
  WELSH_LEVELS,
  type AgeGroup,
  type Circumstance,
  type CurrentJob,
  type ExperienceKind,
  type Nation,
  type OfficeLevel,
  type Proof,
  type Setting,
  type TerminologyLevel,
  type WageBand,
  type WelshLevel,
} from "../model/vocabulary.js";

export type {
  ApprenticeRate,
  Band,
  Cost,
  Dataset,
  ExperienceRule,
  Grants,
  MinimumWage,
  NationInfo,
  NationNote,
  PayData,
  PayNote,
  PayPoint,
  PayTable,
  Qualification,
  Range,
  Requirement,
  Role,
  RouteDef,
  RouteNote,
  RouteStepDef,
  Site,
  Source,
  StepPay,
  SupplementArea,
  SupplementTable,
  Unconfirmed,
} from "../model/schema.js";

const NATION_NAMES: Record<Nation, string> = {
  england: "England",
  scotland: "Scotland",
  wales: "Wales",
  "northern-ireland": "Northern Ireland",
};

export function nationName(nation: Nation): string {
  return NATION_NAMES[nation];
}

export type RequirementKind = Requirement["kind"];

// ---------- a person ----------

export interface Experience {
  adminMonths: number;
  customerServiceMonths: number;
  healthcareMonths: number;
  secretarialMonths: number;
}

/**
 * What a person told us. Every field but experience may be unknown (undefined).
 * The kinds of experience overlap: one job can count under all four, so they
 * are never added together. The answers added since 0.2 (hours, circumstances,
 * time out of work, Welsh, years on band) come from the registry of answers
 * (src/model/answers.ts): a new one there is a new field here.
 */
export interface Profile extends RegisteredAnswers {
  typingWpm?: number;
  audioTyping?: boolean;
  medicalTerminology?: TerminologyLevel;
  officeSkills?: OfficeLevel;
  qualifications: string[];
  /** Set when the person did not say which qualifications they hold (not the same as none). */
  qualificationsUnknown?: boolean;
  experience: Experience;
  needsToEarnWhileLearning?: boolean;
  canStudyPartTime?: boolean;
  nation?: Nation;
  target?: string;
  /** Where the person works now. */
  currentJob?: CurrentJob;
  /** Their Agenda for Change band, for NHS staff. */
  nhsBand?: string;
  age?: number;
  ageGroup?: AgeGroup;
  /** Qualifications they are working towards now (an apprenticeship, a course): not held yet. */
  studying?: string[];
}


// ---------- the verdict ----------

/** "unknown": the person did not say, so it is to check, never counted as missing. */
export type GapStatus = "met" | "partial" | "missing" | "unknown";

export interface Gap {
  id: string;
  title: string;
  kind: RequirementKind;
  status: GapStatus;
  essential: boolean;
  have: GapValueFinding;
  need: GapValueFinding;
  closedBy: string[];
  advice?: AdviceFinding;
  /** Where the status rests on a fact worked out from other answers, and which. */
  implied?: BecauseFinding;
  /** Published, or a rule of thumb (and whose), for requirements with a threshold. */
  basis?: Requirement["basis"];
}

/** A pay figure as it applies to one step, or why there is none. */
export interface StepPayFigure {
  kind: Exclude<StepPay["kind"], "target">;
  band?: string;
  /** Annual salary at the band's entry point, when it is an AfC figure. */
  salary?: number;
  /** The band's top point, where the step pays a band the person already holds. */
  salaryMax?: number;
  perHour?: number;
  /** Apprentices after their first year: the minimum for their age, where it differs. */
  laterPerHour?: number;
  payYear?: string;
  /** GP practices set their own pay: the AfC figure is a guide, not a promise. */
  uncertain?: boolean;
  /** The step is getting a post: its pay starts when the step ends. */
  startsAtEnd?: boolean;
  /** An NHS employee keeps their own pay point on this step. */
  kept?: boolean;
  /** Study alongside a job the person said they have. */
  working?: boolean;
  note?: PayNoteFinding;
  /** Bank shifts: paid by the hour (perHour, the band's rate) for the shifts the person chooses, not a salaried post. */
  perShift?: boolean;
  /**
   * An apprentice's pay as many NHS employers set it, under Agenda for
   * Change's trainee rules (Annex 21): a share of the qualified post's band
   * maximum by the months left before qualifying, worked out from the
   * nation's pay table. Beside the legal minimum, never instead of it.
   */
  nhsTrainee?: NhsTraineePay;
}

/** What many NHS employers pay an apprentice (Annex 21): a share of the band's maximum by the months left before qualifying. */
export interface NhsTraineePay {
  band: string;
  payYear: string;
  rates: { monthsBeforeQualifying: number; percent: number; salary: number }[];
}

/** A step of a route as the person would take it: the data's step, with its pay worked out for them. */
export interface RouteStep extends Pick<RouteStepDef, "id" | "title" | "months" | "monthsBasis" | "cost" | "setting" | "closes" | "core" | "inPost"> {
  pay: StepPayFigure;
  /** Part of the route to the role this route goes through first. */
  viaRole?: string;
  /** The person said they are working towards this step's qualification now. */
  underway?: boolean;
  /** Where the step is worded other than by its data title: finishing a qualification begun. */
  titleFinding?: UnderwayFinding;
}

/** Whether a route pays: "if-working" is study alongside a job, for someone who may or may not have one. */
export type Earns = "yes" | "no" | "if-working";

export interface Route {
  id: string;
  title: string;
  rank: number;
  score: number;
  /** Why it fits or does not, as findings (src/render/words words them). */
  reasons: RouteReason[];
  /** False when one of its reasons argues against it for this person. */
  fits: boolean;
  months: Range;
  cost: Range;
  costUnknown: boolean;
  /** True unless the route is known not to pay (its meaning before 0.2); `earns` says which way. */
  earnsWhileLearning: boolean;
  earns: Earns;
  closes: string[];
  nationNote?: string | undefined;
  /** Notes that apply to this person: their nation, job or age. */
  notes: string[];
  steps: RouteStep[];
}

export interface NextRole {
  id: string;
  title: string;
  bands: string[];
  pay: { band: string; min: number; max: number }[];
  payYear?: string;
  /** For this person: whether they meet its essential requirements now, and which they lack. */
  ready: boolean;
  lacks: string[];
}

/** What the target pays against what an NHS employee earns now. */
export interface PayChange {
  band: string;
  now: { min: number; max: number };
  target: { bands: string[]; min: number; max: number };
  /** "cut": even the target's top pays less than their band's entry point. */
  direction: "cut" | "overlap" | "rise";
  /** The smallest change a year, in pounds: for a cut, their entry point less the target's top. */
  atLeast: number;
  /** The largest change a year: for a cut, the top of their band less the target's entry point. */
  atMost: number;
  /** Each of the target's bands against theirs: lower, the same, or higher, and by how much a year. */
  byBand: { band: string; min: number; max: number; change: "cut" | "same" | "rise"; least: number; most: number }[];
  /** The nation's notes on such a move that apply to them (pay on promotion, unsocial hours). */
  notes: string[];
  /** Their own pay point, where they gave their years on the band: the change is from it. Worded before the notes. */
  pointFinding?: PayPointFinding;
  /**
   * For someone who gave fewer hours than the nation's full-time week: the
   * change at those hours, pro rata, as the rest of their report shows pay.
   */
  partTime?: { hours: number; fullTimeHours: number; atLeast: number; atMost: number };
  /**
   * Where their pay (`now.min`) works out below the legal minimum an hour for
   * their age: that minimum and the year's pay it makes. The changes are from it.
   */
  floor?: { perHour: number; salary: number; awaitingAward: boolean };
}

/** A fact worked out from other answers, where the person left a question blank. */
export interface Implied {
  field: "officeSkills" | "medicalTerminology";
  value: string;
  because: BecauseFinding;
}

/**
 * Where the person stands, in one word: ready now; ready once the essential
 * requirements not known are checked (toCheck); nearly (every essential gap
 * left is partly met, none missing); or not yet.
 */
export type Verdict = "ready" | "ready-if-confirmed" | "nearly" | "not-yet";

export interface Report {
  profile: Profile;
  nation: Nation;
  payYear?: string;
  target: Role;
  targetPay: { band: string; min: number; max: number }[];
  ready: boolean;
  /** Every essential requirement is met or not known: ready, once the unknowns are checked. */
  readyIfConfirmed: boolean;
  gaps: Gap[];
  routes: Route[];
  /** The best route's id; "" only where no route leads to the role. */
  recommended: string;
  next: NextRole[];
  payChange?: PayChange;
  implied: Implied[];
  /** Notes for this person as a whole, from their nation: their age (school leaving, staying in learning), their job. */
  notes: string[];
  verdict: Verdict;
  /** The essential requirements whose status is not known, by id: what to check before applying. */
  toCheck: string[];
  /** Ready, on one of the role's bands in an NHS or GP practice admin job: they may hold the role already. */
  mayHoldRole: boolean;
  /** Notes on the person's circumstances (hours, caring, qualifications from abroad, time away): worded before `notes`. */
  noteFindings: NoteFinding[];
}
