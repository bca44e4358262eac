// The JSON every `--json` prints, as zod schemas: the contract scripts read
// (docs/contract.md describes it). The build writes each as a JSON Schema
// into schemas/ (src/build/compile-data.ts), the renderers take their return
// types from here, and test/contract/outputs.test.ts checks the real output
// against them. Objects are strict: a field that appears or goes without the
// schema changing is a contract broken by accident.
//
// Contracts only grow: add fields, never rename or remove one.
//
// The renderers import these as types only, so zod stays out of the
// bundle's start-up path; only the build and the tests load this module.

import { z } from "zod";
import { grantsSchema, sourceSchema } from "../model/schema.js";
import { EXPERIENCE_KINDS, NATIONS, SETTINGS } from "../model/vocabulary.js";
import type { FindingCode } from "../engine/findings.js";
import { FINDING_CODES } from "./finding-codes.js";

const nation = z.enum(NATIONS);
const pounds = z.number().int().nonnegative();
const count = z.number().int().nonnegative();
/** Whole in the shipped data; a data file may give part of a month. */
const months = z.number().nonnegative();
const money = z.strictObject({ min: pounds, max: pounds });
const bandPay = z.strictObject({ band: z.string(), min: pounds, max: pounds });
const gapStatus = z.enum(["met", "partial", "missing", "unknown"]);
const earns = z.enum(["yes", "no", "if-working"]);
/** Both sides of a change: what it was, what it is. */
const sides = <T extends z.ZodType>(side: T) => z.strictObject({ before: side, after: side });

// ---------- bands --json ----------

export const bandsOutput = z.strictObject({
  nation,
  payYear: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  /** With --area: the supplement's area, and the table it comes from. */
  area: z
    .strictObject({
      id: z.string(),
      name: z.string(),
      percent: z.number(),
      min: pounds,
      max: pounds,
      effectiveFrom: z.string(),
      source: z.string(),
    })
    .optional(),
  bands: z.array(
    z.strictObject({
      band: z.string(),
      min: pounds,
      max: pounds,
      points: z.array(
        z.strictObject({
          afterYears: count,
          salary: pounds,
          /** With --area only. */
          supplement: pounds.optional(),
          total: pounds.optional(),
        }),
      ),
    }),
  ),
});

// ---------- assess --json ----------

/**
 * A finding: a code and its parameters (numbers, ids, flags), beside the
 * English a field already gives. Each code is listed with what it means and
 * which parameters it carries; a script can word it itself.
 */
const codes = Object.entries(FINDING_CODES) as [FindingCode, string][];
// Given an id, the JSON Schema holds the list once (in $defs) and refers to it.
const findingCode = z
  .union(codes.map(([code, description]) => z.literal(code).describe(description)) as unknown as [z.ZodLiteral<FindingCode>, ...z.ZodLiteral<FindingCode>[]])
  .meta({ id: "findingCode" });
const finding = z.looseObject({ code: findingCode });
const quantity = z.strictObject({ value: z.number(), unit: z.enum(["wpm", "months"]) });

const gap = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: gapStatus,
  essential: z.boolean(),
  have: z.string(),
  need: z.string(),
  closedBy: z.array(z.string()),
  advice: z.string().optional(),
  implied: z.string().optional(),
  basis: z.enum(["published", "rule-of-thumb"]).optional(),
  /** Added after 0.2.0: have, need, advice and implied as findings; have and need as a number where they are one. */
  haveFinding: finding,
  needFinding: finding,
  haveQuantity: quantity.optional(),
  needQuantity: quantity.optional(),
  adviceFinding: finding.optional(),
  impliedFinding: finding.optional(),
});

