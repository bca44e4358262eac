// The shape of each data file, as zod schemas. They give the loader its checks,
// the build its JSON Schemas (for editors), and must agree with engine/types.ts:
// the assignments at the bottom fail to compile if the two drift apart.

import { z } from "zod";
import { PASSAGE_STYLES, type Passage } from "../engine/typing.js";
import {
  AGE_GROUPS,
  CURRENT_JOBS,
  EXPERIENCE_KINDS,
  NATIONS,
  WAGE_BANDS,
  OFFICE_LEVELS,
  SETTINGS,
  TERMINOLOGY_LEVELS,
  type Dataset,
  type NationInfo,
  type PayData,
  type Qualification,
  type Role,
  type RouteDef,
} from "../engine/types.js";

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, like medical-secretary");
const text = z.string().trim().min(1, "must not be empty");
const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD (quote it in YAML)");
const payYear = z.string().regex(/^\d{4}\/\d{2}$/, 'must be a pay year written like "2025/26"');
const bandId = z.string().regex(/^(1|2|3|4|5|6|7|8a|8b|8c|8d|9)$/, "must be an Agenda for Change band: 1-7, 8a-8d or 9");
const pounds = z.number().int("must be whole pounds").nonnegative();
const months = z.number().nonnegative().max(600);
const nations = z.array(z.enum(NATIONS)).min(1);

const source = z.strictObject({ url, asOf: isoDate });
const range = z
  .strictObject({ min: months, max: months })
  .refine((r) => r.min <= r.max, { message: "min must not be more than max", path: ["max"] });
const cost = z
  .strictObject({ min: pounds, max: pounds, note: text.optional() })
  .refine((r) => r.min <= r.max, { message: "min must not be more than max", path: ["max"] });
const nation = z.enum(NATIONS);

// ---------- bands.yaml ----------

const payPoint = z.strictObject({ afterYears: z.number().int().min(0).max(20), salary: pounds.min(1) });
const band = z.strictObject({ band: bandId, points: z.array(payPoint).min(1) });
const payTable = z.strictObject({
  nation,
  payYear,
  effectiveFrom: isoDate,
  source: url,
  checkedWith: z.array(url).optional(),
  notes: text.optional(),
  bands: z.array(band).min(1),
});
const supplementArea = z.strictObject({
  id,
  name: text,
  percent: z.number().positive().max(100),
  min: pounds,
  max: pounds,
});
export const bandsFile = z.strictObject({
  tables: z.array(payTable).default([]),
  unconfirmed: z
    .array(z.strictObject({ nation, payYear, what: z.enum(["pay-table", "supplements"]).default("pay-table"), why: text }))
    .default([]),
  supplements: z
    .array(z.strictObject({ nation, payYear, effectiveFrom: isoDate, source: url, notes: text.optional(), areas: z.array(supplementArea).min(1) }))
    .default([]),
  apprenticeRates: z
    .array(z.strictObject({ effectiveFrom: isoDate, perHour: z.number().positive(), source: url, note: text.optional() }))
    .optional(),
  minimumWage: z
    .array(
      z.strictObject({
        effectiveFrom: isoDate,
        rates: z.strictObject(Object.fromEntries(WAGE_BANDS.map((b) => [b, z.number().positive()])) as Record<(typeof WAGE_BANDS)[number], z.ZodNumber>),
        source: url,
      }),
    )
    .optional(),
});

// ---------- qualifications.yaml ----------

const grants = z.strictObject({
  typingWpm: z.number().int().min(0).max(250).optional(),
  audioTyping: z.boolean().optional(),
  medicalTerminology: z.enum(TERMINOLOGY_LEVELS).optional(),
  officeSkills: z.enum(OFFICE_LEVELS).optional(),
});
const qualification = z.strictObject({
  id,
  title: text,
  short: text.max(30).optional(),
  level: z.string().regex(/^([1-8]|entry|n\/a|SCQF (1[0-2]|[1-9]))$/, 'must be a level 1-8, "SCQF 1"-"SCQF 12", "entry" or "n/a"'),
  awardingBody: text,
  summary: text,
  months: range.optional(),
  guidedHours: z.number().int().positive().optional(),
  cost: cost.optional(),
  grants: grants.optional(),
  status: z.enum(["open", "withdrawn", "unconfirmed"]).optional(),
  withdrawnOn: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML)").optional(),
  nations: nations.optional(),
  source,
}).refine((q) => q.status !== "withdrawn" || q.withdrawnOn !== undefined, { message: "a withdrawn qualification needs withdrawnOn, the date it closed", path: ["withdrawnOn"] });
export const qualificationsFile = z.strictObject({ qualifications: z.array(qualification).default([]) });

