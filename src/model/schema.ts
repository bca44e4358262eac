// The shape of the data, once: zod schemas that the loader checks data files
// against (src/data) and the build turns into JSON Schemas, and from which the
// engine's data types are inferred (src/engine/types.ts), so a field added to
// one is in the other.
//
// Its values are for the loader (src/data), the output schemas (loaded by the
// build and the tests alone) and tests; everyone else imports its types
// (`import type`), which the bundler erases. That keeps zod off the start-up
// path of every command that reads only dist/dataset.json
// (test/e2e/start-up-chunks.test.ts checks the bundle).

import { z } from "zod";
import {
  AGE_GROUPS,
  CIRCUMSTANCES,
  CURRENT_JOBS,
  EXPERIENCE_KINDS,
  NATIONS,
  OFFICE_LEVELS,
  PASSAGE_STYLES,
  PROOFS,
  SETTINGS,
  TERMINOLOGY_LEVELS,
  WAGE_BANDS,
  WELSH_LEVELS,
  type WageBand,
} from "./vocabulary.js";
import { ISO_DATE, isCalendarDate } from "./dates.js";

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, like medical-secretary");
const text = z.string().trim().min(1, "must not be empty");
const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const isoDate = z
  .string()
  .regex(ISO_DATE, { error: "must be a date written YYYY-MM-DD (quote it in YAML)", abort: true })
  // A regex alone let 2026-02-30 and 2019-13-45 through, to be printed as dates and compared as strings.
  .refine(isCalendarDate, "must be a day on the calendar (is the month or day right?)");
const payYear = z.string().regex(/^\d{4}\/\d{2}$/, 'must be a pay year written like "2025/26"');
const bandId = z.string().regex(/^(1|2|3|4|5|6|7|8a|8b|8c|8d|9)$/, "must be an Agenda for Change band: 1-7, 8a-8d or 9");
const pounds = z.number().int("must be whole pounds").nonnegative();
const months = z.number().nonnegative().max(600);
const nation = z.enum(NATIONS);
const nations = z.array(nation).min(1);
const experienceKinds = z.enum(EXPERIENCE_KINDS);
const jobs = z.array(z.enum(CURRENT_JOBS)).min(1);

/**
 * Where a figure was published, and asOf, the date it applies from (the
 * document's own date, or for an undated page the day it was read).
 */
const cited = { url, asOf: isoDate };
/**
 * A source in a data file. seen, where given, is the day someone last read it
 * and found the fact still as recorded: an old law or an old document still in
 * force is then not due a look for 18 months from that day (`data --check`
 * counts from seen, else from asOf).
 */
const source = z.strictObject({ ...cited, seen: isoDate.optional() });
/**
 * A source as the JSON outputs give it: url and asOf only, as since 0.1. When
 * a qualification's source was last read is its own `seen` there.
 */
const sourceOut = z.strictObject(cited);
const range = z
  .strictObject({ min: months, max: months })
  .refine((r) => r.min <= r.max, { message: "min must not be more than max", path: ["max"] });
const cost = z
  .strictObject({ min: pounds, max: pounds, note: text.optional() })
  .refine((r) => r.min <= r.max, { message: "min must not be more than max", path: ["max"] });

// ---------- bands.yaml ----------

const payPoint = z.strictObject({
  /** Years in the band before this point is reached (the entry point is 0). */
  afterYears: z.number().int().min(0).max(20),
  salary: pounds.min(1),
});
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
const unconfirmed = z.strictObject({
  nation,
  payYear,
  /** What is missing for that nation and year: its pay table, or only its supplements. */
  what: z.enum(["pay-table", "supplements"]).default("pay-table"),
  why: text,
});
const supplementArea = z.strictObject({
  id,
  name: text,
  percent: z.number().positive().max(100),
  min: pounds,
  max: pounds,
});
const supplementTable = z.strictObject({ nation, payYear, effectiveFrom: isoDate, source: url, notes: text.optional(), areas: z.array(supplementArea).min(1) });
const apprenticeRate = z.strictObject({ effectiveFrom: isoDate, perHour: z.number().positive(), source: url, note: text.optional() });
/** The legal minimum hourly pay from a date. */
const minimumWage = z.strictObject({
  effectiveFrom: isoDate,
  rates: z.strictObject(Object.fromEntries(WAGE_BANDS.map((b) => [b, z.number().positive()])) as Record<WageBand, z.ZodNumber>),
  source: url,
});
/**
 * Agenda for Change's trainee rule (Annex 21, category (c)): pay as a share of
 * the qualified post's band maximum, by how long is left before qualifying.
 * NHS Staff Council guidance (2017) puts NHS apprentices under it; not every
 * employer follows it, so it is shown as what many NHS employers pay.
 */