const stepPay = z.strictObject({
  kind: z.enum(["band", "apprentice", "unpaid", "current-job"]),
  salary: pounds.optional(),
  payYear: z.string().optional(),
  salaryMax: pounds.optional(),
  perHour: z.number().positive().optional(),
  laterPerHour: z.number().positive().optional(),
  kept: z.literal(true).optional(),
  startsAtEnd: z.literal(true).optional(),
  uncertain: z.literal(true).optional(),
  note: z.string().optional(),
  /** What many NHS employers pay an apprentice (Annex 21), beside the legal minimum. */
  nhsTrainee: z
    .strictObject({
      band: z.string(),
      payYear: z.string(),
      rates: z.array(z.strictObject({ monthsBeforeQualifying: z.number().int().positive(), percent: z.number().positive(), salary: pounds })),
    })
    .optional(),
  /** Bank shifts, paid by the hour (perHour) for the shifts the person chooses. */
  perShift: z.literal(true).optional(),
  noteFinding: finding.optional(),
});

const routeStep = z.strictObject({
  id: z.string(),
  title: z.string(),
  months,
  monthsMin: months,
  cost: money.nullable(),
  band: z.string().nullable(),
  inPost: z.literal(true).optional(),
  viaRole: z.string().optional(),
  underway: z.literal(true).optional(),
  pay: stepPay,
  /** Where the title is worded from a finding (finishing a qualification begun). */
  titleFinding: finding.optional(),
});

const route = z.strictObject({
  id: z.string(),
  title: z.string(),
  rank: z.number().int().positive(),
  score: z.number(),
  reasons: z.array(z.string()),
  fits: z.boolean(),
  months,
  monthsMin: months,
  cost: money.nullable(),
  earnsWhileLearning: z.boolean(),
  earns,
  closes: z.array(z.string()),
  nationNote: z.string().optional(),
  notes: z.array(z.string()),
  steps: z.array(routeStep),
  /** Added after 0.2.0: reasons as findings, in the same order, each with whether it argues against the route. */
  reasonFindings: z.array(z.looseObject({ code: findingCode, against: z.boolean() })),
});

const payChange = z.strictObject({
  band: z.string(),
  now: money,
  target: z.strictObject({ bands: z.array(z.string()), min: pounds, max: pounds }),
  direction: z.enum(["cut", "overlap", "rise"]),
  atLeast: pounds,
  atMost: pounds,
  byBand: z.array(z.strictObject({ band: z.string(), min: pounds, max: pounds, change: z.enum(["cut", "same", "rise"]), least: pounds, most: pounds })),
  notes: z.array(z.string()),
  /** Added after 0.2.0: their own pay point, where they gave their years on the band (notes[0] in words). */
  pointFinding: finding.optional(),
  /** Added after 0.2.0: the change pro rata for the hours they gave, where fewer than full time. */
  partTime: z.strictObject({ hours: z.number().positive(), fullTimeHours: z.number().positive(), atLeast: pounds, atMost: pounds }).optional(),
  /** Added after 0.2.0: where their pay is below the legal minimum an hour, the minimum and the year's pay it makes. */
  floor: z.strictObject({ perHour: z.number().positive(), salary: pounds, awaitingAward: z.boolean() }).optional(),
});

/** One person's report: `assess --json`, and each side of `compare --json`. */
export const assessReport = z.strictObject({
  target: z.strictObject({ id: z.string(), title: z.string(), bands: z.array(z.string()) }),
  nation,
  payYear: z.string().nullable(),
  payWarning: z.string().nullable(),
  ready: z.boolean(),
  readyIfConfirmed: z.boolean(),
  gaps: z.array(gap),
  routes: z.array(route),
  recommended: z.string(),
  next: z.array(
    z.strictObject({ id: z.string(), title: z.string(), bands: z.array(z.string()), pay: z.array(bandPay), ready: z.boolean(), lacks: z.array(z.string()) }),
  ),
  payChange: payChange.nullable(),
  implied: z.array(z.strictObject({ field: z.enum(["officeSkills", "medicalTerminology"]), value: z.string(), because: z.string(), becauseFinding: finding })),
  notes: z.array(z.string()),
  /** Added after 0.2.0: the verdict in one word, the essential requirements to check (ids), and whether they may hold the role already. */
  verdict: z.enum(["ready", "ready-if-confirmed", "nearly", "not-yet"]),
  toCheck: z.array(z.string()),
  mayHoldRole: z.boolean(),
  /** Added after 0.2.0: the notes on the person's circumstances as findings (the first notes, in words). */
  noteFindings: z.array(finding),
});

