// The shipped data, loaded from data/*.yaml through the same loader as --data.
import { EMPTY_DATASET, loadDataLayer } from "../../src/data/load.js";
import type { Dataset, Profile } from "../../src/engine/types.js";

let cached: Dataset | undefined;
export function shippedDataset(): Dataset {
  cached ??= loadDataLayer("data", EMPTY_DATASET, true);
  return cached;
}

export function profile(overrides: Partial<Omit<Profile, "experience">> & { experience?: Partial<Profile["experience"]> } = {}): Profile {
  const { experience, ...rest } = overrides;
  return {
    qualifications: [],
    ...rest,
    experience: { adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0, ...experience },
  };
}
