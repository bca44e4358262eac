// The domain's nouns. The engine, the data loader, the answers parser and the
// renderers all speak in these types; only src/data knows how they are stored.

export const NATIONS = ["england", "scotland", "wales", "northern-ireland"] as const;
export type Nation = (typeof NATIONS)[number];

const NATION_NAMES: Record<Nation, string> = {
  england: "England",
  scotland: "Scotland",
  wales: "Wales",
  "northern-ireland": "Northern Ireland",
};

export function nationName(nation: Nation): string {
  return NATION_NAMES[nation];
}

export const TERMINOLOGY_LEVELS = ["none", "some", "qualified"] as const;
export type TerminologyLevel = (typeof TERMINOLOGY_LEVELS)[number];

export const OFFICE_LEVELS = ["none", "basic", "confident"] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];

export const EXPERIENCE_KINDS = ["admin", "customerService", "healthcare", "secretarial"] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

/** This much work of any one of these kinds (anyOf), or of all of them at once (allOf). */
export interface ExperienceRule {
  anyOf?: ExperienceKind[];
  allOf?: ExperienceKind[];
  months: number;
}

export const SETTINGS = ["hospital-trust", "gp-practice", "private-healthcare", "community-trust"] as const;
export type Setting = (typeof SETTINGS)[number];

/** What a person does now: the questionnaire's "where are you now?". */
export const CURRENT_JOBS = [
  "not-working",
  "customer-facing",
  "office",
  "secretarial",
  "gp-practice",
  "nhs-admin",
  "nhs-clinical",
  "care-or-private-healthcare",
  // Added after the first eight, so that none moves: porters, domestics, catering, estates.
  "nhs-support",
] as const;
export type CurrentJob = (typeof CURRENT_JOBS)[number];

/** Agenda for Change bands, lowest first. Not every nation pays every band (England has no band 1). */
export const AFC_BANDS = ["1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"] as const;

