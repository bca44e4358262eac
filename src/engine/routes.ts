// Ranks the routes to a role for one person: which routes are open to them at
// all (their job, age, experience, nation), which gaps each closes, how well
// it fits their circumstances, and how each step is paid for them. Reasons
// are written in terms of what the person told us.

import { openGaps, requirementMonths } from "./gaps.js";
import { qualificationById, roleById } from "./lookup.js";
import { fillIn, nationInfo } from "./nations.js";
import { entrySalary, findBand, bandRange, salaryAfter } from "./pay.js";
import { apprenticeMinimum, apprenticeRate, legalMinimum, knownOlderThan, knownYoungerThan, monthsOf, monthsOfAll, newToWork, noteApplies, newestMinimumWage, personOf, type Person } from "./person.js";
import type { PayNoteFinding, RouteReason, UnderwayFinding } from "./findings.js";
import { inSentence } from "./words.js";
import { fullTimeHours, legalFloor, partTimeHours } from "./adults.js";
import { proofsOf, typesAtThreshold } from "./experience.js";
import type {
  Dataset,
  Earns,
  Gap,
  Nation,
  NationInfo,
  PayTable,
  Profile,
  Proof,
  Range,
  Requirement,
  Route,
  RouteDef,
  RouteNote,
  RouteStep,
  RouteStepDef,
  Role,
  StepPayFigure,
} from "./types.js";
import { AFC_BANDS } from "./types.js";

/** Experience of this many months or more (a year) makes a route that favours it a better fit. */
export const FAVOURED_MONTHS = 12;
/** Less work than this in all (a Saturday job, say) still counts as new to work. */
export const NEWCOMER_MONTHS = 12;
/** Office or secretarial work of this long makes a route for newcomers a step back. */
export const EXPERIENCED_MONTHS = 24;

const WEIGHTS = {
  /** Gained in full by a route that closes every essential gap: what employers sift on decides most. */
  coverage: 50,
  /** Gained by closing desirable gaps: enough to break ties, never to beat an essential gap. */
  desirable: 5,
  /** Lost by a route that pays nothing, for someone who must earn: in full from a year unpaid. */
  unpaid: 40,
  /** Lost by a course for someone who said they cannot study now: possible later, not now. */
  cannotStudy: 25,
  /** Gained by part-time study for someone who said they can fit it in: a small nudge, as they asked. */
  partTimeMatch: 5,
  /** Gained (or lost) by a route that suits (or wastes) what the person's work already is: a year of it. */
  favoured: 12,
  /**
   * Gained by a route the person is already part-way through. Beyond the
   * score, such a route is sorted first (rankedRoutes): what is begun is
   * finished before anything new is started, even by someone ready to apply.
   */
  underway: 40,
  /**
   * Gained by "apply and learn in post" for someone whose record proves office
   * or clinical work (experience.ts), as a secretary's years earn it: the
   * same proof, whatever box it was entered under.
   */
  proven: 12,
  /**
   * Lost by a route made for newcomers offered to a graduate who did not ask
   * for it (they are not studying it): a year on apprentice pay is the long
   * way round for someone who can apply now. Its reason argues against it, so
   * it never ranks above a route that fits.
   */
  graduate: 12,
  /** Keeps "apply now" first for a ready person even if a --data route forgets notWhenReady. */
  ready: 100,
  /** Lost by a route that costs the person money, or may: less than a year's difference in length. */
  fees: 6,
  /** Points lost per month of the route's longest duration. */
  perMonth: 0.15,
  /** Lost by a route whose main course no source confirms is still open: an otherwise equal route on open ones ranks first. */
  unconfirmed: 8,
};

/** Whether a route names, in this nation, at least one qualification its source shows is open. */
export function namesOpenQualification(steps: readonly RouteStepDef[], dataset: Dataset): boolean {
  return steps.some((s) => s.qualification !== undefined && qualificationById(dataset, s.qualification)?.status === "open");
}

/**
 * How many of the person's essential gaps a route closes. One that leaves any
 * open argues against itself: it ends in applying for posts that sift on the
 * very requirement still missing.
 */
function gapsReason(closed: number, of: number, left: readonly string[]): RouteReason {
  const finding = { code: "closes-essential-gaps" as const, closed, of, left: [...left] };
  return closed === of ? { finding } : { finding, against: true };
}

/** A missing gap counts double a partial one. */
function gapWeight(gap: Gap): number {
  return gap.status === "partial" ? 1 : gap.status === "missing" ? 2 : 0;
}

/** Everything about one person's assessment that their routes depend on. */
export interface RouteContext {
  profile: Profile;
  /** The person's facts, worked out once (personOf). */
  person: Person;
  target: Role;
  gaps: readonly Gap[];
  ready: boolean;
  readyIfConfirmed: boolean;
  nation: Nation;
  table: PayTable | undefined;
  dataset: Dataset;
}

// ---------- pay ----------

/** A step's pay where it is the same for everyone: a band, or unpaid. */
function fixedPay(step: RouteStepDef, target: Role, table: PayTable | undefined, info: NationInfo | undefined): StepPayFigure | undefined {
  const gp = step.setting === "gp-practice" || (step.pay.kind === "target" && !target.settings.includes("hospital-trust"));
  const starts = step.startsPost ? { startsAtEnd: true } : {};
  switch (step.pay.kind) {
    case "target":
    case "band": {
      const bandId = step.pay.kind === "band" ? step.pay.band : target.bands[0];
      if (bandId === undefined) return { kind: "band", uncertain: true, note: { code: "pay-set-by-employer" }, ...starts };
      const band = table && findBand(table, bandId);
      if (step.bank && band && table) return bankPay(bandId, entrySalary(band), table, fullTimeHours(info), starts);
      return {
        kind: "band",
        band: bandId,
        ...(band && table ? { salary: entrySalary(band), payYear: table.payYear } : {}),
        ...(gp ? { uncertain: true, note: { code: "gp-practice-sets-pay" } } : {}),
        ...starts,
      };
    }
    case "unpaid":
      return { kind: "unpaid", ...starts };
    default:
      return undefined;
  }
}

/**
 * Weeks in a year as the NHS Business Services Authority counts them (365 / 7),
 * and the standard Agenda for Change working week: the band's yearly entry
 * point over these gives its hourly rate. No national bank rate is published.
 */
