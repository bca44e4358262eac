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

export const SETTINGS = ["hospital-trust", "gp-practice", "private-healthcare", "community-trust"] as const;
export type Setting = (typeof SETTINGS)[number];

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
  /** Hourly minimum wage for apprentices, for routes that pay the apprentice rate. */
  apprenticeRates?: ApprenticeRate[];
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
  source?: Source;
}

export type Requirement =
  | (RequirementBase & { kind: "typing"; wpm: number })
  | (RequirementBase & { kind: "audio-typing" })
  | (RequirementBase & { kind: "medical-terminology"; level: Exclude<TerminologyLevel, "none"> })
  | (RequirementBase & { kind: "office-skills"; level: Exclude<OfficeLevel, "none"> })
  | (RequirementBase & { kind: "experience"; months: number; anyOf: ExperienceKind[] })
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
}

export interface NationNote {
  nation: Nation;
  note: string;
  source: Source;
}

export interface RouteDef {
  id: string;
  title: string;
  /** The roles this route leads into; a step title may say {role} for the one aimed at. */
  targets: string[];
  summary: string;
  earnsWhileLearning: boolean;
  studyMode: "none" | "part-time" | "full-time" | "on-the-job";
  /** Only offered to someone who meets every essential requirement. */
  needsReady?: boolean;
  /** Not offered to someone who already meets every essential requirement. */
  notWhenReady?: boolean;
  /** Experience that makes this route a better fit (6 months or more of it). */
  favours?: ExperienceKind[];
  /** Built for people with little or no work experience yet. */
  favoursNewcomers?: boolean;
  /** Only offered to someone with at least this much of one of these kinds of experience. */
  requiresExperience?: { anyOf: ExperienceKind[]; months: number };
  /** Not offered to someone with this much of these kinds of experience: they are past its first steps. */
  unlessExperience?: { anyOf: ExperienceKind[]; months: number };
  /** Not offered to someone who already holds one of these qualifications (the route's own). */
  notIfHeld?: string[];
  /** Nations where this route is not offered, e.g. a framework that exists in one nation only. */
  onlyIn?: Nation[];
  nationNotes: NationNote[];
  steps: RouteStepDef[];
  source: Source;
}

export interface Dataset {
  pay: PayData;
  roles: Role[];
  qualifications: Qualification[];
  routes: RouteDef[];
}

// ---------- a person ----------

export interface Experience {
  adminMonths: number;
  customerServiceMonths: number;
  healthcareMonths: number;
  secretarialMonths: number;
}

/** What a person told us. Every field but experience may be unknown (undefined). */
export interface Profile {
  typingWpm?: number;
  audioTyping?: boolean;
  medicalTerminology?: TerminologyLevel;
  officeSkills?: OfficeLevel;
  qualifications: string[];
  experience: Experience;
  needsToEarnWhileLearning?: boolean;
  canStudyPartTime?: boolean;
  nation?: Nation;
  target?: string;
}

// ---------- the verdict ----------

export type GapStatus = "met" | "partial" | "missing";

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
}

/** A pay figure as it applies to one step, or why there is none. */
export interface StepPayFigure {
  kind: Exclude<StepPay["kind"], "target">;
  band?: string;
  /** Annual salary at the band's entry point, when it is an AfC figure. */
  salary?: number;
  perHour?: number;
  payYear?: string;
  /** GP practices set their own pay: the AfC figure is a guide, not a promise. */
  uncertain?: boolean;
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
}

export interface Route {
  id: string;
  title: string;
  rank: number;
  score: number;
  reasons: string[];
  months: Range;
  cost: Range;
  costUnknown: boolean;
  earnsWhileLearning: boolean;
  closes: string[];
  nationNote?: string | undefined;
  steps: RouteStep[];
}

export interface NextRole {
  id: string;
  title: string;
  bands: string[];
  pay: { band: string; min: number; max: number }[];
  payYear?: string;
}

export interface Report {
  profile: Profile;
  nation: Nation;
  payYear?: string;
  target: Role;
  targetPay: { band: string; min: number; max: number }[];
  ready: boolean;
  gaps: Gap[];
  routes: Route[];
  /** The best route's id; "" only where no route leads to the role. */
  recommended: string;
  next: NextRole[];
}
