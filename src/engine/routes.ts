// Ranks the routes to a role for one person: by the gaps each route closes and
// by how well it fits their circumstances and experience, with the reasons
// written in terms of what the person told us.

import { experienceMonths, experienceWords } from "./gaps.js";
import { entrySalary, findBand } from "./pay.js";
import { durationWords } from "./words.js";
import type {
  ApprenticeRate,
  Dataset,
  Gap,
  Nation,
  PayTable,
  Profile,
  Range,
  Route,
  RouteDef,
  RouteStep,
  RouteStepDef,
  Role,
  StepPayFigure,
} from "./types.js";

import { EXPERIENCE_KINDS } from "./types.js";

/** Experience of this many months or more (a year) makes a route that favours it a better fit. */
export const FAVOURED_MONTHS = 12;
/** Less work than this in all (a Saturday job, say) still counts as new to work. */
export const NEWCOMER_MONTHS = 12;
/** Office or secretarial work of this long makes a route for newcomers a step back. */
export const EXPERIENCED_MONTHS = 24;

const WEIGHTS = {
  coverage: 50,
  desirable: 5,
  earnMatch: 20,
  cannotStudy: 25,
  partTimeMatch: 5,
  favoured: 12,
  /** Keeps "apply now" first for a ready person even if a --data route forgets notWhenReady. */
  ready: 100,
  /** Points lost per month of the route's longest duration. */
  perMonth: 0.15,
};

function gapsReason(closed: number, of: number): string {
  if (of === 1) return closed === 1 ? "Closes your essential gap." : "Does not close your essential gap by itself.";
  if (closed === 0) return `Closes none of your ${of} essential gaps by itself.`;
  if (closed === of) return of === 2 ? "Closes both your essential gaps." : `Closes all ${of} of your essential gaps.`;
  return `Closes ${closed} of your ${of} essential gaps.`;
}

/** A missing gap counts double a partial one. */
function gapWeight(gap: Gap): number {
  return gap.status === "partial" ? 1 : gap.status === "missing" ? 2 : 0;
}

function sumRanges(ranges: readonly Range[]): Range {
  return ranges.reduce((a, r) => ({ min: a.min + r.min, max: a.max + r.max }), { min: 0, max: 0 });
}

const apprenticeRateCache = new WeakMap<Dataset, ApprenticeRate | undefined>();

function newestApprenticeRate(dataset: Dataset): ApprenticeRate | undefined {
  if (!apprenticeRateCache.has(dataset)) {
    const newest = [...(dataset.pay.apprenticeRates ?? [])].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)).at(-1);
    apprenticeRateCache.set(dataset, newest);
  }
  return apprenticeRateCache.get(dataset);
}

export function stepPay(step: RouteStepDef, target: Role, table: PayTable | undefined, dataset: Dataset): StepPayFigure {
  const gp = step.setting === "gp-practice" || (step.pay.kind === "target" && !target.settings.includes("hospital-trust"));
  switch (step.pay.kind) {
    case "target":
    case "band": {
      const bandId = step.pay.kind === "band" ? step.pay.band : target.bands[0];
      if (bandId === undefined) return { kind: "band", uncertain: true, note: "Pay is set by the employer." };
      const band = table && findBand(table, bandId);
      return {
        kind: "band",
        band: bandId,
        ...(band && table ? { salary: entrySalary(band), payYear: table.payYear } : {}),
        ...(gp ? { uncertain: true, note: "GP practices set their own pay; the NHS band is a guide." } : {}),
      };
    }
    case "apprentice": {
      const rate = newestApprenticeRate(dataset);
      return {
        kind: "apprentice",
        ...(rate ? { perHour: rate.perHour } : {}),
        note: "At least the apprentice minimum wage; NHS Staff Council guidance is that NHS apprentices are paid under Agenda for Change's trainee rules, which can mean more.",
      };
    }
    case "unpaid":
      return { kind: "unpaid" };
    case "current-job":
      return { kind: "current-job", note: "Keep your current job and pay while you study." };
  }
}

interface Fit {
  score: number;
  reasons: string[];
}

