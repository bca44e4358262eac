// The whole verdict for one person: their gaps against the target role, the
// routes ranked for them, the pay along the way, and what the roles beyond it
// ask of them.

import { openGaps, toCheckOf, verdictOf } from "./gaps.js";
import { roleById } from "./lookup.js";
import { adultNotes, fullTimeHours, legalFloor, partTimeHours, payPointOf, proRata } from "./adults.js";
import { bandRange, findBand, salaryAfter } from "./pay.js";
import { legalMinimum, mayHoldRole, noteApplies, personOf, type Person } from "./person.js";
import { bestRoute, compareBands, deepFreeze, rankRoutes } from "./routes.js";
import { profileKey } from "./profile-key.js";
import { nationWords, standingOf, type NationWords } from "./standing.js";
import { closest } from "./words.js";
import type { NoteFinding } from "./findings.js";
import type { Dataset, Gap, NationInfo, NextRole, Nation, PayChange, PayTable, Profile, Report, Role, Route } from "./types.js";

export const DEFAULT_TARGET = "medical-secretary";
export const DEFAULT_NATION: Nation = "england";

export class UnknownRoleError extends Error {
  readonly hint: string;
  constructor(
    readonly roleId: string,
    readonly validIds: string[],
  ) {
    const guess = closest(roleId, validIds);
    super(`unknown role "${roleId}"${guess ? ` (did you mean ${guess}?)` : ""}`);
    this.hint = `Valid ids: ${validIds.join(", ")}`;
    this.name = "UnknownRoleError";
  }
}

export function findRole(dataset: Dataset, id: string): Role {
  const role = roleById(dataset, id);
  if (!role) throw new UnknownRoleError(id, dataset.roles.map((r) => r.id));
  return role;
}

export function rolePay(role: Role, table: PayTable | undefined): { band: string; min: number; max: number }[] {
  if (!table) return [];
  return role.bands.flatMap((b) => {
    const band = findBand(table, b);
    return band ? [{ band: b, ...bandRange(band) }] : [];
  });
}

type Onward = Omit<NextRole, "ready" | "lacks">;
const onwardsCache = new WeakMap<Dataset, Map<string, { next: Onward[]; targetPay: ReturnType<typeof rolePay> }>>();

/** The roles a target leads to, with their pay: the same for everyone in a nation, so worked out once. */
function onwards(dataset: Dataset, target: Role, table: PayTable | undefined) {
  let byKey = onwardsCache.get(dataset);
  if (!byKey) onwardsCache.set(dataset, (byKey = new Map()));
  const key = `${target.id} ${table?.nation ?? ""} ${table?.payYear ?? ""}`;
  let hit = byKey.get(key);
  if (!hit) {
    const next: Onward[] = target.leadsTo.flatMap((id) => {
      const role = roleById(dataset, id);
      if (!role) return [];
      return [{ id: role.id, title: role.title, bands: [...role.bands], pay: rolePay(role, table), ...(table ? { payYear: table.payYear } : {}) }];
    });
    hit = deepFreeze({ next, targetPay: rolePay(target, table) });
    byKey.set(key, hit);
  }
  return hit;
}

/**
 * What the target pays against the band an NHS employee is on now, where both
 * are known. We do not know their pay point, so each change is a range: from
 * the nearest points of the two bands to the farthest.
 */
