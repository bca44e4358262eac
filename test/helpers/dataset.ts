// The shipped data, loaded from data/*.yaml through the same loader as --data.
import { EMPTY_DATASET, loadDataLayer } from "../../src/data/load.js";
import type { Dataset, Profile, Report, Route } from "../../src/engine/types.js";
import { reasonWords, wordContext } from "../../src/render/words/index.js";

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

/** A route's reasons as a person reads them: the engine's findings worded by the en-GB catalogue. */
export function reasonTexts(report: Report, route: Route = report.routes[0]!, dataset: Dataset = shippedDataset()): string[] {
  return reasonWords(route, wordContext(dataset, report.nation, report.target));
}