const traineeRate = z.strictObject({
  /** Applies while at most this many months are left before qualifying (and more than the previous rate's). */
  monthsBeforeQualifying: z.number().int().min(1).max(60),
  percent: z.number().positive().max(100),
});
const traineePay = z.strictObject({
  rates: z.array(traineeRate).min(1),
  source,
  /** Where apprentices are put under it (the NHS Staff Council's guidance). */
  apprentices: source,
  note: text.optional(),
});
export const bandsFile = z.strictObject({
  tables: z.array(payTable).default([]),
  unconfirmed: z.array(unconfirmed).default([]),
  supplements: z.array(supplementTable).default([]),
  /** Hourly minimum wage for apprentices (older data files; minimumWage supersedes it). */
  apprenticeRates: z.array(apprenticeRate).optional(),
  /** The minimum wage by age group and for apprentices. */
  minimumWage: z.array(minimumWage).optional(),
  /** What many NHS employers pay apprentices instead of the minimum: Annex 21's trainee rates. */
  traineePay: traineePay.optional(),
});

// ---------- qualifications.yaml ----------

/** What holding a qualification demonstrates, in the same terms as a Profile. */
const grants = z.strictObject({
  typingWpm: z.number().int().min(0).max(250).optional(),
  audioTyping: z.boolean().optional(),
  medicalTerminology: z.enum(TERMINOLOGY_LEVELS).optional(),
  officeSkills: z.enum(OFFICE_LEVELS).optional(),
});
const qualification = z
  .strictObject({
    id,
    title: text,
    /** A few words for tight table cells, like "GCSE maths": written out, never abbreviated ("apprenticeship", not "app."). */
    short: text.max(45).optional(),
    level: z.string().regex(/^([1-8]|entry|n\/a|SCQF (1[0-2]|[1-9]))$/, 'must be a level 1-8, "SCQF 1"-"SCQF 12", "entry" or "n/a"'),
    awardingBody: text,
    summary: text,
    months: range.optional(),
    guidedHours: z.number().int().positive().optional(),
    cost: cost.optional(),
    grants: grants.optional(),
    /**
     * "open": its source, read on `seen`, shows people can enrol now.
     * "withdrawn": no one can enrol any more. Kept so that people who hold it can
     * say so (holding it still counts), never offered as something to take.
     * "unconfirmed": no source says whether it is still open; a route that
     * names it says "check with the provider" and ranks below one on open ones.
     * Left out (older --data folders): read as "unconfirmed", since nobody
     * has said it is open; the loader fills it in, so the engine always has one.
     */
    status: z.enum(["open", "withdrawn", "unconfirmed"]).default("unconfirmed"),
    /** When a withdrawn qualification closed to new learners (YYYY, YYYY-MM or YYYY-MM-DD). */
    withdrawnOn: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML)").optional(),
    /** The nations where it is taken; every nation where this is absent. */
    nations: nations.optional(),
    source,
    /**
     * The day someone last read the source (or the regulator's or awarding
     * body's page) and found it as recorded here: for an open qualification,
     * still open. The freshness check (`data --check`) counts a source's age
     * from this day where it is given, else from source.asOf.
     */
    seen: isoDate.optional(),
    /**
     * Short names it was shown by before ("Business Administrator L3 app."):
     * still read in a workshop sheet, which may name a qualification by its
     * short name, so that a form built on an older version keeps its attendees.
     */
    formerShort: z.array(text.max(45)).optional(),
  })
  .refine((q) => q.status !== "withdrawn" || q.withdrawnOn !== undefined, { message: "a withdrawn qualification needs withdrawnOn, the date it closed", path: ["withdrawnOn"] });
export const qualificationsFile = z.strictObject({ qualifications: z.array(qualification).default([]) });

// ---------- roles.yaml ----------

