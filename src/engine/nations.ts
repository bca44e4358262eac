// Each nation's own words: what its health service is called, where its posts
// are advertised, who runs its apprenticeships. Data text may name them with
// placeholders, filled in here for the person's nation.

import type { Dataset, Nation, NationInfo } from "./types.js";
import { nationName } from "./types.js";

export function nationInfo(dataset: Dataset, nation: Nation): NationInfo | undefined {
  return dataset.nations.find((n) => n.id === nation);
}

/**
 * Fills {role}, {service}, {serviceShort}, {jobsSite}, {apprenticeships} and {nation} in data text. A
 * placeholder with nothing to fill it (no nations data) is left in words that
 * still read: "the health service", "the jobs site".
 */
export function fillIn(text: string, role: string | undefined, info: NationInfo | undefined, nation: Nation): string {
  if (!text.includes("{")) return text;
  return text
    .replaceAll("{role}", role ?? "the role")
    .replaceAll("{service}", info?.service ?? "the health service")
    .replaceAll("{serviceShort}", info?.serviceShort ?? "NHS")
    .replaceAll("{jobsSite}", info?.jobsSite.name ?? "the jobs site")
    .replaceAll("{apprenticeships}", info?.apprenticeships.name ?? "the apprenticeship service")
    .replaceAll("{nation}", info?.name ?? nationName(nation));
}