export function payChangeFor(profile: Profile, target: Role, table: PayTable | undefined, info?: NationInfo, person: Person = personOf(profile), minimum?: { perHour: number; effectiveFrom: string }): PayChange | undefined {
  const own = person.band;
  if (!own || !table || person.nhsStaff === false) return undefined;
  const now = findBand(table, own);
  const pay = rolePay(target, table);
  if (!now || pay.length === 0) return undefined;
  // With their years on the band we know their pay point: the change is from it, not from the band's range.
  const point = profile.bandYears === undefined ? undefined : salaryAfter(now, profile.bandYears);
  const shown = point === undefined ? bandRange(now) : { min: point, max: point };
  // Where their pay works out below the legal minimum an hour, they are paid at least the minimum: changes are from that.
  const weekHours = fullTimeHours(info);
  const floor = legalFloor(shown.min, weekHours, minimum, table.payYear);
  const current = floor ? { min: floor.salary, max: Math.max(floor.salary, shown.max) } : shown;
  const byBand = pay.map((p) => {
    const order = compareBands(p.band, own);
    const change = order < 0 ? "cut" : order > 0 ? "rise" : "same";
    const [least, most] = change === "cut" ? [current.min - p.max, current.max - p.min] : change === "rise" ? [p.min - current.max, p.max - current.min] : [0, 0];
    return { band: p.band, min: p.min, max: p.max, change, least: Math.max(0, least), most: Math.max(0, most) } as const;
  });
  const targetRange = { bands: pay.map((p) => p.band), min: Math.min(...pay.map((p) => p.min)), max: Math.max(...pay.map((p) => p.max)) };
  const direction = byBand.every((b) => b.change === "cut") ? "cut" : byBand.every((b) => b.change === "rise") ? "rise" : "overlap";
  const atLeast = direction === "cut" ? current.min - targetRange.max : direction === "rise" ? targetRange.min - current.max : 0;
  const atMost = direction === "cut" ? current.max - targetRange.min : direction === "rise" ? targetRange.max - current.min : 0;
  const moves = new Set(byBand.map((b) => b.change));
  const job = person.job;
  const notes = (info?.payNotes ?? []).filter((n) => (n.when === "any" || moves.has(n.when)) && (!n.jobs || (job !== undefined && n.jobs.includes(job)))).map((n) => n.note);
  const ownPoint = point === undefined ? undefined : payPointOf(own, profile.bandYears!, now, direction);
  const pointFinding = ownPoint && floor ? { ...ownPoint, paidAtLeast: floor.salary } : ownPoint;
  const hours = partTimeHours(profile, weekHours);
  const partTime =
    hours === undefined ? undefined : { hours, fullTimeHours: weekHours, atLeast: proRata(Math.max(0, atLeast), hours, weekHours).yearly, atMost: proRata(Math.max(0, atMost), hours, weekHours).yearly };
  return {
    band: own,
    now: shown,
    target: targetRange,
    direction,
    atLeast: Math.max(0, atLeast),
    atMost: Math.max(0, atMost),
    byBand: byBand.map((b) => ({ ...b })),
    notes: [...new Set(notes)],
    ...(pointFinding ? { pointFinding } : {}),
    ...(partTime ? { partTime } : {}),
    ...(floor ? { floor: { perHour: floor.perHour, salary: floor.salary, awaitingAward: floor.awaitingAward } } : {}),
  };
}

/** The nation's notes that apply to this person (their age and job), in the nation's words. */
function personNotes(nationWords: NationWords, person: Person, nation: Nation, target: Role, routes: readonly Route[]): string[] {
  const notes: string[] = [];
  for (const n of nationWords.notes) {
    if (n.ifOffered && !routes.some((r) => n.ifOffered!.includes(r.id))) continue;
    if (noteApplies(n, person, nation)) notes.push(nationWords.filled(n.note, target));
  }
  return notes;
}

/** The essential requirements a role asks that the person does not yet meet, by title. */
function lacking(gaps: readonly Gap[]): string[] {
  return openGaps(gaps).filter((g) => g.essential).map((g) => g.title);
}

/**
 * What the group's views (the workshop's summary, table and JSON) show of one
 * person: a Report without what only their own report or handout shows.
 */
export type AttendeeReport = Pick<Report, "profile" | "nation" | "target" | "ready" | "readyIfConfirmed" | "gaps" | "recommended" | "verdict" | "toCheck"> & {
  /** The best route alone, or none where no route leads to the role. */
  routes: readonly Pick<Route, "id" | "title" | "months">[];
};

/** Where a person starts from: their nation's words, their target and their gaps against it. */
function startOf(profile: Profile, dataset: Dataset) {
  const nation = profile.nation ?? DEFAULT_NATION;
  const target = findRole(dataset, profile.target ?? DEFAULT_TARGET);
  const words = nationWords(dataset, nation);
  const standing = standingOf(profile, dataset, nation, words);
  const { gaps, ready, readyIfConfirmed } = standing.gapsFor(target);
  // The person's facts, once: every rule below reads them.
  const person = personOf(profile);
  const routeContext = { profile, person, target, gaps, ready, readyIfConfirmed, nation, table: words.table, dataset, gapsFor: standing.gapsFor };
  return { nation, target, words, standing, routeContext, person };
}

type Shared = Omit<AttendeeReport, "profile">;