// ---------- roles.yaml ----------

const requirementBase = {
  id,
  title: text,
  essential: z.boolean(),
  closedBy: z.array(id).default([]),
  needText: text.optional(),
  advice: text.optional(),
  note: text.optional(),
  basis: z.enum(["published", "rule-of-thumb"]).optional(),
  by: text.optional(),
  source: source.optional(),
};
const requirement = z.discriminatedUnion("kind", [
  z.strictObject({ ...requirementBase, kind: z.literal("typing"), wpm: z.number().int().min(1).max(250), advertWords: text.optional() }),
  z.strictObject({ ...requirementBase, kind: z.literal("audio-typing") }),
  z.strictObject({ ...requirementBase, kind: z.literal("medical-terminology"), level: z.enum(["some", "qualified"]) }),
  z.strictObject({ ...requirementBase, kind: z.literal("office-skills"), level: z.enum(["basic", "confident"]) }),
  z
    .strictObject({
      ...requirementBase,
      kind: z.literal("experience"),
      months: z.number().int().min(1).max(600),
      anyOf: z.array(z.enum(EXPERIENCE_KINDS)).min(1).optional(),
      allOf: z.array(z.enum(EXPERIENCE_KINDS)).min(2).optional(),
      mustBeSenior: z.boolean().optional(),
    })
    .refine((r) => (r.anyOf === undefined) !== (r.allOf === undefined), { message: "give anyOf (any one of these kinds) or allOf (all at once), not both or neither", path: ["anyOf"] }),
  z.strictObject({ ...requirementBase, kind: z.literal("qualifications"), allOf: z.array(z.array(id).min(1)).min(1) }),
]);
const role = z.strictObject({
  id,
  title: text,
  bands: z.array(bandId).default([]),
  settings: z.array(z.enum(SETTINGS)).min(1),
  summary: text,
  payNote: text.optional(),
  requirements: z.array(requirement).default([]),
  leadsTo: z.array(id).default([]),
  source,
});
export const rolesFile = z.strictObject({ roles: z.array(role).default([]) });

// ---------- routes.yaml ----------

const stepPay = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("band"), band: bandId }),
  z.strictObject({ kind: z.literal("target") }),
  z.strictObject({ kind: z.literal("apprentice") }),
  z.strictObject({ kind: z.literal("unpaid") }),
  z.strictObject({ kind: z.literal("current-job") }),
]);
// Past a route's first steps: anyOf, any one of these kinds of work; allOf,
// work that was all these kinds at once (admin work in healthcare).
const experienceRule = z
  .strictObject({ anyOf: z.array(z.enum(EXPERIENCE_KINDS)).min(1).optional(), allOf: z.array(z.enum(EXPERIENCE_KINDS)).min(2).optional(), months: z.number().int().min(1).max(600) })
  .refine((r) => (r.anyOf === undefined) !== (r.allOf === undefined), { message: "give anyOf (any one of these kinds) or allOf (all at once), not both or neither", path: ["anyOf"] });

