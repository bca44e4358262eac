// Roles, qualifications and nations by id. A workshop of 10,000 asks for them
// hundreds of thousands of times: each list is indexed once per dataset rather
// than searched on every question. A dataset is never changed once loaded
// (the engine's other caches rest on that too).

import type { Dataset, Nation, NationInfo, Qualification, Role } from "./types.js";

interface Index {
  roles: Map<string, Role>;
  qualifications: Map<string, Qualification>;
  nations: Map<Nation, NationInfo>;
}

const indexes = new WeakMap<Dataset, Index>();

/** The first of each id wins, as a search from the front would find it. */
function byId<K, T extends { id: K }>(items: readonly T[]): Map<K, T> {
  const map = new Map<K, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function indexOf(dataset: Dataset): Index {
  let index = indexes.get(dataset);
  if (!index) {
    index = { roles: byId(dataset.roles), qualifications: byId(dataset.qualifications), nations: byId(dataset.nations) };
    indexes.set(dataset, index);
  }
  return index;
}

export function roleById(dataset: Dataset, id: string): Role | undefined {
  return indexOf(dataset).roles.get(id);
}

export function qualificationById(dataset: Dataset, id: string): Qualification | undefined {
  return indexOf(dataset).qualifications.get(id);
}

export function nationById(dataset: Dataset, nation: Nation): NationInfo | undefined {
  return indexOf(dataset).nations.get(nation);
}
