// The whole verdict for one person: their gaps against the target role, the
// routes ranked for them, the pay along the way, and what the roles beyond it
// ask of them.

import { assessGaps, isReady, isReadyIfConfirmed, openGaps, skillsOf } from "./gaps.js";
import { fillIn, nationInfo } from "./nations.js";
import { bandRange, findBand, findTable } from "./pay.js";
import { impliedFacts, isNhsStaff, noteApplies } from "./person.js";
import { compareBands, deepFreeze, rankRoutes, type GapsFor } from "./routes.js";
import { closest, inSentence } from "./words.js";
import type { Dataset, Gap, NationInfo, NextRole, Nation, PayChange, PayTable, Profile, Report, Role } from "./types.js";

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
  const role = dataset.roles.find((r) => r.id === id);
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
      const role = dataset.roles.find((r) => r.id === id);
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
export function payChangeFor(profile: Profile, target: Role, table: PayTable | undefined, info?: NationInfo): PayChange | undefined {
  const own = profile.nhsBand;
  if (!own || !table || isNhsStaff(profile) === false) return undefined;
  const now = findBand(table, own);
  const pay = rolePay(target, table);
  if (!now || pay.length === 0) return undefined;
  const current = bandRange(now);
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
  const job = profile.currentJob;
  const notes = (info?.payNotes ?? []).filter((n) => (n.when === "any" || moves.has(n.when)) && (!n.jobs || (job !== undefined && n.jobs.includes(job)))).map((n) => n.note);
  return { band: own, now: current, target: targetRange, direction, atLeast: Math.max(0, atLeast), atMost: Math.max(0, atMost), byBand: byBand.map((b) => ({ ...b })), notes: [...new Set(notes)] };
}

/** The nation's notes that apply to this person (their age and job), in the nation's words. */
function personNotes(info: NationInfo | undefined, profile: Profile, nation: Nation, target: Role): string[] {
  return (info?.notes ?? []).filter((n) => noteApplies(n, profile, nation)).map((n) => fillIn(n.note, inSentence(target.title), info, nation));
}

/** The essential requirements a role asks that the person does not yet meet, by title. */
function lacking(gaps: readonly Gap[]): string[] {
  return openGaps(gaps).filter((g) => g.essential).map((g) => g.title);
}

export function assess(profile: Profile, dataset: Dataset): Report {
  const nation = profile.nation ?? DEFAULT_NATION;
  const target = findRole(dataset, profile.target ?? DEFAULT_TARGET);
  const table = findTable(dataset.pay, nation);
  const info = nationInfo(dataset, nation);
  const advice = info?.advice ? Object.fromEntries(Object.entries(info.advice).map(([id, a]) => [id, a.text])) : undefined;

  // 1. Where the person stands against each requirement: what they said,
  // raised by their qualifications and by what their other answers imply.
  const implied = impliedFacts(profile);
  const skills = skillsOf(profile, dataset.qualifications, implied);
  const gapsFor: GapsFor = (role) => {
    const gaps = assessGaps(profile, role, dataset, skills, nation, advice);
    return { gaps, ready: isReady(gaps), readyIfConfirmed: isReadyIfConfirmed(gaps) };
  };
  const { gaps, ready, readyIfConfirmed } = gapsFor(target);

  // 2. The routes, best fit first.
  const routes = rankRoutes({ profile, target, gaps, ready, readyIfConfirmed, nation, table, dataset, gapsFor });

  // 3. What the role leads to, with its pay, and what each asks of this person.
  const { next, targetPay } = onwards(dataset, target, table);
  const nextForPerson: NextRole[] = next.map((n) => {
    const role = dataset.roles.find((r) => r.id === n.id)!;
    const theirs = gapsFor(role);
    return { ...n, pay: [...n.pay], bands: [...n.bands], ready: theirs.ready, lacks: lacking(theirs.gaps) };
  });
  const payChange = payChangeFor(profile, target, table, info);

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
    notes: personNotes(info, profile, nation, target),
  };
}
