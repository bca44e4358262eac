// The shape of each data file, as zod schemas. They give the loader its checks,
// the build its JSON Schemas (for editors), and must agree with engine/types.ts:
// the assignments at the bottom fail to compile if the two drift apart.

import { z } from "zod";
import { PASSAGE_STYLES, type Passage } from "../engine/typing.js";
import {
  EXPERIENCE_KINDS,
  NATIONS,
  OFFICE_LEVELS,
  SETTINGS,
  TERMINOLOGY_LEVELS,
  type Dataset,
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
  level: z.string().regex(/^([1-8]|entry|n\/a)$/, 'must be a level 1-8, "entry" or "n/a"'),
  awardingBody: text,
  summary: text,
  months: range.optional(),
  guidedHours: z.number().int().positive().optional(),
  cost: cost.optional(),
  grants: grants.optional(),
  source,
});
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
  source: source.optional(),
};
const requirement = z.discriminatedUnion("kind", [
  z.strictObject({ ...requirementBase, kind: z.literal("typing"), wpm: z.number().int().min(1).max(250) }),
  z.strictObject({ ...requirementBase, kind: z.literal("audio-typing") }),
  z.strictObject({ ...requirementBase, kind: z.literal("medical-terminology"), level: z.enum(["some", "qualified"]) }),
  z.strictObject({ ...requirementBase, kind: z.literal("office-skills"), level: z.enum(["basic", "confident"]) }),
  z.strictObject({
    ...requirementBase,
    kind: z.literal("experience"),
    months: z.number().int().min(1).max(600),
    anyOf: z.array(z.enum(EXPERIENCE_KINDS)).min(1),
  }),
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
});
const routeDef = z.strictObject({
  id,
  title: text,
  targets: z.array(id).min(1),
  summary: text,
  earnsWhileLearning: z.boolean(),
  studyMode: z.enum(["none", "part-time", "full-time", "on-the-job"]),
  needsReady: z.boolean().optional(),
  notWhenReady: z.boolean().optional(),
  favours: z.array(z.enum(EXPERIENCE_KINDS)).optional(),
  favoursNewcomers: z.boolean().optional(),
  requiresExperience: experienceNeed.optional(),
  unlessExperience: experienceNeed.optional(),
  notIfHeld: z.array(id).optional(),
  onlyIn: z.array(nation).min(1).optional(),
  nationNotes: z.array(z.strictObject({ nation, note: text, source })).default([]),
  steps: z.array(routeStep).min(1),
  source,
});
export const routesFile = z.strictObject({ routes: z.array(routeDef).default([]) });

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

/** The data files, by the name they have in data/ or in a --data folder. */
export const DATA_FILES = {
  "bands.yaml": bandsFile,
  "qualifications.yaml": qualificationsFile,
  "roles.yaml": rolesFile,
  "routes.yaml": routesFile,
} as const;
export type DataFileName = keyof typeof DATA_FILES;

// Compile-time agreement between the schemas and the engine's types.
type Parsed<S extends z.ZodType> = z.output<S>;
const _pay: (x: Parsed<typeof bandsFile>) => PayData = (x) => x;
const _quals: (x: Parsed<typeof qualification>) => Qualification = (x) => x;
const _role: (x: Parsed<typeof role>) => Role = (x) => x;
const _route: (x: Parsed<typeof routeDef>) => RouteDef = (x) => x;
const _dataset: (x: Dataset) => Dataset = (x) => x;
const _passage: (x: Parsed<typeof passage>) => Passage = (x) => x;
void [_pay, _quals, _role, _route, _dataset, _passage];