// ---------- what changed: compare --json's `change`, assess --set's `whatIf.change` ----------

const gapSide = z.strictObject({ status: gapStatus, have: z.string(), need: z.string(), haveFinding: finding, needFinding: finding });
const routeSide = z.strictObject({ rank: z.number().int().positive(), months, monthsMin: months, cost: money.nullable() });

export const changeOutput = z.strictObject({
  answers: z.array(
    z.strictObject({
      key: z.string(),
      /** As an answers file holds it; null where the person did not say. */
      before: z.unknown(),
      after: z.unknown(),
      /** Lists only. */
      added: z.array(z.unknown()).optional(),
      removed: z.array(z.unknown()).optional(),
    }),
  ),
  target: sides(z.string()),
  ready: sides(z.boolean()),
  gaps: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      essential: z.boolean(),
      change: z.enum(["closed", "opened", "narrowed", "widened", "changed", "same", "new", "gone"]),
      before: gapSide.nullable(),
      after: gapSide.nullable(),
    }),
  ),
  routes: z.array(z.strictObject({ id: z.string(), title: z.string(), before: routeSide.nullable(), after: routeSide.nullable() })),
  recommended: sides(z.string()),
  months: sides(months.nullable()),
  monthsMin: sides(months.nullable()),
  /** Added after 0.2.0: what the change comes to, decided by the engine (requirement ids). */
  verdict: z.strictObject({
    closed: z.array(z.string()),
    opened: z.array(z.string()),
    toCheck: z.array(z.string()),
    readiness: z.enum(["became-ready", "no-longer-ready", "unchanged"]),
    route: z.enum(["none", "same", "same-new-time", "changed"]),
  }),
});

/** `assess --json`; with --set, the report is for the changed answers and `whatIf` says what changed. */
export const assessOutput = assessReport.extend({
  whatIf: z.strictObject({ set: z.array(z.strictObject({ key: z.string(), value: z.unknown() })), change: changeOutput }).optional(),
});

// ---------- compare --json ----------

const compared = z.strictObject({ file: z.string(), report: assessReport });
export const compareOutput = z.strictObject({ before: compared, after: compared, change: changeOutput });

// ---------- workshop --json ----------

export const workshopAttendee = z.strictObject({
  label: z.string(),
  row: z.number().int().positive(),
  ready: z.boolean(),
  recommended: z.string(),
  /** 0 for someone ready now; null where no route leads to the role. */
  months: months.nullable(),
  /** The gaps not met. */
  gaps: z.array(z.strictObject({ id: z.string(), status: z.enum(["partial", "missing", "unknown"]) })),
  readyIfConfirmed: z.boolean(),
});
export const workshopError = z.strictObject({ row: z.number().int().positive(), column: z.string(), message: z.string() });
export const workshopSummary = z.strictObject({
  attendees: count,
  ready: count,
  byRoute: z.record(z.string(), count),
  commonGaps: z.array(z.strictObject({ id: z.string(), count })),
  medianTypingWpm: z.number().nonnegative().nullable(),
  readyIfConfirmed: count,
  /** Rows that could not be read (each listed in `errors`, up to its limit). */
  rowsSkipped: count,
  /** Problems past the first 10,000, which `errors` lists: counted, not kept. */
  errorsNotListed: count,
});
/** Written in this key order as the group streams through: attendees, errors, then the summary. */
export const workshopOutput = z.strictObject({ attendees: z.array(workshopAttendee), errors: z.array(workshopError), summary: workshopSummary });

// ---------- roles --json, role ID --json ----------