const requirementBase = {
  id,
  title: text,
  essential: z.boolean(),
  /** Qualification ids, route step ids or advice ids that close this gap. */
  closedBy: z.array(id).default([]),
  /** How to word what is needed, where the generated wording would be clumsy. */
  needText: text.optional(),
  /** What to do about this gap, shown beside it when it is not met. */
  advice: text.optional(),
  /** Why the threshold is what it is, where no source states it. */
  note: text.optional(),
  /** Where a threshold comes from: a figure an employer or official body publishes, or a rule of thumb (`by` says whose). */
  basis: z.enum(["published", "rule-of-thumb"]).optional(),
  by: text.optional(),
  source: source.optional(),
};
const eitherAnyOfOrAllOf = { message: "give anyOf (any one of these kinds) or allOf (all at once), not both or neither", path: ["anyOf"] };
const requirement = z.discriminatedUnion("kind", [
  /** `advertWords`: how job adverts put the standard ("RSA II or equivalent"). */
  z.strictObject({ ...requirementBase, kind: z.literal("typing"), wpm: z.number().int().min(1).max(250), advertWords: text.optional() }),
  z.strictObject({ ...requirementBase, kind: z.literal("audio-typing") }),
  z.strictObject({ ...requirementBase, kind: z.literal("medical-terminology"), level: z.enum(["some", "qualified"]) }),
  z.strictObject({ ...requirementBase, kind: z.literal("office-skills"), level: z.enum(["basic", "confident"]) }),
  // anyOf: work of any one of these kinds; allOf: work that was all of them at
  // once (secretarial work in healthcare), at most the shortest of them.
  z
    .strictObject({
      ...requirementBase,
      kind: z.literal("experience"),
      months: z.number().int().min(1).max(600),
      anyOf: z.array(experienceKinds).min(1).optional(),
      allOf: z.array(experienceKinds).min(2).optional(),
      /** Only senior work counts (managing, leading), which the questions do not ask: enough of it is partly there, never met, and the report says what to gain. */
      mustBeSenior: z.boolean().optional(),
    })
    .refine((r) => (r.anyOf === undefined) !== (r.allOf === undefined), eitherAnyOfOrAllOf),
  /** Every group must be satisfied by holding at least one qualification in it. */
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

/** How a step is paid: an AfC band, the apprentice rate, unpaid, or the person's own job. */
const stepPay = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("band"), band: bandId }),
  /** The entry band of whichever role the person is aiming for. */
  z.strictObject({ kind: z.literal("target") }),
  z.strictObject({ kind: z.literal("apprentice") }),
  z.strictObject({ kind: z.literal("unpaid") }),
  z.strictObject({ kind: z.literal("current-job") }),
]);
/** This much work of any one of these kinds (anyOf), or of all of them at once (allOf). */
const experienceRule = z
  .strictObject({ anyOf: z.array(experienceKinds).min(1).optional(), allOf: z.array(experienceKinds).min(2).optional(), months: z.number().int().min(1).max(600) })
  .refine((r) => (r.anyOf === undefined) !== (r.allOf === undefined), eitherAnyOfOrAllOf);