// People who gave the same answers get the same verdict: kept per dataset,
// frozen, as every attendee with those answers shares it.
const verdictCache = new WeakMap<Dataset, Map<string, Shared>>();
/** Verdicts kept before starting afresh: a million rows stay within memory. */
const VERDICTS_KEPT = 5000;

/** The same verdict as assess() gives, as far as a group's views show it: a workshop of thousands needs no more. */
export function assessAttendee(profile: Profile, dataset: Dataset): AttendeeReport {
  const key = profileKey(profile);
  let byKey = verdictCache.get(dataset);
  if (!byKey) verdictCache.set(dataset, (byKey = new Map()));
  let verdict = key === undefined ? undefined : byKey.get(key);
  if (!verdict) {
    const { nation, target, routeContext } = startOf(profile, dataset);
    const best = bestRoute(routeContext);
    const { gaps, ready, readyIfConfirmed } = routeContext;
    // The lists and the route are shared, so frozen; the target is the dataset's own, which stays as it is.
    const routes = best ? [Object.freeze({ ...best, months: Object.freeze(best.months) })] : [];
    const toCheck = Object.freeze(toCheckOf(gaps)) as string[];
    verdict = { nation, target, ready, readyIfConfirmed, gaps: Object.freeze(gaps) as Gap[], recommended: best?.id ?? "", routes: Object.freeze(routes), verdict: verdictOf(gaps, ready, readyIfConfirmed), toCheck };
    if (key !== undefined) {
      if (byKey.size >= VERDICTS_KEPT) byKey.clear();
      byKey.set(key, verdict);
    }
  }
  return { profile, ...verdict };
}

/**
 * The roles after the target that start on a higher band than it and whose
 * essentials the person meets. Not for someone told to refresh their skills
 * first: years away make a senior post a step too far for a first application.
 */
function higherRolesMet(next: readonly NextRole[], target: Role, notes: readonly NoteFinding[]): NoteFinding[] {
  if (notes.some((n) => n.code === "refresh-skills")) return [];
  const entry = (bands: readonly string[]) => [...bands].sort(compareBands)[0];
  const targetEntry = entry(target.bands);
  if (targetEntry === undefined) return [];
  const roles = next.filter((n) => n.ready && n.bands.length > 0 && compareBands(entry(n.bands)!, targetEntry) > 0).map((n) => n.id);
  return roles.length > 0 ? [{ code: "meets-higher-roles", roles, target: target.id }] : [];
}

export function assess(profile: Profile, dataset: Dataset): Report {
  // 1. Where the person stands against each requirement.
  const { nation, target, words, standing, routeContext, person } = startOf(profile, dataset);
  const { info, table } = words;
  const { implied, gapsFor } = standing;
  const { gaps, ready, readyIfConfirmed } = routeContext;

  // 2. The routes, best fit first.
  const routes = rankRoutes(routeContext);

  // 3. What the role leads to, with its pay, and what each asks of this person.
  const { next, targetPay } = onwards(dataset, target, table);
  const nextForPerson: NextRole[] = next.map((n) => {
    const role = roleById(dataset, n.id)!;
    const theirs = gapsFor(role);
    // Field by field: n is frozen, and spreading a frozen object takes V8's slow path.
    return { id: n.id, title: n.title, bands: [...n.bands], pay: [...n.pay], ...(n.payYear === undefined ? {} : { payYear: n.payYear }), ready: theirs.ready, lacks: lacking(theirs.gaps) };
  });
  const payChange = payChangeFor(profile, target, table, info, person, legalMinimum(dataset, person));
  const circumstances = adultNotes({ profile, nation, info, table, target, best: routes[0], gaps });

  return {
    profile,
    nation,
    ...(table ? { payYear: table.payYear } : {}),
    target,
    targetPay,
    ready,
    readyIfConfirmed,
    gaps,
    routes,
    recommended: routes[0]?.id ?? "",
    next: nextForPerson,
    ...(payChange ? { payChange } : {}),
    implied,
    notes: personNotes(words, person, nation, target, routes),
    verdict: verdictOf(gaps, ready, readyIfConfirmed),
    toCheck: toCheckOf(gaps),
    mayHoldRole: ready && mayHoldRole(profile, target),
    noteFindings: [...circumstances, ...higherRolesMet(nextForPerson, target, circumstances)],
  };
}