function fitFor(def: RouteDef, closes: readonly string[], profile: Profile, unmet: Gap[], ready: boolean): Fit {
  const reasons: string[] = [];
  let score = 0;

  if (ready && def.needsReady) {
    score += WEIGHTS.ready;
    reasons.push("You meet every essential requirement now.");
  }

  // Essential gaps decide; desirable ones only break ties between routes.
  let essentialWeight = 0;
  let essentialCovered = 0;
  let desirableWeight = 0;
  let desirableCovered = 0;
  let essential = 0;
  let essentialClosed = 0;
  for (const g of unmet) {
    const w = gapWeight(g);
    const closed = closes.includes(g.id);
    if (g.essential) {
      essential++;
      essentialWeight += w;
      if (closed) {
        essentialClosed++;
        essentialCovered += w;
      }
    } else {
      desirableWeight += w;
      if (closed) desirableCovered += w;
    }
  }
  score += WEIGHTS.coverage * (essentialWeight === 0 ? 1 : essentialCovered / essentialWeight);
  if (desirableWeight > 0) score += WEIGHTS.desirable * (desirableCovered / desirableWeight);
  // Counted as the verdict counts them: essential gaps.
  if (essential > 0) reasons.push(gapsReason(essentialClosed, essential));

  if (profile.needsToEarnWhileLearning === true) {
    if (def.earnsWhileLearning) {
      score += WEIGHTS.earnMatch;
      reasons.push(
        def.steps.some((s) => s.pay.kind === "current-job")
          ? "You study alongside your current job, so you keep earning, as you said you need to."
          : "Paid throughout, and you said you need to earn while you learn.",
      );
    } else {
      score -= WEIGHTS.earnMatch;
      reasons.push("Not paid, and you said you need to earn while you learn.");
    }
  }

  const needsStudy = def.studyMode === "part-time" || def.studyMode === "full-time";
  if (profile.canStudyPartTime === false && needsStudy) {
    score -= WEIGHTS.cannotStudy;
    reasons.push("Needs study time you said you cannot give now.");
  } else if (profile.canStudyPartTime === true && def.studyMode === "part-time") {
    score += WEIGHTS.partTimeMatch;
    reasons.push("Part-time study, which you said you can fit in.");
  }

  const totalMonths = experienceMonths(profile, EXPERIENCE_KINDS);
  const officeMonths = experienceMonths(profile, ["admin", "secretarial"]);
  if (def.favoursNewcomers && totalMonths < NEWCOMER_MONTHS) {
    score += WEIGHTS.favoured;
    reasons.push("Made for people with little work experience yet.");
  } else if (def.favoursNewcomers && officeMonths >= EXPERIENCED_MONTHS) {
    // Years of office work already: starting again on apprentice pay is a step back.
    score -= WEIGHTS.favoured;
    reasons.push(`Made for newcomers: with ${durationWords(officeMonths)} of office work, a shorter route suits you better.`);
  }

  for (const kind of def.favours ?? []) {
    const months = experienceMonths(profile, [kind]);
    if (months >= FAVOURED_MONTHS) {
      score += WEIGHTS.favoured;
      reasons.push(`Builds on your ${durationWords(months)} of ${experienceWords(kind)}.`);
      break;
    }
  }
  return { score, reasons };
}

function buildSteps(def: RouteDef, target: Role, table: PayTable | undefined, dataset: Dataset): RouteStep[] {
  const roleName = target.title.toLowerCase();
  return def.steps.map((s) => ({
    id: s.id,
    title: s.title.includes("{role}") ? s.title.replaceAll("{role}", roleName) : s.title,
    // Copies: these are frozen with the cache, and the dataset is not ours to freeze.
    months: { ...s.months },
    ...(s.monthsBasis ? { monthsBasis: s.monthsBasis } : {}),
    ...(s.cost ? { cost: { ...s.cost } } : {}),
    ...(s.setting ? { setting: s.setting } : {}),
    pay: stepPay(s, target, table, dataset),
    closes: [...s.closes],
    ...(s.core ? { core: true } : {}),
  }));
}

type RouteBase = Omit<Route, "rank" | "score" | "reasons">;

// What a route looks like for a target role in a nation is the same for
// everyone: work it out once per dataset (10,000 workshop attendees would
// otherwise rebuild it 10,000 times). Shared between reports, so frozen.
const baseCache = new WeakMap<Dataset, Map<string, Map<string, RouteBase>>>();

/** The cached routes for one target, nation and pay year, by route id. */
function basesFor(dataset: Dataset, target: Role, nation: Nation, table: PayTable | undefined): Map<string, RouteBase> {
  let byKey = baseCache.get(dataset);
  if (!byKey) baseCache.set(dataset, (byKey = new Map()));
  const key = `${target.id} ${nation} ${table?.payYear ?? ""}`;
  let bases = byKey.get(key);
  if (!bases) byKey.set(key, (bases = new Map()));
  return bases;
}