const experienceNeed = z.strictObject({ anyOf: z.array(experienceKinds).min(1), months: z.number().int().min(1).max(600) });
const routeStep = z.strictObject({
  id,
  title: text,
  months: range,
  /** How the months were estimated, where no source gives them. */
  monthsBasis: text.optional(),
  cost: cost.optional(),
  pay: stepPay,
  setting: z.enum(SETTINGS).optional(),
  /** Requirement ids this step closes. */
  closes: z.array(id).default([]),
  /** The route is built on this step: kept even when it closes nothing the person lacks. */
  core: z.boolean().optional(),
  /** Only in these nations (an apprenticeship framework, a course); every nation where absent. */
  nations: nations.optional(),
  /** Only when the person aims at one of these roles (a coder's course in post). */
  forTargets: z.array(id).min(1).optional(),
  /** Getting a post: its months are the search, and the post's pay starts when the step ends. */
  startsPost: z.boolean().optional(),
  /** Done once in the role (training, accreditation): after the time to the role, not part of it. */
  inPost: z.boolean().optional(),
  /** Reach this role first, by the person's own best route to it (expanded in their report). */
  via: id.optional(),
  /** Left out for someone who already meets what this role (by id) asks: they can go straight to a later post. */
  skipIfReadyFor: id.optional(),
  /** Time to build this experience requirement: as long as the person still lacks of it. */
  buildsExperience: id.optional(),
  /** The qualification this step leads to: it must be open to new learners. */
  qualification: id.optional(),
  /**
   * Learners working towards one of these are part-way through this step,
   * though the step names no qualification (a course whose award has changed
   * name: someone still studying for the old one is finishing this course).
   */
  startedBy: z.array(id).min(1).optional(),
  /** Bank shifts: paid by the hour at the step's band, for the hours the person chooses, not a salaried post. */
  bank: z.boolean().optional(),
  /** Free for someone known to be younger than `age` in these nations (full-time study at 16-18): the cost shown to them. */
  freeUnder: z.strictObject({ age: z.number().int().min(16).max(25), nations, note: text, source }).optional(),
});
const nationNote = z.strictObject({ nation, note: text, source });
/** A note that applies only to some people: in some nations, in some jobs, of some ages. */
const routeNote = z.strictObject({
  note: text,
  nations: nations.optional(),
  jobs: jobs.optional(),
  ageGroups: z.array(z.enum(AGE_GROUPS)).min(1).optional(),
  /** Only for someone known to be younger than this (still of school age). */
  underAge: z.number().int().min(15).max(25).optional(),
  /** Only for someone who said one of these applies to them (a carer, the armed forces community). */
  circumstances: z.array(z.enum(CIRCUMSTANCES)).min(1).optional(),
  /** Only for someone whose Welsh is one of these; "unsaid" for someone who did not say. */
  welsh: z.array(z.enum([...WELSH_LEVELS, "unsaid"])).min(1).optional(),
  /**
   * A nation's note only: said only where one of these routes is offered to
   * the person (who may fund an apprenticeship means nothing to someone who
   * is not offered one). Ignored on a route's own notes, which show with it.
   */
  ifOffered: z.array(id).min(1).optional(),
  source,
});
const routeDef = z.strictObject({
  id,
  title: text,
  /** The roles this route leads into; a step title may say {role} for the one aimed at. */
  targets: z.array(id).min(1),
  summary: text,
  /** Worked out from the steps' pay; older data files may still say it. */
  earnsWhileLearning: z.boolean().optional(),
  studyMode: z.enum(["none", "part-time", "full-time", "on-the-job"]),
  /** Only offered to someone who meets every essential requirement. */
  needsReady: z.boolean().optional(),
  /** Not offered to someone who already meets every essential requirement. */
  notWhenReady: z.boolean().optional(),
  /** Experience that makes this route a better fit (a year or more of it: FAVOURED_MONTHS). */
  favours: z.array(experienceKinds).optional(),
  /** Built for people with little or no work experience yet. */
  favoursNewcomers: z.boolean().optional(),
  /** Only offered to someone with at least this much of one of these kinds of experience. */
  requiresExperience: experienceNeed.optional(),
  /**
   * Not offered to someone with this much of these kinds of experience: they
   * are past its first steps. allOf: work that was all these kinds at once
   * (admin work in healthcare), as in requirements. A list: any one rule met.
   */
  unlessExperience: z.union([experienceRule, z.array(experienceRule).min(1)]).optional(),
  /** Not offered to someone who already holds one of these qualifications (the route's own). */
  notIfHeld: z.array(id).optional(),
  /**
   * Not offered to someone who said they have no office skills at all: the
   * first bank shift is at a computer, with no time to learn one first.
   */
  needsSomeOfficeSkills: z.literal(true).optional(),
  /**
   * Why the route names no open qualification to take, where it does not: it
   * needs none (applying with what you have), or in some nations none could be
   * confirmed. Shown to people in those nations as a note on the route; a test
   * holds every route in every nation to naming an open one or saying why not.
   */
  noOpenQualification: z.array(z.strictObject({ because: text, nations: nations.optional() })).min(1).optional(),
  /**
   * Not offered to someone whose record already proves this (see
   * src/engine/experience.ts): two years of office work in any setting,
   * professional clinical work, or a degree. They have more than the route gives.
   */
  notForProven: z.array(z.enum(PROOFS)).min(1).optional(),
  /** Offered to someone whose record proves one of these (with typing at the post's speed), even without the experience it otherwise requires. */
  openToProven: z.array(z.enum(PROOFS)).min(1).optional(),
  /** Nations where this route is not offered, e.g. a framework that exists in one nation only. */
  onlyIn: nations.optional(),
  /** Only for people in these jobs now (moving across inside the NHS). */
  forJobs: jobs.optional(),
  /** Not for people in these jobs now: they are past its first steps. */
  notForJobs: jobs.optional(),
  /** The youngest age it is open to (volunteering from 16). */
  minAge: z.number().int().min(14).max(30).optional(),
  /** The oldest age one can start it at (a T Level is for 16 to 18 year olds); not offered to someone known to be older. */
  maxAge: z.number().int().min(14).max(30).optional(),
  /** Training is built into the job (an apprenticeship): it counts as the education or training some must be in. */
  builtInTraining: z.boolean().optional(),
  nationNotes: z.array(nationNote).default([]),
  notes: z.array(routeNote).optional(),
  steps: z.array(routeStep).min(1),
  source,
});
export const routesFile = z.strictObject({ routes: z.array(routeDef).default([]) });

// ---------- nations.yaml ----------

