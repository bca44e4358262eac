// Each nation's own words: what its health service is called, where its posts
// are advertised, who runs its apprenticeships. Data text may name them with
// placeholders, filled in here for the person's nation.

import { nationById } from "./lookup.js";
import type { Dataset, Nation, NationInfo } from "./types.js";
import { nationName } from "./types.js";
import { withArticle } from "./words.js";

export function nationInfo(dataset: Dataset, nation: Nation): NationInfo | undefined {
  return nationById(dataset, nation);
}

/** The placeholders data text may use, each filled in for the person's role or nation. */
export const PLACEHOLDERS = ["role", "aRole", "service", "serviceShort", "jobsSite", "apprenticeships", "nation", "practiceInspections"] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

/** Anything in braces: a known placeholder is filled in, any other is a mistake the data loader refuses. */
const BRACED = /\{([^{}]+)\}/g;

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** What fillIn reads of a nation's data: its names. A room of several nations gives words that fit them all (src/render/room-titles.ts). */
export type PlaceWords = Pick<NationInfo, "name" | "service" | "serviceShort"> & {
  jobsSite: { name: string };
  apprenticeships: { name: string };
  practiceInspections?: { text: string } | undefined;
};

/**
 * Fills {role}, {aRole} (the role with its article: "an assistant …"), {service}, {serviceShort}, {jobsSite}, {apprenticeships},
 * {nation} and {practiceInspections} (a GP practice's inspections, by the nation's own regulator) in data text. A
 * placeholder with nothing to fill it (no nations data) is left in words that
 * still read: "the health service", "the jobs site". One pass, by a
 * function: the words put in are never read again, so a nation whose name
 * holds "{service}" or "$&" is printed as it is written.
 */
export function fillIn(text: string, role: string | undefined, info: PlaceWords | undefined, nation: Nation): string {
  if (!text.includes("{")) return text;
  const words: Record<Placeholder, string> = {
    role: role ?? "the role",
    aRole: role === undefined ? "the role" : withArticle(role),
    service: info?.service ?? "the health service",
    serviceShort: info?.serviceShort ?? "NHS",
    jobsSite: info?.jobsSite.name ?? "the jobs site",
    apprenticeships: info?.apprenticeships.name ?? "the apprenticeship service",
    nation: info?.name ?? nationName(nation),
    // Each nation's own regulator (England's CQC is not Wales's inspectorate), in its data.
    practiceInspections: info?.practiceInspections?.text ?? "inspections",
  };
  return text.replace(BRACED, (whole, name: string) => (isPlaceholder(name) ? words[name] : whole));
}

/** The names in braces in `text` that are not placeholders: misspellings such as {servce}. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(BRACED)].map((m) => m[1]!).filter((name) => !isPlaceholder(name));
}