const requirementCommon = {
  id: z.string(),
  title: z.string(),
  essential: z.boolean(),
  /** The threshold in words, in the nation's terms. */
  need: z.string(),
  basis: z.enum(["published", "rule-of-thumb"]).optional(),
  by: z.string().optional(),
  closedBy: z.array(z.string()),
  note: z.string().optional(),
  source: sourceSchema.nullable(),
};
const experienceKinds = z.array(z.enum(EXPERIENCE_KINDS));
const requirement = z.discriminatedUnion("kind", [
  z.strictObject({ ...requirementCommon, kind: z.literal("typing"), wpm: z.number().int().positive(), advertWords: z.string().optional() }),
  z.strictObject({ ...requirementCommon, kind: z.literal("audio-typing") }),
  z.strictObject({ ...requirementCommon, kind: z.literal("medical-terminology"), level: z.enum(["some", "qualified"]) }),
  z.strictObject({ ...requirementCommon, kind: z.literal("office-skills"), level: z.enum(["basic", "confident"]) }),
  z.strictObject({ ...requirementCommon, kind: z.literal("experience"), months: z.number().int().positive(), anyOf: experienceKinds.optional(), allOf: experienceKinds.optional() }),
  z.strictObject({ ...requirementCommon, kind: z.literal("qualifications"), allOf: z.array(z.array(z.string())) }),
]);

export const roleOutput = z.strictObject({
  id: z.string(),
  title: z.string(),
  bands: z.array(z.string()),
  settings: z.array(z.enum(SETTINGS)),
  summary: z.string(),
  payNote: z.string().optional(),
  pay: z.array(bandPay),
  payYear: z.string().nullable(),
  requirements: z.array(requirement),
  leadsTo: z.array(z.string()),
  source: sourceSchema,
});
export const rolesOutput = z.strictObject({ nation, payYear: z.string().nullable(), roles: z.array(roleOutput) });

// ---------- routes --json ----------

const routeStepDef = z.strictObject({
  id: z.string(),
  title: z.string(),
  months,
  monthsMin: months,
  monthsBasis: z.string().optional(),
  cost: money.nullable(),
  pay: z.union([
    z.strictObject({ kind: z.literal("band"), band: z.string() }),
    z.strictObject({ kind: z.enum(["target", "apprentice", "unpaid", "current-job"]) }),
  ]),
  setting: z.enum(SETTINGS).nullable(),
  closes: z.array(z.string()),
  qualification: z.string().optional(),
  startsPost: z.literal(true).optional(),
});
export const routeOutput = z.strictObject({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  targets: z.array(z.string()),
  earnsWhileLearning: z.boolean(),
  paid: earns,
  studyMode: z.enum(["none", "part-time", "full-time", "on-the-job"]),
  months,
  monthsMin: months,
  cost: money.nullable(),
  nationNotes: z.array(z.strictObject({ nation, note: z.string(), source: sourceSchema })),
  steps: z.array(routeStepDef),
  source: sourceSchema,
  /** Why none of its steps here leads to a qualification confirmed open, or null where one does (or the data gives no reason). */
  noOpenQualification: z.string().nullable(),
});
export const routesOutput = z.strictObject({ nation, routes: z.array(routeOutput) });

// ---------- qualifications --json ----------

export const qualificationOutput = z.strictObject({
  id: z.string(),
  title: z.string(),
  level: z.string(),
  awardingBody: z.string(),
  summary: z.string(),
  months: z.strictObject({ min: months, max: months }).nullable(),
  guidedHours: z.number().int().positive().nullable(),
  cost: z.strictObject({ min: pounds, max: pounds, note: z.string().optional() }).nullable(),
  /** What holding it counts as, in an answers file's terms; {} where it shows nothing the questions ask. */
  shows: grantsSchema,
  status: z.enum(["open", "withdrawn", "unconfirmed"]),
  withdrawnOn: z.string().optional(),
  /** null: taken UK-wide. */
  nations: z.array(nation).nullable(),
  source: sourceSchema,
  /** The day the source was last read and found as recorded (for an open one: still open), or null where not recorded. */
  seen: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});