export const WEEKS_A_YEAR = 52.143;
export const HOURS_A_WEEK = 37.5;

/**
 * Bank shifts at a band: the band's hourly rate, for the hours the person
 * chooses. The rate is the salary over the nation's own full-time week (36
 * hours in Scotland from April 2026), the week its part-time pay uses too.
 */
function bankPay(band: string, salary: number, table: PayTable, weekHours: number, starts: { startsAtEnd?: boolean }): StepPayFigure {
  const perHour = Math.round((salary / WEEKS_A_YEAR / weekHours) * 100) / 100;
  return { kind: "band", band, salary, payYear: table.payYear, perHour, note: { code: "bank-per-shift", band, perHour, entrySalary: salary, nation: table.nation, payYear: table.payYear, weekHours }, perShift: true, ...starts };
}

/** How two Agenda for Change bands compare: negative when a is lower. */
export function compareBands(a: string, b: string): number {
  const order: readonly string[] = AFC_BANDS;
  return order.indexOf(a) - order.indexOf(b);
}

/**
 * What many NHS employers pay an apprentice training for the target's entry
 * band: Annex 21's share of that band's maximum, for each stretch of time
 * before qualifying that an apprenticeship of this length can reach.
 */
export function traineePayFor(ctx: RouteContext, monthsMax: number): StepPayFigure["nhsTrainee"] {
  const rules = ctx.dataset.pay.traineePay;
  const bandId = ctx.target.bands[0];
  const band = bandId !== undefined && ctx.table ? findBand(ctx.table, bandId) : undefined;
  if (!rules || !band || !ctx.table || bandId === undefined) return undefined;
  const top = bandRange(band).max;
  const sorted = [...rules.rates].sort((a, b) => a.monthsBeforeQualifying - b.monthsBeforeQualifying);
  const rates: { monthsBeforeQualifying: number; percent: number; salary: number }[] = [];
  let from = 0;
  for (const r of sorted) {
    // Reached only if the apprenticeship is longer than the stretch before it.
    if (from >= monthsMax) break;
    rates.push({ monthsBeforeQualifying: r.monthsBeforeQualifying, percent: r.percent, salary: Math.round((top * r.percent) / 100) });
    from = r.monthsBeforeQualifying;
  }
  return rates.length > 0 ? { band: bandId, payYear: ctx.table.payYear, rates } : undefined;
}


/** Pay on an apprenticeship: the legal minimum for the person's age, or their own pay point where NHS rules keep it. */
function apprenticePay(ctx: RouteContext, underway = false, monthsMax = 12): StepPayFigure {
  const { person, target, table, dataset, nation } = ctx;
  const own = person.band;
  // England's rule from 1 July 2024: an NHS employee training for a post banded
  // at or above their own keeps their pay point. A clinician training for a
  // lower-banded post is not covered; no other nation has published the rule.
  const targetTop = target.bands.at(-1);
  if (person.nhsStaff && own && nation === "england" && targetTop && compareBands(targetTop, own) >= 0) {
    const band = table && findBand(table, own);
    return {
      kind: "apprentice",
      band: own,
      kept: true,
      ...(band && table ? { salary: entrySalary(band), salaryMax: bandRange(band).max, payYear: table.payYear } : {}),
      note: { code: "apprentice-keeps-pay-point", band: own },
    };
  }
  // An NHS employee in England who did not give their band may keep their pay: say so, unless
  // the apprenticeship is the job they have now.
  const mayKeep = person.nhsStaff === true && nation === "england" && own === undefined && !underway;
  const wage = newestMinimumWage(dataset);
  const rate = apprenticeRate(dataset);
  const later = wage ? apprenticeMinimum(wage, person, 2) : undefined;
  const trainee = traineePayFor(ctx, monthsMax);
  const note: PayNoteFinding = {
    code: "apprentice-minimum",
    ...(later !== undefined && later !== rate ? { laterPerHour: later } : later === undefined && wage && person.ageGroup === undefined ? { laterAgeUnknown: true } : {}),
    ...(mayKeep ? { mayKeepPayPoint: true } : {}),
    ...(trainee ? { trainee } : {}),
  };
  return {
    kind: "apprentice",
    ...(rate !== undefined ? { perHour: rate } : {}),
    ...(later !== undefined ? { laterPerHour: later } : {}),
    note,
    ...(trainee ? { nhsTrainee: trainee } : {}),
  };
}

/** Pay while studying alongside a job: the person's own, as far as we know it. */
function currentJobPay(ctx: RouteContext): StepPayFigure {
  const { person, table } = ctx;
  const works = person.works;
  // The step is unpaid either way (the table says so). The warning that it earns nothing is for
  // someone who needs to earn, or did not say: to one who said they need not, it is only alarm.
  if (works === false) return person.profile.needsToEarnWhileLearning === false ? { kind: "unpaid" } : { kind: "unpaid", note: { code: "not-working-unpaid" } };
  if (person.nhsStaff && person.band) {
    const band = table && findBand(table, person.band);
    return {
      kind: "current-job",
      working: true,
      band: person.band,
      // With their years on the band, their own pay point; without, the band's range.
      ...(band && table
        ? person.profile.bandYears !== undefined
          ? { salary: salaryAfter(band, person.profile.bandYears), salaryMax: salaryAfter(band, person.profile.bandYears), payYear: table.payYear }
          : { salary: entrySalary(band), salaryMax: bandRange(band).max, payYear: table.payYear }
        : {}),
      note: { code: "keeps-current-pay" },
    };
  }
  return works ? { kind: "current-job", working: true, note: { code: "keeps-current-pay" } } : { kind: "current-job", note: { code: "keeps-current-pay-if-any" } };
}

/**
 * A post at the band an NHS employee holds now, where their years on it are
 * known: they move across at their own pay point (the pay change says "the
 * same band as now"), not the band's entry point. Bank shifts (the bank's own
 * rate) and GP practices (their own pay) are left as they are.
 */
function atOwnPoint(pay: StepPayFigure, ctx: RouteContext): StepPayFigure {
  const { person, table } = ctx;
  const years = person.profile.bandYears;
  if (pay.kind !== "band" || pay.perShift || pay.uncertain || pay.band === undefined || pay.band !== person.band || person.nhsStaff !== true || years === undefined || !table) return pay;
  const band = findBand(table, pay.band);
  if (!band) return pay;
  const point = salaryAfter(band, years);
  return { ...pay, salary: point, salaryMax: point, payYear: table.payYear, kept: true };
}

