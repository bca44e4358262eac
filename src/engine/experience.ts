// Experience judged by what it proves, not by the box it was entered under
// (issue 16). Twelve years of army HR work prove as much keyboard and office
// work as twelve years as a secretary; a doctor trained abroad knows medical
// language beyond any certificate. The rules here decide which proofs a
// person's record holds; routes.yaml says which routes each proof opens
// (openToProven) or makes a step back (notForProven). Wording lives in
// the render catalogue (src/render/words/en-gb.ts).

import { experienceMonths } from "./person.js";
import type { Gap, Profile, Proof } from "./types.js";

/**
 * Two years of office, admin or secretarial work, in any setting: the line
 * advisers draw between someone who needs office experience and someone who
 * has more of it than a band 2 or 3 post asks. Also the line past which an
 * apprenticeship made for newcomers is a step back.
 */
export const PROVEN_OFFICE_MONTHS = 24;
/** Two years of clinical work with medical language at a qualified level: a nurse, a doctor, a paramedic, not a new care assistant. */
export const PROVEN_CLINICAL_MONTHS = 24;
/** Qualifications at this level (a degree is 6) show the study a year-long college course would teach. */
export const DEGREE_LEVEL = 6;

/** What the person's record proves, each at most once. */
export function proofsOf(profile: Profile, levelOf: (qualificationId: string) => number | undefined): Proof[] {
  const proofs: Proof[] = [];
  if (experienceMonths(profile, ["admin", "secretarial"]) >= PROVEN_OFFICE_MONTHS) proofs.push("office");
  // Their own answer, not one implied from their job: "qualified" terms is what a clinician says.
  if (profile.experience.healthcareMonths >= PROVEN_CLINICAL_MONTHS && profile.medicalTerminology === "qualified") proofs.push("clinical");
  if (profile.qualifications.some((q) => (levelOf(q) ?? 0) >= DEGREE_LEVEL)) proofs.push("degree");
  return proofs;
}

/**
 * Whether the person types at the target's threshold: a proof opens "apply and
 * learn in post" only with the keyboard speed the post sifts on. A target that
 * asks no speed (a coder) counts as met.
 */
export function typesAtThreshold(gaps: readonly Gap[]): boolean {
  const typing = gaps.find((g) => g.kind === "typing");
  // Not known is to check, never a reason to route anyone longer (test/engine/properties.test.ts).
  return typing === undefined || typing.status === "met" || typing.status === "unknown";
}