/** `nation` only with --nation: without it, every qualification is listed. */
export const qualificationsOutput = z.strictObject({ nation: nation.optional(), qualifications: z.array(qualificationOutput) });

// ---------- typing-test --json ----------

const typingRun = {
  passage: z.strictObject({ id: z.string(), title: z.string() }),
  timeLimit: z.number().int().positive(),
  ended: z.enum(["finished", "time", "stopped", "pasted"]),
};
export const typingTestOutput = z.discriminatedUnion("scored", [
  z.strictObject({
    scored: z.literal(true),
    ...typingRun,
    seconds: z.number().nonnegative(),
    completed: z.boolean(),
    netWpm: z.number().nonnegative(),
    grossWpm: z.number().nonnegative(),
    accuracy: z.number().min(0).max(100),
    charactersTyped: count,
    charactersRight: count,
    errorsLeft: count,
    errorsCorrected: count,
    /** A gap's statuses; a measured speed is never unknown, so only met, partial or missing come. */
    roles: z.array(z.strictObject({ id: z.string(), title: z.string(), requirement: z.string(), essential: z.boolean(), wpm: z.number().int().positive(), status: gapStatus })),
    rolesWithoutSpeed: z.array(z.string()),
  }),
  z.strictObject({ scored: z.literal(false), ...typingRun, reason: z.enum(["pasted", "nothing-typed", "too-short", "too-fast"]) }),
]);

// ---------- data --check --json ----------

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const dataCheckOutput = z.strictObject({
  today: isoDay,
  cutoff: isoDay,
  stale: z.array(
    z.strictObject({ file: z.string(), item: z.string(), field: z.string(), url: z.string(), date: isoDay, dateKind: z.enum(["seen", "asOf", "effectiveFrom"]) }),
  ),
  /** whatFinding (added after 0.2): `what` as a finding. */
  unconfirmed: z.array(z.strictObject({ file: z.string(), item: z.string(), what: z.string(), url: z.string().nullable(), whatFinding: finding })),
});

/** Each output by the name of its JSON Schema in schemas/ (`<name>.schema.json`) and the command that prints it. */
export const OUTPUTS = {
  "assess-output": { command: "assess --json", schema: assessOutput },
  "compare-output": { command: "compare --json", schema: compareOutput },
  "workshop-output": { command: "workshop --json", schema: workshopOutput },
  "bands-output": { command: "bands --json", schema: bandsOutput },
  "roles-output": { command: "roles --json", schema: rolesOutput },
  "role-output": { command: "role ID --json", schema: roleOutput },
  "routes-output": { command: "routes --json", schema: routesOutput },
  "qualifications-output": { command: "qualifications --json", schema: qualificationsOutput },
  "typing-test-output": { command: "typing-test --json", schema: typingTestOutput },
  "data-check-output": { command: "data --check --json", schema: dataCheckOutput },
} as const;

export type BandsOutput = z.output<typeof bandsOutput>;
export type AssessReportOutput = z.output<typeof assessReport>;
export type AssessOutput = z.output<typeof assessOutput>;
export type ChangeOutput = z.output<typeof changeOutput>;
export type WorkshopAttendeeOutput = z.output<typeof workshopAttendee>;
export type WorkshopErrorOutput = z.output<typeof workshopError>;
export type WorkshopSummaryOutput = z.output<typeof workshopSummary>;
export type WorkshopOutput = z.output<typeof workshopOutput>;
export type RoleOutput = z.output<typeof roleOutput>;
export type RolesOutput = z.output<typeof rolesOutput>;
export type RouteOutput = z.output<typeof routeOutput>;
export type RoutesOutput = z.output<typeof routesOutput>;
export type QualificationOutput = z.output<typeof qualificationOutput>;
export type QualificationsOutput = z.output<typeof qualificationsOutput>;
export type TypingTestOutput = z.output<typeof typingTestOutput>;