/** Bank shifts whose band works out below the legal minimum for the person's age: at least the minimum. */
function floorBank(pay: StepPayFigure, ctx: RouteContext): StepPayFigure {
  if (!pay.perShift || pay.salary === undefined || pay.note?.code !== "bank-per-shift") return pay;
  const floor = legalFloor(pay.salary, pay.note.weekHours, legalMinimum(ctx.dataset, ctx.person), pay.payYear);
  if (!floor) return pay;
  return { ...pay, perHour: floor.perHour, note: { ...pay.note, perHour: floor.perHour, floor: { tablePerHour: floor.tablePerHour, awaitingAward: floor.awaitingAward } } };
}

function personalPay(step: RouteStepDef, ctx: RouteContext, fixed: StepPayFigure | undefined): StepPayFigure {
  if (fixed) return fixed;
  const pay = step.pay.kind === "apprentice" ? apprenticePay(ctx, isUnderway(step, ctx.profile), step.months.max) : currentJobPay(ctx);
  return step.startsPost ? { ...pay, startsAtEnd: true } : pay;
}

/** Whether a step earns: a post or an apprenticeship does; study alongside a job does if the person has one. */
function stepEarns(pay: StepPayFigure, works: boolean | undefined): Earns {
  if (pay.kind === "unpaid") return "no";
  if (pay.kind === "current-job") return works === true ? "yes" : works === false ? "no" : "if-working";
  return "yes";
}

/** A route pays if every step before the post does; getting the post itself is not counted. */
export function routeEarns(steps: readonly RouteStep[], works: boolean | undefined): Earns {
  let earns: Earns = "yes";
  for (const step of steps) {
    if (step.inPost || step.pay.startsAtEnd) continue;
    const e = stepEarns(step.pay, works);
    if (e === "no") return "no";
    if (e === "if-working") earns = "if-working";
  }
  return earns;
}

// ---------- who a route is for ----------

/** Whether a route can be offered to this person at all. */
export function isOffered(def: RouteDef, ready: boolean, nation: Nation, readyIfConfirmed = false): boolean {
  if (def.needsReady && !ready && !readyIfConfirmed) return false;
  // Ready once the unknowns are checked is ready: a longer route is never offered for what is only unknown.
  if (def.notWhenReady && (ready || readyIfConfirmed)) return false;
  if (def.onlyIn && !def.onlyIn.includes(nation)) return false;
  return true;
}

/**
 * Whether a route suits where this person already is: their job, their age,
 * the experience it needs and none it is meant to give, no qualification it
 * leads to that they hold, and no apprenticeship that would cut an NHS
 * employee's pay.
 */
export function fitsPerson(
  def: RouteDef,
  profile: Profile,
  target?: Role,
  nation: Nation = "england",
  person: Person = personOf(profile),
  proofs: readonly Proof[] = [],
  typesOk = false,
): boolean {
  // More than the route gives: two years of office work, clinical work or a degree (experience.ts).
  if (def.notForProven?.some((p) => proofs.includes(p))) return false;
  const job = person.job;
  if (def.forJobs) {
    if (job !== undefined && !def.forJobs.includes(job)) return false;
    // Where the person did not say their job, experience must stand in for it.
    if (job === undefined && !def.requiresExperience) return false;
  }
  if (def.notForJobs && job !== undefined && def.notForJobs.includes(job)) return false;
  const need = def.requiresExperience;
  if (need && !(job !== undefined && def.forJobs?.includes(job)) && monthsOf(person, need.anyOf) < need.months && !openedByProof(def, proofs, typesOk)) return false;
  const past = def.unlessExperience === undefined ? [] : [def.unlessExperience].flat();
  if (past.some((rule) => (rule.allOf ? monthsOfAll(person, rule.allOf) : monthsOf(person, rule.anyOf ?? [])) >= rule.months)) return false;
  if (def.minAge !== undefined && knownYoungerThan(person, def.minAge)) return false;
  if (def.maxAge !== undefined && knownOlderThan(profile, def.maxAge)) return false;
  if (def.notIfHeld?.some((q) => profile.qualifications.includes(q))) return false;
  if (def.needsSomeOfficeSkills && profile.officeSkills === "none") return false;
  if (target && cutsNhsPay(def, person, target, nation)) return false;
  return true;
}

/** A route its experience rule would close, opened by what the person's record proves, with typing at the post's speed. */
function openedByProof(def: RouteDef, proofs: readonly Proof[], typesOk: boolean): Proof | undefined {
  return typesOk ? def.openToProven?.find((p) => proofs.includes(p)) : undefined;
}

/** A qualification's level as a number on the RQF scale (SCQF 9-10 is a degree: 6). */
function levelOf(dataset: Dataset): (id: string) => number | undefined {
  return (id) => {
    const level = qualificationById(dataset, id)?.level;
    if (level === undefined) return undefined;
    const scqf = /^SCQF (\d+)$/.exec(level);
    if (scqf) return Number(scqf[1]) >= 9 ? 6 : Number(scqf[1]) - 3;
    const n = Number(level);
    return Number.isFinite(n) ? n : undefined;
  };
}

/**
 * An apprenticeship would cut an NHS employee's pay to the apprentice
 * minimum unless a rule keeps their pay point. England's rule (from July
 * 2024) does, but only towards a post at the same band or above; no other
 * nation has published one. So NHS staff are offered an apprenticeship only
 * in England, and only at or below the target's top band: apprentice wages
 * would be a step back that no adviser would suggest.
 */
function cutsNhsPay(def: RouteDef, person: Person, target: Role, nation: Nation): boolean {
  if (person.nhsStaff !== true || !def.steps.some((s) => s.pay.kind === "apprentice")) return false;
  if (nation !== "england") return true;
  const own = person.band;
  const top = target.bands.at(-1);
  return own !== undefined && top !== undefined && compareBands(own, top) > 0;
}

/**
 * The age until which the person's nation says young people must stay in
 * education or training, when the person is known to be under it.
 */
