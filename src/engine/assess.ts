// The whole verdict for one person: their gaps against the target role, the
// routes ranked for them, and the pay along the way.

import { assessGaps, isReady } from "./gaps.js";
import { bandRange, findBand, findTable } from "./pay.js";
import { deepFreeze, rankRoutes } from "./routes.js";
import { closest } from "./words.js";
import type { Dataset, NextRole, Nation, PayTable, Profile, Report, Role } from "./types.js";

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

const onwardsCache = new WeakMap<Dataset, Map<string, { next: NextRole[]; targetPay: ReturnType<typeof rolePay> }>>();

function onwards(dataset: Dataset, target: Role, table: PayTable | undefined) {
  let byKey = onwardsCache.get(dataset);
  if (!byKey) onwardsCache.set(dataset, (byKey = new Map()));
  const key = `${target.id} ${table?.nation ?? ""} ${table?.payYear ?? ""}`;
  let hit = byKey.get(key);
  if (!hit) {
    const next: NextRole[] = target.leadsTo.flatMap((id) => {
      const role = dataset.roles.find((r) => r.id === id);
      if (!role) return [];
      return [{ id: role.id, title: role.title, bands: [...role.bands], pay: rolePay(role, table), ...(table ? { payYear: table.payYear } : {}) }];
    });
    hit = deepFreeze({ next, targetPay: rolePay(target, table) });
    byKey.set(key, hit);
  }
  return hit;
}

export function assess(profile: Profile, dataset: Dataset): Report {
  const nation = profile.nation ?? DEFAULT_NATION;
  const target = findRole(dataset, profile.target ?? DEFAULT_TARGET);
  const table = findTable(dataset.pay, nation);

  // 1. Where the person stands against each requirement.
  const gaps = assessGaps(profile, target, dataset);
  const ready = isReady(gaps);

  // 2. The routes, best fit first.
  const routes = rankRoutes(profile, target, gaps, ready, nation, table, dataset);

  // 3. What the role leads to, with its pay: the same for everyone aiming at
  // this role in this nation, so worked out once per dataset.
  const { next, targetPay } = onwards(dataset, target, table);

  return {
    profile,
    nation,
    ...(table ? { payYear: table.payYear } : {}),
    target,
    targetPay,
    ready,
    gaps,
    routes,
    recommended: routes[0]?.id ?? "",
    next,
  };
}
