// The shipped data, loaded from data/*.yaml through the same loader as --data.
import { EMPTY_DATASET, loadDataLayer } from "../../src/data/load.js";
import type { Finding } from "../../src/engine/findings.js";
import type { Dataset, Profile, Report, Route, RouteStep } from "../../src/engine/types.js";
import { reasonWords, stepTitleWords, word, wordContext } from "../../src/render/words/index.js";

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

/** A finding of a report (a gap's have or advice, a pay note) as a person reads it. */
export function findingText(report: Report, finding: Finding | undefined, dataset: Dataset = shippedDataset()): string | undefined {
  return finding && word(finding, wordContext(dataset, report.nation, report.target));
}

/** A step's title as a person reads it. */
export function stepTitleText(report: Report, step: RouteStep, dataset: Dataset = shippedDataset()): string {
  return stepTitleWords(step, wordContext(dataset, report.nation, report.target));
}