function mustStayInLearning(person: Person, info: NationInfo | undefined): number | undefined {
  const until = info?.learningUntil?.age;
  return until !== undefined && knownYoungerThan(person, until) ? until : undefined;
}

/** The roles that at least one route leads into: the ones a person can aim for. */
const targetsCache = new WeakMap<Dataset, Role[]>();

export function targetRoles(dataset: Dataset): Role[] {
  let roles = targetsCache.get(dataset);
  if (!roles) {
    roles = dataset.roles.filter((role) => dataset.routes.some((r) => r.targets.includes(role.id)));
    targetsCache.set(dataset, roles);
  }
  return roles;
}

// ---------- the route's steps, for a nation and then for a person ----------

/** A route's steps as they are in one nation, for one target where it matters (a coder's course in post). */
export function stepsIn(def: RouteDef, nation: Nation, targetId?: string): RouteStepDef[] {
  return def.steps.filter((s) => (!s.nations || s.nations.includes(nation)) && (!s.forTargets || (targetId !== undefined && s.forTargets.includes(targetId))));
}

/** The parts of a step shared by everyone aiming at one role in one nation. */
interface BaseStep {
  def: RouteStepDef;
  title: string;
  /** The title worded by the catalogue instead: a qualification no source confirms is still open. */
  titleFinding?: UnderwayFinding;
  fixedPay: StepPayFigure | undefined;
  /** The target's experience requirement that this step builds, where it names one. */
  builds: Extract<Requirement, { kind: "experience" }> | undefined;
}

interface RouteBase {
  def: RouteDef;
  title: string;
  steps: BaseStep[];
  nationNote?: string;
  /** The route's notes, each with its text filled in for the role and nation. */
  notes: { note: RouteNote; text: string }[];
  /** Whether any step goes through another role first. */
  hasVia: boolean;
  /** Main steps leading to a qualification no source confirms is still open: their step ids and the qualification's id. */
  unconfirmed: { stepId: string; qualification: string }[];
  /** Why the route names no open qualification in this nation, where it does not. */
  noOpenQualification: string[];
}

// What the routes towards a target role look like in a nation is the same
// for everyone: worked out once per dataset (10,000 workshop attendees would
// otherwise rebuild them 10,000 times).
const basesCache = new WeakMap<Dataset, Map<Role, Map<string, RouteBase[]>>>();

/** The routes towards the target role in the person's nation, in the data's order. */
function routeBases(ctx: RouteContext, info: NationInfo | undefined): RouteBase[] {
  const { dataset, target, nation, table } = ctx;
  let byTarget = basesCache.get(dataset);
  if (!byTarget) basesCache.set(dataset, (byTarget = new Map()));
  let byNation = byTarget.get(target);
  if (!byNation) byTarget.set(target, (byNation = new Map()));
  const key = `${nation} ${table?.payYear ?? ""}`;
  let bases = byNation.get(key);
  if (!bases) {
    bases = [];
    for (const def of dataset.routes) if (def.targets.includes(target.id)) bases.push(routeBase(def, target, nation, table, info, dataset));
    byNation.set(key, bases);
  }
  return bases;
}

function routeBase(def: RouteDef, target: Role, nation: Nation, table: PayTable | undefined, info: NationInfo | undefined, dataset: Dataset): RouteBase {
  const roleName = inSentence(target.title);
  const defs = stepsIn(def, nation, target.id);
  const steps = defs.map((s) => {
    const req = s.buildsExperience === undefined ? undefined : target.requirements.find((r) => r.id === s.buildsExperience);
    const title = fillIn(s.title, roleName, info, nation);
    const q = s.qualification === undefined ? undefined : qualificationById(dataset, s.qualification);
    // A step leading to a qualification no source confirms is still open says to check with the provider (the catalogue words it).
    const titleFinding: UnderwayFinding | undefined = q?.status === "unconfirmed" ? { code: "check-still-offered", title, qualification: q.id } : undefined;
    return { def: s, title, ...(titleFinding ? { titleFinding } : {}), fixedPay: fixedPay(s, target, table, info), builds: req?.kind === "experience" ? req : undefined };
  });
  // The main step (core) leading to a qualification no source confirms is open.
  const unconfirmed = defs
    .filter((s) => s.core && s.qualification !== undefined && qualificationById(dataset, s.qualification)?.status === "unconfirmed")
    .map((s) => ({ stepId: s.id, qualification: s.qualification! }));
  // Why the route names no open qualification here: told to the person only
  // where it names some but none is confirmed open (a route that needs none
  // says so in the data, for routes --json and the tests).
  const namesSome = defs.some((s) => s.qualification !== undefined);
  const why = !namesSome || namesOpenQualification(defs, dataset) ? [] : (def.noOpenQualification ?? []).filter((n) => !n.nations || n.nations.includes(nation)).map((n) => fillIn(n.because, roleName, info, nation));
  const note = def.nationNotes.find((n) => n.nation === nation)?.note;
  const base: RouteBase = {
    def,
    title: fillIn(def.title, roleName, info, nation),
    steps,
    ...(note ? { nationNote: fillIn(note, roleName, info, nation) } : {}),
    notes: (def.notes ?? []).map((n) => ({ note: n, text: fillIn(n.note, roleName, info, nation) })),
    hasVia: def.steps.some((s) => s.via),
    unconfirmed,
    noOpenQualification: why,
  };
  // Shared by every report: frozen, so that no caller can change another's.
  for (const step of base.steps) deepFreeze(step.fixedPay);
  return base;
}

/**
 * The route's steps for this person: a step stays if the route is built on it
 * (core), if it closes one of their open gaps, or if it closes nothing
 * (applying). Someone who already audio types is not sent on an audio typing
 * course, but an apprenticeship keeps its apprenticeship.
 */
