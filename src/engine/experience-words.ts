// Every sentence issue 16 added to the engine, one small function each, named
// for the finding code it will become when wording moves to src/render's
// catalogue (issue 21). Decisions stay in experience.ts and routes.ts: these
// only put figures and names into words.

import { durationWords } from "./words.js";

const pounds = (n: number) => `£${Math.round(n).toLocaleString("en-GB")}`;
const perHourWords = (n: number) => `£${n.toFixed(2)}`;

/** Why "apply and learn in post" is open to someone whose office or clinical record proves enough. */
export function provenExperience({ months, what }: { months: number; what: string }): string {
  return `Your ${durationWords(months)} of ${what} show what band 3 posts ask for: apply now, and learn what is missing (audio typing, medical terms, the NHS systems) in post.`;
}

/** The apprenticeship's cost for an adult: apprentice pay against an entry post, for how long. */
export function apprenticeCost({ perHour, entryBand, entrySalary, shortfall, months }: { perHour: number; entryBand: string; entrySalary: number; shortfall: number; months: { min: number; max: number } }): string {
  const length = months.min === months.max ? `${months.max} months` : `${months.min} to ${months.max} months`;
  return `It costs you pay: at least ${perHourWords(perHour)} an hour as an apprentice, about ${pounds(shortfall)} a year less than a band ${entryBand} post (${pounds(entrySalary)}), for ${length}.`;
}

/** An apprenticeship offered to a graduate who did not ask for one: a long way round, so never first. */
export function apprenticeshipForGraduate(): string {
  return "With a degree you can apply for posts now: an apprenticeship is the long way round, unless you want one.";
}

/** Another route that can run beside the course the person is finishing. */
export function besideStarted({ course }: { course: string }): string {
  return `You can do this while you finish your ${course}.`;
}

/** The title of a step the person is part-way through where its award has changed name: the course, not the old award. */
export function finishStartedCourse(): string {
  return "Finish the course you have started";
}

/**
 * How bank shifts are paid: by the hour at the band's rate, worked out from the
 * band's entry point on the nation's pay table, for the shifts the person chooses.
 */
export function bankPayPerShift({ band, perHour, entrySalary, table }: { band: string; perHour: number; entrySalary: number; table: string }): string {
  return `Bank shifts are paid per shift, by the hour, for the shifts you choose: about ${perHourWords(perHour)} an hour at band ${band} (the entry point on the ${table} table, ${pounds(entrySalary)}, ÷ 52.143 weeks ÷ 37.5 hours). Each bank sets its own point in the band, and may add holiday pay to the hourly rate: check its rate card.`;
}

/** Practice management asks for management, which years of office work alone do not show. */
export function managementToGain({ months }: { months: string }): string {
  return `Your ${months} of office work count towards it, but practice manager posts ask for management: staff, budgets, contracts. Gain it as an assistant or deputy practice manager in a GP practice, with a management qualification alongside.`;
}
