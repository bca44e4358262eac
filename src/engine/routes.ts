// Ranks the routes to a role for one person: which routes are open to them at
// all (their job, age, experience, nation), which gaps each closes, how well
// it fits their circumstances, and how each step is paid for them. Reasons
// are written in terms of what the person told us.

import { openGaps, requirementMonths } from "./gaps.js";
import { roleById } from "./lookup.js";
import { fillIn, nationInfo } from "./nations.js";
import { entrySalary, findBand, bandRange } from "./pay.js";
import { apprenticeMinimum, apprenticeRate, knownYoungerThan, monthsOf, monthsOfAll, newToWork, noteApplies, newestMinimumWage, personOf, type Person } from "./person.js";
import type { PayNoteFinding, RouteReason } from "./findings.js";
import { inSentence } from "./words.js";
import type {
  Dataset,
  Earns,
  Gap,
  Nation,
  NationInfo,
  PayTable,
  Profile,
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
  coverage: 50,
  desirable: 5,
  /** Lost by a route that pays nothing, for someone who must earn: in full from a year unpaid. */
  unpaid: 40,
  cannotStudy: 25,
  partTimeMatch: 5,
  favoured: 12,
  /** Gained by a route the person is already part-way through. */
  underway: 40,
  /** Keeps "apply now" first for a ready person even if a --data route forgets notWhenReady. */
  ready: 100,
  /** Lost by a route that costs the person money, or may: less than a year's difference in length. */
  fees: 6,
  /** Points lost per month of the route's longest duration. */
  perMonth: 0.15,
};

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
function fixedPay(step: RouteStepDef, target: Role, table: PayTable | undefined): StepPayFigure | undefined {
  const gp = step.setting === "gp-practice" || (step.pay.kind === "target" && !target.settings.includes("hospital-trust"));
  const starts = step.startsPost ? { startsAtEnd: true } : {};
  switch (step.pay.kind) {
    case "target":
    case "band": {
      const bandId = step.pay.kind === "band" ? step.pay.band : target.bands[0];
      if (bandId === undefined) return { kind: "band", uncertain: true, note: { code: "pay-set-by-employer" }, ...starts };
      const band = table && findBand(table, bandId);
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

/** How two Agenda for Change bands compare: negative when a is lower. */
export function compareBands(a: string, b: string): number {
  const order: readonly string[] = AFC_BANDS;
  return order.indexOf(a) - order.indexOf(b);
}

/** Pay on an apprenticeship: the legal minimum for the person's age, or their own pay point where NHS rules keep it. */
function apprenticePay(ctx: RouteContext, underway = false): StepPayFigure {
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
  const note: PayNoteFinding = {
    code: "apprentice-minimum",
    ...(later !== undefined && later !== rate ? { laterPerHour: later } : later === undefined && wage && person.ageGroup === undefined ? { laterAgeUnknown: true } : {}),
    ...(mayKeep ? { mayKeepPayPoint: true } : {}),
  };
  return {
    kind: "apprentice",
    ...(rate !== undefined ? { perHour: rate } : {}),
    ...(later !== undefined ? { laterPerHour: later } : {}),
    note,
  };
}

/** Pay while studying alongside a job: the person's own, as far as we know it. */
function currentJobPay(ctx: RouteContext): StepPayFigure {
  const { person, table } = ctx;
  const works = person.works;
  if (works === false) return { kind: "unpaid", note: { code: "not-working-unpaid" } };
  if (person.nhsStaff && person.band) {
    const band = table && findBand(table, person.band);
    return {
      kind: "current-job",
      working: true,
      band: person.band,
      ...(band && table ? { salary: entrySalary(band), salaryMax: bandRange(band).max, payYear: table.payYear } : {}),
      note: { code: "keeps-current-pay" },
    };
  }
  return works ? { kind: "current-job", working: true, note: { code: "keeps-current-pay" } } : { kind: "current-job", note: { code: "keeps-current-pay-if-any" } };
}

function personalPay(step: RouteStepDef, ctx: RouteContext, fixed: StepPayFigure | undefined): StepPayFigure {
  if (fixed) return fixed;
  const pay = step.pay.kind === "apprentice" ? apprenticePay(ctx, isUnderway(step, ctx.profile)) : currentJobPay(ctx);
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
export function fitsPerson(def: RouteDef, profile: Profile, target?: Role, nation: Nation = "england", person: Person = personOf(profile)): boolean {
  const job = person.job;
  if (def.forJobs) {
    if (job !== undefined && !def.forJobs.includes(job)) return false;
    // Where the person did not say their job, experience must stand in for it.
    if (job === undefined && !def.requiresExperience) return false;
  }
  if (def.notForJobs && job !== undefined && def.notForJobs.includes(job)) return false;
  const need = def.requiresExperience;
  if (need && !(job !== undefined && def.forJobs?.includes(job)) && monthsOf(person, need.anyOf) < need.months) return false;
  const past = def.unlessExperience === undefined ? [] : [def.unlessExperience].flat();
  if (past.some((rule) => (rule.allOf ? monthsOfAll(person, rule.allOf) : monthsOf(person, rule.anyOf ?? [])) >= rule.months)) return false;
  if (def.minAge !== undefined && knownYoungerThan(person, def.minAge)) return false;
  if (def.notIfHeld?.some((q) => profile.qualifications.includes(q))) return false;
  if (target && cutsNhsPay(def, person, target, nation)) return false;
  return true;
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
    for (const def of dataset.routes) if (def.targets.includes(target.id)) bases.push(routeBase(def, target, nation, table, info));
    byNation.set(key, bases);
  }
  return bases;
}

function routeBase(def: RouteDef, target: Role, nation: Nation, table: PayTable | undefined, info: NationInfo | undefined): RouteBase {
  const roleName = inSentence(target.title);
  const steps = stepsIn(def, nation, target.id).map((s) => {
    const req = s.buildsExperience === undefined ? undefined : target.requirements.find((r) => r.id === s.buildsExperience);
    return { def: s, title: fillIn(s.title, roleName, info, nation), fixedPay: fixedPay(s, target, table), builds: req?.kind === "experience" ? req : undefined };
  });
  const note = def.nationNotes.find((n) => n.nation === nation)?.note;
  const base: RouteBase = {
    def,
    title: fillIn(def.title, roleName, info, nation),
    steps,
    ...(note ? { nationNote: fillIn(note, roleName, info, nation) } : {}),
    notes: (def.notes ?? []).map((n) => ({ note: n, text: fillIn(n.note, roleName, info, nation) })),
    hasVia: def.steps.some((s) => s.via),
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
    let months: Range = d.months;
    if (d.buildsExperience) {
      // As long as the person still lacks of this experience.
      const req = s.builds;
      if (req) {
        const left = Math.max(0, req.months - requirementMonths(req, ctx.profile));
        if (left === 0 && !d.core) continue;
        months = { min: left, max: left };
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
    const pay = d.pay.kind === "current-job" && held ? { ...held, note: { code: "alongside-post-held" } as const } : personalPay(d, ctx, s.fixedPay);
    if (d.startsPost) held = { ...pay, startsAtEnd: false };
    const step: RouteStep = {
      id: d.id,
      title: s.title,
      months: { ...months },
      // Begun, its time is what is left of it, which the data's basis for the whole does not explain.
      ...(d.monthsBasis && !underway ? { monthsBasis: d.monthsBasis } : {}),
      ...(d.cost ? { cost: { ...d.cost } } : {}),
      ...(d.setting ? { setting: d.setting } : {}),
      pay,
      closes: [...d.closes],
      ...(d.core ? { core: true } : {}),
      ...(d.inPost ? { inPost: true } : {}),
    };
    steps.push(underway ? { ...step, ...underwayParts(d, months) } : step);
  }
  return steps;
}

/** A step leading to a qualification the person said they are working towards now. */
function isUnderway(d: RouteStepDef, profile: Profile): boolean {
  return d.qualification !== undefined && profile.studying?.includes(d.qualification) === true;
}

/**
 * What changes in a step the person is part-way through: what is left of it,
 * from nothing to all of it, as they did not say how far in they are; and of
 * its fees, what is left to pay, if any (from none to all of them). Its title
 * becomes finishing the qualification begun.
 */
function underwayParts(d: RouteStepDef, months: Range): Partial<RouteStep> {
  // isUnderway has checked that the step names a qualification, and the data checks that it exists.
  return {
    titleFinding: { code: "finish-started", qualification: d.qualification! },
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
  if (steps.some((s) => s.underway)) {
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

  const earn = def.needsReady ? undefined : earnReason(earns, steps, profile);
  if (earn) {
    reasons.push(earn);
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

  const needsStudy = def.studyMode === "part-time" || def.studyMode === "full-time";
  if (profile.canStudyPartTime === false && needsStudy) {
    score -= WEIGHTS.cannotStudy;
    reasons.push({ finding: { code: "needs-study-time" }, against: true });
  } else if (profile.canStudyPartTime === true && def.studyMode === "part-time") {
    score += WEIGHTS.partTimeMatch;
    reasons.push({ finding: { code: "part-time-study-fits" } });
  }

  const officeMonths = monthsOf(ctx.person, ["admin", "secretarial"]);
  if (def.favoursNewcomers && newToWork(ctx.person, NEWCOMER_MONTHS)) {
    score += WEIGHTS.favoured;
    reasons.push({ finding: { code: "made-for-newcomers" } });
  } else if (def.favoursNewcomers && officeMonths >= EXPERIENCED_MONTHS) {
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


/** The notes of a route that apply to this person: their nation, job and age. */
function notesFor(base: RouteBase, ctx: RouteContext): string[] {
  const notes: string[] = [];
  for (const n of base.notes) if (noteApplies(n.note, ctx.person, ctx.nation)) notes.push(n.text);
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
  const full: FullContext = Object.assign({}, ctx, { gapsFor: ctx.gapsFor ?? noGapsFor, mustLearn });
  const open = openGaps(ctx.gaps);
  const openIds = new Set(open.map((g) => g.id));
  const ranked: Route[] = [];
  for (const base of routeBases(ctx, info)) {
    const def = base.def;
    // Someone who must stay in learning is offered training built into a job even when ready, or with nothing else to close.
    // Someone part-way through a route's own training is offered it to finish, whatever else holds.
    // Only a step this route takes here, towards this role: the team leader's Edward Jenner step does not start a senior secretary's route.
    const started = studying && base.steps.some((s) => isUnderway(s.def, profile));
    const learning = started || (mustLearn !== undefined && def.builtInTraining === true);
    if (!(learning ? isOffered({ ...def, notWhenReady: false }, ready, nation, readyIfConfirmed) : isOffered(def, ready, nation, readyIfConfirmed))) continue;
    if (!started && !fitsPerson(def, profile, ctx.target, nation, ctx.person)) continue;
    // A route through another role is not offered inside that role's own route.
    if (ctx.via && base.hasVia) continue;
    const steps = personalSteps(base, full, openIds);
    const closes = closedBySteps(steps);
    // A route is offered only when it has something to do for the person.
    if (!def.needsReady && !learning && !closes.some((id) => openIds.has(id))) continue;
    const { months, cost, costUnknown } = stepTotals(steps);
    const earns = routeEarns(steps, works);
    const fit = fitFor(def, closes, earns, steps, full, open, info);
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
      notes: notesFor(base, full),
      steps,
    });
  }
  // A route whose own reasons argue against it never ranks above one that
  // fits; then the best score, the shorter route. The sort is stable and the
  // routes were taken in the data's order, so that order settles the rest.
  return ranked.sort((a, b) => Number(b.fits) - Number(a.fits) || b.score - a.score || a.months.max - b.months.max);
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
type FullContext = RouteContext & { via?: boolean; gapsFor: GapsFor; mustLearn?: number };
const noGapsFor: GapsFor = () => ({ gaps: [], ready: false, readyIfConfirmed: false });