function personalSteps(base: RouteBase, ctx: FullContext, openIds: ReadonlySet<string>): RouteStep[] {
  const steps: RouteStep[] = [];
  // The post the person holds once a step has got them one: later steps "alongside your job" are paid by it.
  let held: StepPayFigure | undefined;
  for (const s of base.steps) {
    const d = s.def;
    const underway = isUnderway(d, ctx.profile);
    const needed = underway || d.core === true || d.closes.length === 0 || d.closes.some((id) => openIds.has(id));
    if (!needed) continue;
    // A post on the way that the person can pass by: they already meet what the next post asks.
    if (d.skipIfReadyFor !== undefined && !underway) {
      const role = roleById(ctx.dataset, d.skipIfReadyFor);
      const fit = role ? ctx.gapsFor(role) : undefined;
      if (fit && (fit.ready || fit.readyIfConfirmed)) continue;
    }
    let months: Range = d.months;
    if (d.buildsExperience) {
      // As long as the person still lacks of this experience.
      const req = s.builds;
      if (req) {
        const left = Math.max(0, req.months - requirementMonths(req, ctx.profile));
        // Long enough but not yet the kind asked for (management): the step takes its own time.
        const gainingKind = left === 0 && openIds.has(req.id);
        if (left === 0 && !d.core && !gainingKind) continue;
        months = gainingKind ? d.months : { min: left, max: left };
      }
    }
    if (d.via) {
      // Past this step only if they could take the role now and have started in it (some of the
      // experience the route builds): a legal secretary of a year still has to become a medical secretary.
      const role = roleById(ctx.dataset, d.via);
      const started = d.closes.some((id) => {
        const status = ctx.gaps.find((g) => g.id === id)?.status;
        return status === "partial" || status === "met";
      });
      const fit = role ? ctx.gapsFor(role) : undefined;
      if (started && fit && (fit.ready || fit.readyIfConfirmed)) continue;
      const via = viaSteps(d.via, ctx);
      steps.push(...via);
      const last = via.at(-1);
      if (last?.pay.startsAtEnd) held = { ...last.pay, startsAtEnd: false };
      continue;
    }
    const pay = d.pay.kind === "current-job" && held ? { ...held, note: { code: "alongside-post-held" } as const } : floorBank(atOwnPoint(personalPay(d, ctx, s.fixedPay), ctx), ctx);
    if (d.startsPost) held = { ...pay, startsAtEnd: false };
    // Free to the young where the nation pays for their study (England's 16-19 funding): not "fees not known".
    const free = d.freeUnder && d.freeUnder.nations.includes(ctx.nation) && knownYoungerThan(ctx.person, d.freeUnder.age);
    const cost = free ? { min: 0, max: 0, note: d.freeUnder!.note } : d.cost && { ...d.cost };
    const step: RouteStep = {
      id: d.id,
      title: s.title,
      months: { ...months },
      // Begun, its time is what is left of it, which the data's basis for the whole does not explain.
      ...(d.monthsBasis && !underway ? { monthsBasis: d.monthsBasis } : {}),
      ...(cost ? { cost } : {}),
      ...(d.setting ? { setting: d.setting } : {}),
      pay,
      closes: [...d.closes],
      ...(d.core ? { core: true } : {}),
      ...(d.inPost ? { inPost: true } : {}),
      ...(s.titleFinding ? { titleFinding: s.titleFinding } : {}),
    };
    steps.push(underway ? { ...step, ...underwayParts(d, months, ctx.profile) } : step);
  }
  return steps;
}

/**
 * Whether the person has started this route: they are part-way through a step
 * it is built on (core), or any step where it names no core one. A course one
 * part of which they are taking (terminology inside the medical secretary
 * course) is not thereby begun: the route made of that part alone is.
 */
function startedIn(base: RouteBase, profile: Profile): boolean {
  const core = base.steps.some((s) => s.def.core);
  return base.steps.some((s) => (s.def.core || !core) && isUnderway(s.def, profile));
}

/** A step leading to a qualification the person said they are working towards now. */
function isUnderway(d: RouteStepDef, profile: Profile): boolean {
  const studying = profile.studying;
  if (!studying || studying.length === 0) return false;
  return (d.qualification !== undefined && studying.includes(d.qualification)) || d.startedBy?.some((q) => studying.includes(q)) === true;
}

/**
 * What changes in a step the person is part-way through: what is left of it,
 * from nothing to all of it, as they did not say how far in they are; and of
 * its fees, what is left to pay, if any (from none to all of them). Its title
 * becomes finishing the qualification begun.
 */
function underwayParts(d: RouteStepDef, months: Range, profile: Profile): Partial<RouteStep> {
  // Named only when it is the step's own course: one the step stands in for (startedBy, the closed
  // City & Guilds diploma) is not what the step's title describes, so it reads as "the course".
  const own = d.qualification !== undefined && profile.studying?.includes(d.qualification) === true;
  return {
    titleFinding: own ? { code: "finish-started", qualification: d.qualification! } : { code: "finish-started-course" },
    months: { min: 0, max: months.max },
    ...(d.cost ? { cost: { min: 0, max: d.cost.max } } : {}),
    underway: true,
  };
}

/**
 * The steps of the person's own best route into the role this route goes
 * through first (a senior post after some years as a medical secretary),
 * marked as part of reaching it.
 */
function viaSteps(roleId: string, ctx: FullContext): RouteStep[] {
  const role = roleById(ctx.dataset, roleId);
  if (!role || ctx.via) return [];
  const { gaps, ready, readyIfConfirmed } = ctx.gapsFor(role);
  const routes = rankRoutes({ ...ctx, target: role, gaps, ready, readyIfConfirmed, via: true });
  const best = routes[0];
  if (!best) return [];
  return best.steps.filter((s) => !s.inPost).map((s) => ({ ...s, viaRole: role.id }));
}

/** How long a run of steps takes and what it costs; a step with no known cost makes the total unknown. */
export function stepTotals(steps: readonly { months: Range; cost?: Range; inPost?: boolean }[]): { months: Range; cost: Range; costUnknown: boolean } {
  const months = { min: 0, max: 0 };
  const cost = { min: 0, max: 0 };
  let costUnknown = false;
  for (const s of steps) {
    if (s.inPost) continue;
    months.min += s.months.min;
    months.max += s.months.max;
    if (s.cost) {
      cost.min += s.cost.min;
      cost.max += s.cost.max;
    } else costUnknown = true;
  }
  return { months, cost, costUnknown };
}