const experienceNeed = z.strictObject({ anyOf: z.array(z.enum(EXPERIENCE_KINDS)).min(1), months: z.number().int().min(1).max(600) });
const routeStep = z.strictObject({
  id,
  title: text,
  months: range,
  monthsBasis: text.optional(),
  cost: cost.optional(),
  pay: stepPay,
  setting: z.enum(SETTINGS).optional(),
  closes: z.array(id).default([]),
  core: z.boolean().optional(),
  nations: nations.optional(),
  forTargets: z.array(id).min(1).optional(),
  startsPost: z.boolean().optional(),
  inPost: z.boolean().optional(),
  via: id.optional(),
  buildsExperience: id.optional(),
  qualification: id.optional(),
});
const routeNote = z.strictObject({
  note: text,
  nations: nations.optional(),
  jobs: z.array(z.enum(CURRENT_JOBS)).min(1).optional(),
  ageGroups: z.array(z.enum(AGE_GROUPS)).min(1).optional(),
  underAge: z.number().int().min(15).max(25).optional(),
  source,
});
const routeDef = z.strictObject({
  id,
  title: text,
  targets: z.array(id).min(1),
  summary: text,
  earnsWhileLearning: z.boolean().optional(),
  studyMode: z.enum(["none", "part-time", "full-time", "on-the-job"]),
  needsReady: z.boolean().optional(),
  notWhenReady: z.boolean().optional(),
  favours: z.array(z.enum(EXPERIENCE_KINDS)).optional(),
  favoursNewcomers: z.boolean().optional(),
  requiresExperience: experienceNeed.optional(),
  unlessExperience: z.union([experienceRule, z.array(experienceRule).min(1)]).optional(),
  notIfHeld: z.array(id).optional(),
  onlyIn: z.array(nation).min(1).optional(),
  forJobs: z.array(z.enum(CURRENT_JOBS)).min(1).optional(),
  notForJobs: z.array(z.enum(CURRENT_JOBS)).min(1).optional(),
  minAge: z.number().int().min(14).max(30).optional(),
  builtInTraining: z.boolean().optional(),
  nationNotes: z.array(z.strictObject({ nation, note: text, source })).default([]),
  notes: z.array(routeNote).optional(),
  steps: z.array(routeStep).min(1),
  source,
});
export const routesFile = z.strictObject({ routes: z.array(routeDef).default([]) });

// ---------- nations.yaml ----------

const site = z.strictObject({ name: text, url, source });
const nationInfo = z.strictObject({
  id: nation,
  name: text,
  service: text,
  serviceShort: text,
  jobsSite: site,
  apprenticeships: site,
  advice: z.record(id, z.strictObject({ text, source })).optional(),
  notes: z.array(routeNote).optional(),
  learningUntil: z.strictObject({ age: z.number().int().min(16).max(19), source }).optional(),
  payNotes: z.array(z.strictObject({ when: z.enum(["rise", "same", "cut", "any"]), jobs: z.array(z.enum(CURRENT_JOBS)).min(1).optional(), note: text, source })).optional(),
  source,
});
export const nationsFile = z.strictObject({ nations: z.array(nationInfo).default([]) });

// ---------- passages.yaml (the typing test's; not part of the Dataset) ----------

const passage = z.strictObject({
  id,
  title: text,
  style: z.enum(PASSAGE_STYLES),
  text: z
    .string()
    .trim()
    // A terminal sends what a UK keyboard types; curly quotes and long dashes it may not.
    .regex(/^[\x20-\x7e]*$/, "must hold only the letters, digits, spaces and punctuation of a keyboard, on one line (no curly quotes, long dashes or pound signs)")
    .refine((t) => !t.includes("  "), "must not hold two spaces in a row: no one can see to type them")
    .refine((t) => t.length >= 200, "should be at least 200 characters, so that a minute's typing is measured")
    .refine((t) => t.length <= 2000, "should be at most 2,000 characters"),
});
export const passagesFile = z.strictObject({ passages: z.array(passage).min(1, "needs at least one passage") });
export const PASSAGES_FILE = "passages.yaml";

/**
 * The most one data file may hold. A folder of 100,000 roles written as JSON
 * (the bench's largest) is some 34 MB; twice that leaves room, and stays far
 * below what a JavaScript string can hold.
 */
export const DATA_FILE_MAX_BYTES = 64 * 1024 * 1024;

/** The data files, by the name they have in data/ or in a --data folder. */
export const DATA_FILES = {
  "bands.yaml": bandsFile,
  "qualifications.yaml": qualificationsFile,
  "roles.yaml": rolesFile,
  "routes.yaml": routesFile,
  "nations.yaml": nationsFile,
} as const;
export type DataFileName = keyof typeof DATA_FILES;

// Compile-time agreement between the schemas and the engine's types.
type Parsed<S extends z.ZodType> = z.output<S>;
const _pay: (x: Parsed<typeof bandsFile>) => PayData = (x) => x;
const _quals: (x: Parsed<typeof qualification>) => Qualification = (x) => x;
const _role: (x: Parsed<typeof role>) => Role = (x) => x;
const _route: (x: Parsed<typeof routeDef>) => RouteDef = (x) => x;
const _nation: (x: Parsed<typeof nationInfo>) => NationInfo = (x) => x;
const _dataset: (x: Dataset) => Dataset = (x) => x;
const _passage: (x: Parsed<typeof passage>) => Passage = (x) => x;
void [_pay, _quals, _role, _route, _nation, _dataset, _passage];
