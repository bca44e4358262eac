// Ranks the routes to a role for one person: by the gaps each route closes and
// by how well it fits their circumstances and experience, with the reasons
// written in terms of what the person told us.

import { experienceMonths, experienceWords } from "./gaps.js";
import { entrySalary, findBand } from "./pay.js";
import { durationWords } from "./words.js";
import type {
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

/** Experience of this many months or more makes a route that favours it a better fit. */
export const FAVOURED_MONTHS = 6;

const WEIGHTS = {
  coverage: 50,
  earnMatch: 20,
  cannotStudy: 25,
  partTimeMatch: 5,
  favoured: 12,
  ready: 100,
  /** Points lost per month of the route's longest duration. */
  perMonth: 0.15,
};

function gapWeight(gap: Gap): number {
  const base = gap.essential ? 2 : 1;
  return gap.status === "partial" ? base / 2 : gap.status === "missing" ? base : 0;
}

function sumRanges(ranges: Range[]): Range {
  return ranges.reduce((a, r) => ({ min: a.min + r.min, max: a.max + r.max }), { min: 0, max: 0 });
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
      const rate = [...(dataset.pay.apprenticeRates ?? [])].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)).at(-1);
      return {
        kind: "apprentice",
        ...(rate ? { perHour: rate.perHour } : {}),
        note: "At least the apprentice minimum wage; NHS employers usually pay more, under Agenda for Change's trainee rules.",
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

function fitFor(def: RouteDef, profile: Profile, unmet: Gap[], ready: boolean): Fit {
  const reasons: string[] = [];
  let score = 0;

  if (ready && def.needsReady) {
    score += WEIGHTS.ready;
    reasons.push("You meet every essential requirement now.");
  }

  const closes = new Set(def.steps.flatMap((s) => s.closes));
  const total = unmet.reduce((a, g) => a + gapWeight(g), 0);
  const closed = unmet.filter((g) => closes.has(g.id));
  const coverage = total === 0 ? 1 : closed.reduce((a, g) => a + gapWeight(g), 0) / total;
  score += WEIGHTS.coverage * coverage;
  if (unmet.length > 0) {
    if (closed.length > 0) {
      reasons.push(closed.length === unmet.length ? `Closes all ${unmet.length} of your gaps.` : `Closes ${closed.length} of your ${unmet.length} gaps.`);
    } else {
      reasons.push("Closes none of your gaps by itself.");
    }
  }

  if (profile.needsToEarnWhileLearning === true) {
    if (def.earnsWhileLearning) {
      score += WEIGHTS.earnMatch;
      reasons.push("Paid throughout, and you said you need to earn while you learn.");
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

  const totalMonths = experienceMonths(profile, ["admin", "customerService", "healthcare", "secretarial"]);
  if (def.favoursNewcomers && totalMonths < FAVOURED_MONTHS) {
    score += WEIGHTS.favoured;
    reasons.push("Made for people with little work experience yet.");
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
  return def.steps.map((s) => ({
    id: s.id,
    title: s.title.replaceAll("{role}", target.title.toLowerCase()),
    months: s.months,
    ...(s.monthsBasis ? { monthsBasis: s.monthsBasis } : {}),
    ...(s.cost ? { cost: s.cost } : {}),
    ...(s.setting ? { setting: s.setting } : {}),
    pay: stepPay(s, target, table, dataset),
    closes: s.closes,
  }));
}

/** Whether a route can be offered to this person at all. */
export function isOffered(def: RouteDef, ready: boolean, nation: Nation): boolean {
  if (def.needsReady && !ready) return false;
  if (def.notWhenReady && ready) return false;
  if (def.onlyIn && !def.onlyIn.includes(nation)) return false;
  return true;
}

/** Whether the person has the experience a route cannot start without. */
export function hasRequiredExperience(def: RouteDef, profile: Profile): boolean {
  const need = def.requiresExperience;
  return need === undefined || experienceMonths(profile, need.anyOf) >= need.months;
}

/** The roles that at least one route leads into: the ones a person can aim for. */
export function targetRoles(dataset: Dataset): Role[] {
  return dataset.roles.filter((role) => dataset.routes.some((r) => r.targets.includes(role.id)));
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
  const routes = dataset.routes
    .filter((def) => def.targets.includes(target.id) && isOffered(def, ready, nation) && hasRequiredExperience(def, profile))
    .map((def) => {
      const fit = fitFor(def, profile, unmet, ready);
      const months = sumRanges(def.steps.map((s) => s.months));
      const score = Math.round((fit.score - WEIGHTS.perMonth * months.max) * 10) / 10;
      const costs = def.steps.map((s) => s.cost);
      const note = def.nationNotes.find((n) => n.nation === nation)?.note;
      return {
        id: def.id,
        title: def.title,
        rank: 0,
        score,
        reasons: fit.reasons,
        months,
        cost: sumRanges(costs.map((c) => c ?? { min: 0, max: 0 })),
        costUnknown: costs.some((c) => c === undefined),
        earnsWhileLearning: def.earnsWhileLearning,
        closes: [...new Set(def.steps.flatMap((s) => s.closes))],
        ...(note ? { nationNote: note } : {}),
        steps: buildSteps(def, target, table, dataset),
      } satisfies Route;
    });
  // Ties go to the shorter route, then to the order in the data.
  const order = new Map(dataset.routes.map((r, i) => [r.id, i]));
  routes.sort((a, b) => b.score - a.score || a.months.max - b.months.max || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  routes.forEach((r, i) => (r.rank = i + 1));
  return routes;
}