/** Cached objects are shared between reports: frozen, so no caller can change another's. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// ---------- fit ----------

function earnReason(earns: Earns, steps: readonly RouteStep[], profile: Profile): RouteReason | undefined {
  if (profile.needsToEarnWhileLearning !== true) return undefined;
  if (earns === "yes") {
    const alongside = steps.some((s) => s.pay.kind === "current-job");
    return { finding: { code: alongside ? "earns-alongside-job" : "paid-throughout" } };
  }
  if (earns === "no") return { finding: { code: "unpaid-must-earn" }, against: true };
  return { finding: { code: "unpaid-fits-job-if-any" } };
}

/**
 * Months of earning short of an entry post (band 2 in the person's nation),
 * weighted by how short: unpaid months count whole, apprentice-minimum months
 * by the share of band 2 they miss; study alongside a job the person may not
 * have counts half.
 */
function shortfallMonths(steps: readonly RouteStep[], ctx: RouteContext): number {
  const band2 = ctx.table && findBand(ctx.table, "2");
  const reference = band2 ? entrySalary(band2) : undefined;
  const works = ctx.person.works;
  const youngest = ctx.person.youngest;
  const adult = youngest !== undefined && youngest >= 19;
  let short = 0;
  for (const step of steps) {
    if (step.inPost || step.pay.startsAtEnd) continue;
    const earns = stepEarns(step.pay, works);
    if (earns === "no") short += step.months.max;
    else if (earns === "if-working") short += step.months.max / 2;
    // An apprentice's pay below an entry post's counts against the route for adults only: under 19
    // (or age not given) the training is the point, and the apprentice rate is the young worker's minimum too.
    else if (step.pay.kind === "apprentice" && adult && !step.pay.kept && reference && step.pay.perHour !== undefined) {
      const firstYear = Math.min(12, step.months.max);
      const rest = step.months.max - firstYear;
      const year = (perHour: number) => (perHour * 37.5 * 52) / reference;
      short += firstYear * Math.max(0, 1 - year(step.pay.perHour)) + rest * Math.max(0, 1 - year(step.pay.laterPerHour ?? step.pay.perHour));
    }
  }
  return short;
}

function fitFor(def: RouteDef, closes: readonly string[], earns: Earns, steps: readonly RouteStep[], ctx: FullContext, open: readonly Gap[], info: NationInfo | undefined): { score: number; reasons: RouteReason[] } {
  const { profile, ready, readyIfConfirmed } = ctx;
  const reasons: RouteReason[] = [];
  let score = 0;
  const started = steps.some((s) => s.underway);
  if (started) {
    // What is already begun is worth more than any fresh start.
    score += WEIGHTS.underway;
    reasons.push({ finding: { code: "route-started" } });
  }

  if (def.needsReady && (ready || readyIfConfirmed)) {
    score += WEIGHTS.ready;
    if (ready) reasons.push({ finding: { code: "meets-every-essential" } });
    else reasons.push({ finding: { code: "meets-every-essential-told", check: ctx.gaps.filter((g) => g.essential && g.status === "unknown").map((g) => g.id) } });
  }

  // Essential gaps decide; desirable ones only break ties between routes.
  let essentialWeight = 0;
  let essentialCovered = 0;
  let desirableWeight = 0;
  let desirableCovered = 0;
  let essential = 0;
  let essentialClosed = 0;
  const left: string[] = [];
  for (const g of open) {
    const w = gapWeight(g);
    const closed = closes.includes(g.id);
    if (g.essential) {
      essential++;
      essentialWeight += w;
      if (closed) {
        essentialClosed++;
        essentialCovered += w;
      } else left.push(g.id);
    } else {
      desirableWeight += w;
      if (closed) desirableCovered += w;
    }
  }
  score += WEIGHTS.coverage * (essentialWeight === 0 ? 1 : essentialCovered / essentialWeight);
  if (desirableWeight > 0) score += WEIGHTS.desirable * (desirableCovered / desirableWeight);
  // Counted as the verdict counts them: essential gaps.
  if (essential > 0) reasons.push(gapsReason(essentialClosed, essential, left));

  const needsStudy = def.studyMode === "part-time" || def.studyMode === "full-time";
  const cannotStudy = profile.canStudyPartTime === false && needsStudy;
  const earn = def.needsReady ? undefined : earnReason(earns, steps, profile);
  if (earn) {
    // Study the person cannot give now is not study "alongside your job": the two reasons would contradict each other.
    if (!(cannotStudy && steps.some((st) => st.pay.kind === "current-job"))) reasons.push(earn);
    // What matters is how far the pay falls short of an entry post's, and for
    // how long: a few weeks of practice are not a year's course, and a year
    // on the apprentice minimum is not a year on band 2.
    score -= WEIGHTS.unpaid * Math.min(1, shortfallMonths(steps, ctx) / 12);
  }
  if (def.builtInTraining && ctx.mustLearn) {
    score += WEIGHTS.favoured;
    reasons.push({ finding: { code: "counts-as-required-learning", age: ctx.mustLearn } });
  } else if (ctx.mustLearn && !def.builtInTraining && earns === "yes" && (def.studyMode === "on-the-job" || def.studyMode === "none")) {
    reasons.push({ finding: { code: "job-not-required-learning", age: ctx.mustLearn }, against: true });
  }

  if (cannotStudy) {
    score -= WEIGHTS.cannotStudy;
    reasons.push({ finding: { code: "needs-study-time" }, against: true });
  } else if (profile.canStudyPartTime === true && def.studyMode === "part-time") {
    score += WEIGHTS.partTimeMatch;
    reasons.push({ finding: { code: "part-time-study-fits" } });
  }

  const hours = apprenticeshipHoursReason(def, ctx.person, info);
  if (hours) {
    if (hours.against) score -= WEIGHTS.cannotStudy;
    reasons.push(hours);
  }

  const officeMonths = monthsOf(ctx.person, ["admin", "secretarial"]);
  const graduate = ctx.proofs.includes("degree");
  if (def.favoursNewcomers && graduate && !started) {
    // Never first for a graduate who did not ask for one: the reason argues against it.
    score -= WEIGHTS.graduate;
    reasons.push({ finding: { code: "graduate-apprenticeship" }, against: true });
  } else if (def.favoursNewcomers && !started && newToWork(ctx.person, NEWCOMER_MONTHS)) {
    score += WEIGHTS.favoured;
    reasons.push({ finding: { code: "made-for-newcomers" } });
  } else if (def.favoursNewcomers && !started && officeMonths >= EXPERIENCED_MONTHS) {
    // Years of office work already: starting again on apprentice pay is a step back.
    score -= WEIGHTS.favoured;
    reasons.push({ finding: { code: "newcomer-route-step-back", months: officeMonths }, against: true });
  }

  if (def.forJobs && profile.currentJob === undefined) {
    // It may not be open to them at all: it ranks below every route that surely is.
    reasons.push({ finding: { code: "only-for-jobs", jobs: [...def.forJobs] }, against: true });
  } else if (def.forJobs && profile.currentJob !== undefined) {
    score += WEIGHTS.favoured;
    reasons.push({ finding: { code: "open-to-job", job: profile.currentJob } });
  }

  const cost = apprenticeCostReason(steps, ctx);
  if (cost) reasons.push(cost);

  // Opened by what the record proves, not by the box it was entered under: the same weight a secretary's years earn.
  const need = def.requiresExperience;
  const proof = need && monthsOf(ctx.person, need.anyOf) < need.months ? openedByProof(def, ctx.proofs, ctx.typesOk) : undefined;
  if (proof) {
    score += WEIGHTS.proven;
    const months = proof === "clinical" ? ctx.person.months.healthcare : officeMonths;
    // Name only the skills this person lacks that the route's steps teach (an audio typist is not told to learn audio typing).
    const taught = new Set(steps.flatMap((s) => s.closes));
    const learn = ctx.gaps.filter((g) => g.status !== "met" && g.kind !== "experience" && g.kind !== "qualifications" && taught.has(g.id)).map((g) => g.id);
    reasons.push({ finding: { code: "proven-experience", months, proof: proof === "clinical" ? "clinical" : "office", learn } });
  }

  // A job that earns can run beside a course the person is finishing.
  if (!started && ctx.startedCourse && earns === "yes" && (def.studyMode === "on-the-job" || def.studyMode === "none") && !def.needsReady) {
    reasons.push({ finding: { code: "beside-started", qualification: ctx.startedCourse } });
  }

  for (const kind of def.favours ?? []) {
    const months = ctx.person.months[kind];
    if (months >= FAVOURED_MONTHS) {
      score += WEIGHTS.favoured;
      reasons.push({ finding: { code: "builds-on-experience", months, kind } });
      break;
    }
  }
  return { score, reasons };
}