/** The age groups the minimum wage, apprenticeships and bank work turn on. */
export const AGE_GROUPS = ["16-17", "18", "19-20", "21+"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/**
 * A source for a figure: where it was published, and asOf, the date it applies
 * from (the document's own date, or for an undated page the day it was read).
 */
export interface Source {
  url: string;
  asOf: string;
}

// ---------- pay ----------

export interface PayPoint {
  /** Years in the band before this point is reached (the entry point is 0). */
  afterYears: number;
  salary: number;
}

export interface Band {
  band: string;
  points: PayPoint[];
}

export interface PayTable {
  nation: Nation;
  payYear: string;
  effectiveFrom: string;
  source: string;
  checkedWith?: string[];
  notes?: string;
  bands: Band[];
}

export interface Unconfirmed {
  nation: Nation;
  payYear: string;
  /** What is missing for that nation and year: its pay table, or only its supplements. */
  what: "pay-table" | "supplements";
  why: string;
}

export interface SupplementArea {
  id: string;
  name: string;
  percent: number;
  min: number;
  max: number;
}

export interface SupplementTable {
  nation: Nation;
  payYear: string;
  effectiveFrom: string;
  source: string;
  notes?: string;
  areas: SupplementArea[];
}

export interface PayData {
  tables: PayTable[];
  unconfirmed: Unconfirmed[];
  supplements: SupplementTable[];
  /** Hourly minimum wage for apprentices (older data files; minimumWage supersedes it). */
  apprenticeRates?: ApprenticeRate[];
  /** The minimum wage by age group and for apprentices. */
  minimumWage?: MinimumWage[];
}

export interface ApprenticeRate {
  effectiveFrom: string;
  perHour: number;
  source: string;
  note?: string;
}

// ---------- qualifications ----------

export interface Range {
  min: number;
  max: number;
}

export interface Cost extends Range {
  note?: string;
}

/** What holding a qualification demonstrates, in the same terms as a Profile. */
export interface Grants {
  typingWpm?: number;
  audioTyping?: boolean;
  medicalTerminology?: TerminologyLevel;
  officeSkills?: OfficeLevel;
}

export interface Qualification {
  id: string;
  title: string;
  /** A few words for tight table cells, like "GCSE maths". */
  short?: string;
  level: string;
  awardingBody: string;
  summary: string;
  months?: Range;
  guidedHours?: number;
  cost?: Cost;
  grants?: Grants;
  /**
   * "withdrawn": no one can enrol any more. Kept so that people who hold it can
   * say so (holding it still counts), never offered as something to take.
   * "unconfirmed": no source says whether it is still open; shown as such.
   */
  status?: "open" | "withdrawn" | "unconfirmed";
  /** When a withdrawn qualification closed to new learners (YYYY, YYYY-MM or YYYY-MM-DD). */
  withdrawnOn?: string;
  /** The nations where it is taken; every nation where this is absent. */
  nations?: Nation[];
  source: Source;
}

// ---------- roles and requirements ----------

interface RequirementBase {
  id: string;
  title: string;
  essential: boolean;
  /** Qualification ids, route step ids or advice ids that close this gap. */
  closedBy: string[];
  /** How to word what is needed, where the generated wording would be clumsy. */
  needText?: string;
  /** What to do about this gap, shown beside it when it is not met. */
  advice?: string;
  /** Why the threshold is what it is, where no source states it. */
  note?: string;
  /**
   * Where a threshold comes from: a figure an employer or official body
   * publishes, or a rule of thumb (`by` says whose).
   */
  basis?: "published" | "rule-of-thumb";
  by?: string;
  source?: Source;
}

export type Requirement =
  /** `advertWords`: how job adverts put the standard ("RSA II or equivalent"). */
  | (RequirementBase & { kind: "typing"; wpm: number; advertWords?: string })
  | (RequirementBase & { kind: "audio-typing" })
  | (RequirementBase & { kind: "medical-terminology"; level: Exclude<TerminologyLevel, "none"> })
  | (RequirementBase & { kind: "office-skills"; level: Exclude<OfficeLevel, "none"> })
  /**
   * anyOf: work of any one of these kinds; allOf: work that was all of them at
   * once (secretarial work in healthcare), at most the shortest of them.
   */
  | (RequirementBase & {
      kind: "experience";
      months: number;
      anyOf?: ExperienceKind[];
      allOf?: ExperienceKind[];
      /** Only senior work counts (managing, leading), which the questions do not ask: enough of it is to check, not met. */
      mustBeSenior?: boolean;
    })
  /** Every group must be satisfied by holding at least one qualification in it. */
  | (RequirementBase & { kind: "qualifications"; allOf: string[][] });

export type RequirementKind = Requirement["kind"];

export interface Role {
  id: string;
  title: string;
  bands: string[];
  settings: Setting[];
  summary: string;
  payNote?: string;
  requirements: Requirement[];
  leadsTo: string[];
  source: Source;
}

// ---------- routes ----------

/** How a step is paid: an AfC band, the apprentice rate, unpaid, or the person's own job. */
export type StepPay =
  | { kind: "band"; band: string }
  /** The entry band of whichever role the person is aiming for. */
  | { kind: "target" }
  | { kind: "apprentice" }
  | { kind: "unpaid" }
  | { kind: "current-job" };

export interface RouteStepDef {
  id: string;
  title: string;
  months: Range;
  /** How the months were estimated, where no source gives them. */
  monthsBasis?: string;
  cost?: Cost;
  pay: StepPay;
  setting?: Setting;
  /** Requirement ids this step closes. */
  closes: string[];
  /** The route is built on this step: kept even when it closes nothing the person lacks. */
  core?: boolean;
  /** Only in these nations (an apprenticeship framework, a course); every nation where absent. */
  nations?: Nation[];
  /** Only when the person aims at one of these roles (a coder's course in post). */
  forTargets?: string[];
  /** Getting a post: its months are the search, and the post's pay starts when the step ends. */
  startsPost?: boolean;
  /** Done once in the role (training, accreditation): after the time to the role, not part of it. */
  inPost?: boolean;
  /** Reach this role first, by the person's own best route to it (expanded in their report). */
  via?: string;
  /** Time to build this experience requirement: as long as the person still lacks of it. */
  buildsExperience?: string;
  /** The qualification this step leads to: it must be open to new learners. */
  qualification?: string;
}

export interface NationNote {
  nation: Nation;
  note: string;
  source: Source;
}

/** A note that applies only to some people: in some nations, in some jobs, of some ages. */
export interface RouteNote {
  note: string;
  nations?: Nation[];
  jobs?: CurrentJob[];
  ageGroups?: AgeGroup[];
  /** Only for someone known to be younger than this (still of school age). */
  underAge?: number;
  source: Source;
}

export interface RouteDef {
  id: string;
  title: string;
  /** The roles this route leads into; a step title may say {role} for the one aimed at. */
  targets: string[];
  summary: string;
  /** Worked out from the steps' pay; older data files may still say it. */
  earnsWhileLearning?: boolean;
  studyMode: "none" | "part-time" | "full-time" | "on-the-job";
  /** Only offered to someone who meets every essential requirement. */
  needsReady?: boolean;
  /** Not offered to someone who already meets every essential requirement. */
  notWhenReady?: boolean;
  /** Experience that makes this route a better fit (a year or more of it: FAVOURED_MONTHS). */
  favours?: ExperienceKind[];
  /** Built for people with little or no work experience yet. */
  favoursNewcomers?: boolean;
  /** Only offered to someone with at least this much of one of these kinds of experience. */
  requiresExperience?: { anyOf: ExperienceKind[]; months: number };
  /**
   * Not offered to someone with this much of these kinds of experience: they
   * are past its first steps. allOf: work that was all these kinds at once
   * (admin work in healthcare), as in requirements. A list: any one rule met.
   */
  unlessExperience?: ExperienceRule | ExperienceRule[];
  /** Not offered to someone who already holds one of these qualifications (the route's own). */
  notIfHeld?: string[];
  /** Nations where this route is not offered, e.g. a framework that exists in one nation only. */
  onlyIn?: Nation[];
  /** Only for people in these jobs now (moving across inside the NHS). */
  forJobs?: CurrentJob[];
  /** Not for people in these jobs now: they are past its first steps. */
  notForJobs?: CurrentJob[];
  /** The youngest age it is open to (volunteering from 16). */
  minAge?: number;
  /** Training is built into the job (an apprenticeship): it counts as the education or training some must be in. */
  builtInTraining?: boolean;
  nationNotes: NationNote[];
  notes?: RouteNote[];
  steps: RouteStepDef[];
  source: Source;
}

/** A website, with the page that confirms it is the one to use. */
export interface Site {
  name: string;
  url: string;
  source: Source;
}

/** A nation's own words: its health service, its jobs site, its apprenticeships. */
export interface NationInfo {
  id: Nation;
  name: string;
  /** What the health service is called there, in a sentence: "the NHS", "NHS Scotland", "HSC". */
  service: string;
  /** The same as a label for staff: "NHS", "NHS Scotland", "HSC". */
  serviceShort: string;
  jobsSite: Site;
  apprenticeships: Site;
  /** Advice for a gap in this nation's terms, by requirement id (where adults study English and maths, say). */
  advice?: Record<string, { text: string; source: Source }>;
  /** Notes for people in this nation, some only for an age group or a job (England's participation age). */
  notes?: RouteNote[];
  /** The age until which young people must stay in education or training, where the nation has such a duty. */
  learningUntil?: { age: number; source: Source };
  /** What to know about a move between bands (pay on promotion, unsocial hours), for NHS staff who gave theirs. */
  payNotes?: PayNote[];
  source: Source;
}

/** A note on pay for NHS staff: when one of the target's bands is above, the same as or below theirs; some only for some jobs. */
export interface PayNote {
  /** any: whichever way the move goes. */
  when: "rise" | "same" | "cut" | "any";
  jobs?: CurrentJob[];
  note: string;
  source: Source;
}

/** The legal minimum wage's own age bands, and its apprentice rate. */
export const WAGE_BANDS = ["21-and-over", "18-to-20", "under-18", "apprentice"] as const;
export type WageBand = (typeof WAGE_BANDS)[number];

/** The legal minimum hourly pay from a date. */
export interface MinimumWage {
  effectiveFrom: string;
  rates: Record<WageBand, number>;
  source: string;
}

export interface Dataset {
  pay: PayData;
  roles: Role[];
  qualifications: Qualification[];
  routes: RouteDef[];
  nations: NationInfo[];
}

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
 * are never added together.
 */
export interface Profile {
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
  have: string;
  need: string;
  closedBy: string[];
  advice?: string;
  /** Where the status rests on a fact worked out from other answers, and which. */
  implied?: string;
  /** Published, or a rule of thumb (and whose), for requirements with a threshold. */
  basis?: "published" | "rule-of-thumb";
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
  note?: string;
}

export interface RouteStep {
  id: string;
  title: string;
  months: Range;
  monthsBasis?: string;
  cost?: Cost;
  setting?: Setting;
  pay: StepPayFigure;
  closes: string[];
  core?: boolean;
  /** Done once in the role: not counted in the time to it. */
  inPost?: boolean;
  /** Part of the route to the role this route goes through first. */
  viaRole?: string;
  /** The person said they are working towards this step's qualification now. */
  underway?: boolean;
}

/** Whether a route pays: "if-working" is study alongside a job, for someone who may or may not have one. */
export type Earns = "yes" | "no" | "if-working";

export interface Route {
  id: string;
  title: string;
  rank: number;
  score: number;
  reasons: string[];
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
}

/** A fact worked out from other answers, where the person left a question blank. */
export interface Implied {
  field: "officeSkills" | "medicalTerminology";
  value: string;
  because: string;
}

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
}