/** A website, with the page that confirms it is the one to use. */
const site = z.strictObject({ name: text, url, source });
/** A note on pay for NHS staff: when one of the target's bands is above, the same as or below theirs; some only for some jobs. */
const payNote = z.strictObject({
  /** any: whichever way the move goes. */
  when: z.enum(["rise", "same", "cut", "any"]),
  jobs: jobs.optional(),
  note: text,
  source,
});
/** A nation's own words: its health service, its jobs site, its apprenticeships. */
const nationInfo = z.strictObject({
  id: nation,
  name: text,
  /** What the health service is called there, in a sentence: "the NHS", "NHS Scotland", "HSC". */
  service: text,
  /** The same as a label for staff: "NHS", "NHS Scotland", "HSC". */
  serviceShort: text,
  jobsSite: site,
  apprenticeships: site,
  /**
   * A GP practice's inspections there, in words that fit "the practice's
   * contracts and …": naming the regulator only where its own page confirms
   * it (then `source` is that page); other nations' words name none.
   */
  practiceInspections: z.strictObject({ text, source: source.optional() }).optional(),
  /** Advice for a gap in this nation's terms, by requirement id (where adults study English and maths, say). */
  advice: z.record(id, z.strictObject({ text, source })).optional(),
  /** Notes for people in this nation, some only for an age group or a job (England's participation age). */
  notes: z.array(routeNote).optional(),
  /** The age until which young people must stay in education or training, where the nation has such a duty. */
  learningUntil: z.strictObject({ age: z.number().int().min(16).max(19), source }).optional(),
  /** What to know about a move between bands (pay on promotion, unsocial hours), for NHS staff who gave theirs. */
  payNotes: z.array(payNote).optional(),
  /** The full-time week that Agenda for Change pay is for there: part-time pay is pro rata to it. */
  fullTimeHours: z.strictObject({ hours: z.number().positive().max(48), source }).optional(),
  /**
   * The carer's benefit there and its weekly earnings limit. A limit is left
   * out where no page confirms the current one; "secondary" where only
   * reports of it were read (the report says to check it).
   */
  carerBenefit: z
    .strictObject({
      name: text,
      /** Who pays it ("Social Security Scotland"). */
      from: text,
      /** Where to check the current limit: a site's name. */
      checkAt: text,
      limit: z.strictObject({ weekly: pounds, effectiveFrom: isoDate, mark: z.enum(["primary", "secondary"]), source }).optional(),
      source,
    })
    .optional(),
  /** The fewest hours a week an apprenticeship there needs, where a rule was found, and the rule in words. */
  apprenticeshipHours: z.strictObject({ minimum: z.number().positive().max(48).optional(), rule: text, source }).optional(),
  source,
});
export const nationsFile = z.strictObject({ nations: z.array(nationInfo).default([]) });

// ---------- the dataset: every file's items, as the build writes dist/dataset.json ----------

export const datasetSchema = z.strictObject({
  pay: bandsFile,
  roles: z.array(role),
  qualifications: z.array(qualification),
  routes: z.array(routeDef),
  nations: z.array(nationInfo),
});

// ---------- passages.yaml (the typing test's; not part of the Dataset) ----------

/** A passage to type. */
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

// Passed through as they are into the JSON of the reference commands (src/render/output-schemas.ts).
export { grants as grantsSchema, sourceOut as sourceSchema };

// ---------- the types, as the loader hands them on (defaults filled in) ----------

type Out<S extends z.ZodType> = z.output<S>;

export type Source = Out<typeof source>;
export type Range = Out<typeof range>;
export type Cost = Out<typeof cost>;

export type PayPoint = Out<typeof payPoint>;
export type Band = Out<typeof band>;
export type PayTable = Out<typeof payTable>;
export type Unconfirmed = Out<typeof unconfirmed>;
export type SupplementArea = Out<typeof supplementArea>;
export type SupplementTable = Out<typeof supplementTable>;
export type ApprenticeRate = Out<typeof apprenticeRate>;
export type MinimumWage = Out<typeof minimumWage>;
export type TraineePay = Out<typeof traineePay>;
export type PayData = Out<typeof bandsFile>;

export type Grants = Out<typeof grants>;
export type Qualification = Out<typeof qualification>;

export type Requirement = Out<typeof requirement>;
export type Role = Out<typeof role>;

export type StepPay = Out<typeof stepPay>;
export type ExperienceRule = Out<typeof experienceRule>;
export type RouteStepDef = Out<typeof routeStep>;
export type NationNote = Out<typeof nationNote>;
export type RouteNote = Out<typeof routeNote>;
export type RouteDef = Out<typeof routeDef>;

export type Site = Out<typeof site>;
export type PayNote = Out<typeof payNote>;
export type NationInfo = Out<typeof nationInfo>;

export type Dataset = Out<typeof datasetSchema>;
export type Passage = Out<typeof passage>;