/** England's 30 hours a week, the highest minimum a nation publishes: below it, where a nation has no rule, ask. */
const ASK_ABOUT_HOURS_BELOW = 30;

/**
 * Training built into a job needs the hours of that job: where the person can
 * work fewer hours than the nation's rule asks, the route says so and argues
 * against itself; where no rule was found, it says what to ask.
 */
function apprenticeshipHoursReason(def: RouteDef, person: Person, info: NationInfo | undefined): RouteReason | undefined {
  const rule = info?.apprenticeshipHours;
  if (!def.builtInTraining || !rule) return undefined;
  const hours = partTimeHours(person.profile, fullTimeHours(info));
  if (hours === undefined) return undefined;
  const short = rule.minimum !== undefined && hours < rule.minimum;
  // Said only where it matters: below the nation's minimum, or, where no rule was found, below
  // the highest minimum any nation publishes. Someone working 30 hours in England meets the rule,
  // and 36 hours in Wales need no question to the provider.
  if (!short && hours >= (rule.minimum ?? ASK_ABOUT_HOURS_BELOW)) return undefined;
  return { finding: { code: "apprenticeship-hours", hours, short }, ...(short ? { against: true } : {}) };
}

/**
 * What an apprenticeship costs an adult who is not keeping NHS pay: the
 * apprentice minimum against the nation's entry post (band 2), a year at a
 * time, for as long as the apprenticeship runs. Under 19 the apprentice rate
 * is the young worker's minimum too, so there is no cost to name.
 */
function apprenticeCostReason(steps: readonly RouteStep[], ctx: FullContext): RouteReason | undefined {
  const step = steps.find((s) => s.pay.kind === "apprentice" && !s.pay.kept && s.pay.perHour !== undefined);
  const youngest = ctx.person.youngest;
  const band2 = ctx.table && findBand(ctx.table, "2");
  if (!step || youngest === undefined || youngest < 19 || !band2) return undefined;
  const salary = entrySalary(band2);
  const shortfall = salary - step.pay.perHour! * HOURS_A_WEEK * WEEKS_A_YEAR;
  if (shortfall <= 0) return undefined;
  return { finding: { code: "apprentice-cost", perHour: step.pay.perHour!, entryBand: "2", entrySalary: salary, shortfall: Math.round(shortfall / 100) * 100, months: { min: step.months.min, max: step.months.max } } };
}

/**
 * The notes of a route that apply to this person: their nation, job and age.
 * Why the route names no open qualification is said only where a step that
 * names one is still in their route: someone who already holds medical
 * terminology is not sent on the course, so the course's status is not theirs
 * to check.
 */
function notesFor(base: RouteBase, ctx: RouteContext, steps: readonly RouteStep[]): string[] {
  const notes: string[] = [];
  for (const n of base.notes) if (noteApplies(n.note, ctx.person, ctx.nation)) notes.push(n.text);
  const kept = new Set(steps.filter((s) => s.viaRole === undefined).map((s) => s.id));
  if (base.steps.some((s) => s.def.qualification !== undefined && kept.has(s.def.id))) notes.push(...base.noOpenQualification);
  return notes;
}

/** What ranking is handed: a person's context, and how their gaps for another role are found (assess() gives it). */
type RankContext = RouteContext & { via?: boolean; gapsFor?: GapsFor };

export function rankRoutes(ctx: RankContext): Route[] {
  const ranked = rankedRoutes(ctx);
  for (let i = 0; i < ranked.length; i++) ranked[i]!.rank = i + 1;
  return ranked;
}

/** The route rankRoutes would rank first, as the group's views show it. */
export function bestRoute(ctx: RankContext): Pick<Route, "id" | "title" | "months"> | undefined {
  const best = rankedRoutes(ctx)[0];
  return best && { id: best.id, title: best.title, months: best.months };
}

