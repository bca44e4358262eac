// The closed lists of words the data, the answers and the engine share. They
// live below the engine so that the data's schemas (schema.ts, beside this)
// can use them without the engine importing zod. Plain constants: loading
// this module costs nothing at start-up.

export const NATIONS = ["england", "scotland", "wales", "northern-ireland"] as const;
export type Nation = (typeof NATIONS)[number];

export const TERMINOLOGY_LEVELS = ["none", "some", "qualified"] as const;
export type TerminologyLevel = (typeof TERMINOLOGY_LEVELS)[number];

export const OFFICE_LEVELS = ["none", "basic", "confident"] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];

export const EXPERIENCE_KINDS = ["admin", "customerService", "healthcare", "secretarial"] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

export const SETTINGS = ["hospital-trust", "gp-practice", "private-healthcare", "community-trust"] as const;
export type Setting = (typeof SETTINGS)[number];

/** What a person does now: the questionnaire's "where are you now?". */
export const CURRENT_JOBS = [
  "not-working",
  "customer-facing",
  "office",
  "secretarial",
  "gp-practice",
  "nhs-admin",
  "nhs-clinical",
  "care-or-private-healthcare",
  // Added after the first eight, so that none moves: porters, domestics, catering, estates.
  "nhs-support",
] as const;
export type CurrentJob = (typeof CURRENT_JOBS)[number];

/** The jobs of NHS staff (a trust or board): those asked their band. */
export const NHS_JOBS: readonly CurrentJob[] = ["nhs-admin", "nhs-clinical", "nhs-support"];

/** Agenda for Change bands, lowest first. Not every nation pays every band (England has no band 1). */
export const AFC_BANDS = ["1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"] as const;

/** The age groups the minimum wage, apprenticeships and bank work turn on. */
export const AGE_GROUPS = ["16-17", "18", "19-20", "21+"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/**
 * What may apply to an adult (issue 15): carer; armed-forces (served, or the
 * partner of someone who did); adjustments (at interview or a typing test, for
 * a disability or health condition: the reason is never asked or kept);
 * qualified-abroad (school or college qualifications from outside the UK).
 */
export const CIRCUMSTANCES = ["carer", "armed-forces", "adjustments", "qualified-abroad"] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];

/** How much Welsh a person in Wales has. */
export const WELSH_LEVELS = ["none", "learning", "fluent"] as const;
export type WelshLevel = (typeof WELSH_LEVELS)[number];

/** The legal minimum wage's own age bands, and its apprentice rate. */
export const WAGE_BANDS = ["21-and-over", "18-to-20", "under-18", "apprentice"] as const;
export type WageBand = (typeof WAGE_BANDS)[number];

/** The kinds of text the typing test's passages imitate. */
export const PASSAGE_STYLES = ["plain", "clinic-letter", "appointment-change", "discharge-summary"] as const;
export type PassageStyle = (typeof PASSAGE_STYLES)[number];

/**
 * What a person's record proves, whatever box it was entered under (issue 16):
 * office work of two years or more in any setting (the armed forces too),
 * professional clinical work, or a degree. Routes say which of these make them
 * a step back, or open them; src/engine/experience.ts decides who has which.
 */
export const PROOFS = ["office", "clinical", "degree"] as const;
export type Proof = (typeof PROOFS)[number];