function routeBase(def: RouteDef, target: Role, nation: Nation, table: PayTable | undefined, dataset: Dataset, bases: Map<string, RouteBase>): RouteBase {
  let base = bases.get(def.id);
  if (!base) {
    const note = def.nationNotes.find((n) => n.nation === nation)?.note;
    const steps = buildSteps(def, target, table, dataset);
    base = deepFreeze({
      id: def.id,
      title: def.title,
      ...stepTotals(steps),
      earnsWhileLearning: def.earnsWhileLearning,
      closes: [...new Set(def.steps.flatMap((s) => s.closes))],
      ...(note ? { nationNote: note } : {}),
      steps,
    });
    bases.set(def.id, base);
  }
  return base;
}

type Cut = Pick<Route, "steps" | "months" | "cost" | "costUnknown" | "closes">;

// A route cut to a person depends only on which of the gaps it can close they
// still have: at most a few variants per route, so each is built once.
const cutCache = new WeakMap<RouteBase, Map<string, Cut>>();

/**
 * The route's steps for this person: a step stays if the route is built on it
 * (core), if it closes one of their gaps, or if it closes nothing (applying).
 * Someone who already audio types is not sent on an audio typing course, but
 * an apprenticeship keeps its apprenticeship.
 */
function cutFor(base: RouteBase, unmetIds: ReadonlySet<string>): Cut {
  let cuts = cutCache.get(base);
  if (!cuts) cutCache.set(base, (cuts = new Map()));
  const key = base.closes.map((id) => (unmetIds.has(id) ? "1" : "0")).join("");
  let cut = cuts.get(key);
  if (!cut) {
    const needed = (step: RouteStep) => step.core === true || step.closes.length === 0 || step.closes.some((id) => unmetIds.has(id));
    const steps = base.steps.filter(needed);
    cut = deepFreeze({ steps, ...stepTotals(steps), closes: [...new Set(steps.flatMap((s) => s.closes))] });
    cuts.set(key, cut);
  }
  return cut;
}

/** How long a run of steps takes and what it costs; a step with no known cost makes the total unknown. */
export function stepTotals(steps: readonly { months: Range; cost?: Range }[]): { months: Range; cost: Range; costUnknown: boolean } {
  return {
    months: sumRanges(steps.map((s) => s.months)),
    cost: sumRanges(steps.map((s) => s.cost ?? { min: 0, max: 0 })),
    costUnknown: steps.some((s) => s.cost === undefined),
  };
}

/** Cached objects are shared between reports: frozen, so no caller can change another's. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Whether a route can be offered to this person at all. */
export function isOffered(def: RouteDef, ready: boolean, nation: Nation): boolean {
  if (def.needsReady && !ready) return false;
  if (def.notWhenReady && ready) return false;
  if (def.onlyIn && !def.onlyIn.includes(nation)) return false;
  return true;
}

/** Whether a route suits where this person already is: the experience it needs, none it is meant to give, not a qualification they hold. */
export function fitsPerson(def: RouteDef, profile: Profile): boolean {
  const need = def.requiresExperience;
  if (need && experienceMonths(profile, need.anyOf) < need.months) return false;
  const past = def.unlessExperience;
  if (past && experienceMonths(profile, past.anyOf) >= past.months) return false;
  if (def.notIfHeld?.some((q) => profile.qualifications.includes(q))) return false;
  return true;
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

export function rankRoutes(
  profile: Profile,
  target: Role,
  gaps: readonly Gap[],
  ready: boolean,
  nation: Nation,
  table: PayTable | undefined,
  dataset: Dataset,
): Route[] {
  const unmet = gaps.filter((g) => g.status !== "met");
  const unmetIds = new Set(unmet.map((g) => g.id));
  const routes: Route[] = [];
  const bases = basesFor(dataset, target, nation, table);
  for (const def of dataset.routes) {
    if (!def.targets.includes(target.id) || !isOffered(def, ready, nation) || !fitsPerson(def, profile)) continue;
    const base = routeBase(def, target, nation, table, dataset, bases);
    const { steps, months, cost, costUnknown, closes } = cutFor(base, unmetIds);
    const fit = fitFor(def, closes, profile, unmet, ready);
    const score = Math.round((fit.score - WEIGHTS.perMonth * months.max) * 10) / 10;
    // Written out rather than spread: one object shape for every route keeps this loop fast.
    routes.push({
      id: base.id,
      title: base.title,
      rank: 0,
      score,
      reasons: fit.reasons,
      months,
      cost,
      costUnknown,
      earnsWhileLearning: base.earnsWhileLearning,
      closes,
      nationNote: base.nationNote,
      steps,
    });
  }
  // Ties go to the shorter route, then to the order in the data.
  const order = (id: string) => dataset.routes.findIndex((r) => r.id === id);
  routes.sort((a, b) => b.score - a.score || a.months.max - b.months.max || order(a.id) - order(b.id));
  routes.forEach((r, i) => (r.rank = i + 1));
  return routes;
}