/** The routes offered to the person, best first, each unranked. */
function rankedRoutes(ctx: RankContext): Route[] {
  const { profile, ready, readyIfConfirmed, nation, dataset } = ctx;
  const info = nationInfo(dataset, nation);
  const works = ctx.person.works;
  const mustLearn = mustStayInLearning(ctx.person, info);
  const studying = profile.studying !== undefined && profile.studying.length > 0;
  const proofs = proofsOf(profile, levelOf(dataset));
  const bases = routeBases(ctx, info);
  // Only a route offered here counts as started: a T Level (England only) named by someone in Wales
  // must not keep every other course from them while offering nothing in its place.
  const startedBases = studying ? bases.filter((b) => startedIn(b, profile) && isOffered({ ...b.def, notWhenReady: false }, ready, nation, readyIfConfirmed)) : [];
  // A course the person is finishing alongside other things (not an apprenticeship, which is their job).
  const course = startedBases.find((b) => b.def.studyMode === "part-time" || b.def.studyMode === "full-time");
  const courseId = course?.steps.flatMap((s) => (isUnderway(s.def, profile) ? (s.def.startedBy ?? []).concat(s.def.qualification ?? []) : [])).find((q) => profile.studying!.includes(q));
  const courseQ = courseId === undefined ? undefined : qualificationById(dataset, courseId);
  const startedCourse = courseQ?.id;
  const full: FullContext = Object.assign({}, ctx, { gapsFor: ctx.gapsFor ?? noGapsFor, mustLearn, proofs, typesOk: typesAtThreshold(ctx.gaps), ...(startedCourse ? { startedCourse } : {}) });
  const open = openGaps(ctx.gaps);
  const openIds = new Set(open.map((g) => g.id));
  const ranked: Route[] = [];
  for (const base of bases) {
    const def = base.def;
    // Someone who must stay in learning is offered training built into a job even when ready, or with nothing else to close.
    // Someone part-way through a route's own training is offered it to finish, whatever else holds.
    // Only a step this route takes here, towards this role: the team leader's Edward Jenner step does not start a senior secretary's route.
    const started = studying && startedIn(base, profile);
    const learning = started || (mustLearn !== undefined && def.builtInTraining === true);
    if (!(learning ? isOffered({ ...def, notWhenReady: false }, ready, nation, readyIfConfirmed) : isOffered(def, ready, nation, readyIfConfirmed))) continue;
    if (!started && !fitsPerson(def, profile, ctx.target, nation, ctx.person, proofs, full.typesOk)) continue;
    // Someone finishing one course is not offered a second long one beside it: it would repeat it.
    if (!started && startedBases.length > 0 && (def.studyMode === "part-time" || def.studyMode === "full-time") && def.steps.some((s) => s.core)) continue;
    // A route made for newcomers that gives nothing the person lacks: they already do what it trains for.
    // Not for someone who must stay in learning: for them the training is the point.
    if (!learning && def.favoursNewcomers && !givesAnything(base, ctx.gaps)) continue;
    // A route through another role is not offered inside that role's own route.
    if (ctx.via && base.hasVia) continue;
    const steps = personalSteps(base, full, openIds);
    const closes = closedBySteps(steps);
    // A route is offered only when it has something to do for the person.
    if (!def.needsReady && !learning && !closes.some((id) => openIds.has(id))) continue;
    const { months, cost, costUnknown } = stepTotals(steps);
    const earns = routeEarns(steps, works);
    const fit = fitFor(def, closes, earns, steps, full, open, info);
    // Built on a course no source confirms is still open: say so, and give way to an equal route on open ones.
    for (const u of base.unconfirmed) {
      if (!steps.some((s) => s.id === u.stepId && !s.underway)) continue;
      fit.score -= WEIGHTS.unconfirmed;
      fit.reasons.push({ finding: { code: "unconfirmed-course", qualification: u.qualification } });
    }
    // All else equal, a route with fees to pay (or fees no one could tell us) gives way to a free one.
    const fees = costUnknown || cost.max > 0 ? WEIGHTS.fees : 0;
    const score = Math.round((fit.score - WEIGHTS.perMonth * months.max - fees) * 10) / 10;
    ranked.push({
      id: def.id,
      title: base.title,
      rank: 0,
      score,
      reasons: fit.reasons,
      fits: !fit.reasons.some((r) => r.against),
      months,
      cost,
      costUnknown,
      // As before 0.2: true unless the route is known not to pay ("if-working" counts as earning).
      earnsWhileLearning: earns !== "no",
      earns,
      closes,
      nationNote: base.nationNote,
      notes: notesFor(base, full, steps),
      steps,
    });
  }
  // A route whose own reasons argue against it never ranks above one that
  // fits; then the best score, the shorter route. The sort is stable and the
  // routes were taken in the data's order, so that order settles the rest.
  // A route the person has started comes before all (WEIGHTS.underway says why).
  const begun = (r: Route) => Number(r.steps.some((s) => s.underway));
  return ranked.sort((a, b) => begun(b) - begun(a) || Number(b.fits) - Number(a.fits) || b.score - a.score || a.months.max - b.months.max);
}

/** Whether a route's core training closes any requirement of the target the person has not met. */
function givesAnything(base: RouteBase, gaps: readonly Gap[]): boolean {
  const core = base.steps.filter((s) => s.def.core).flatMap((s) => s.def.closes);
  return core.length === 0 || core.some((id) => gaps.some((g) => g.id === id && g.status !== "met"));
}

/** The gaps a route's steps close, each once, in the order the steps name them. */
function closedBySteps(steps: readonly RouteStep[]): string[] {
  const closes: string[] = [];
  for (const step of steps) for (const id of step.closes) if (!closes.includes(id)) closes.push(id);
  return closes;
}

/** How the gaps of another role are worked out for the same person (for routes that go through it). */
export type GapsFor = (role: Role) => { gaps: Gap[]; ready: boolean; readyIfConfirmed: boolean };
/** mustLearn: the age a person under it must stay in education or training until. */
type FullContext = RouteContext & {
  via?: boolean;
  gapsFor: GapsFor;
  mustLearn?: number;
  /** What the person's record proves (experience.ts), and whether they type at the target's speed. */
  proofs: readonly Proof[];
  typesOk: boolean;
  /** The qualification (by id) of a course the person is part-way through, which jobs can run beside. */
  startedCourse?: string;
}
const noGapsFor: GapsFor = () => ({ gaps: [], ready: false, readyIfConfirmed: false });
