// Why a route's time can run from a few months to years when the person is
// part-way through one of its steps: the answers say what they are working
// towards, not how far in they are, so that step counts as anywhere from
// done to not yet begun. Between two reviews the experience gained says
// roughly how far in: six months more office work on an apprenticeship that
// was not started at the earlier review is about six months of it done.

import type { ReportChange } from "../engine/compare.js";
import type { Dataset, Range, Report } from "../engine/types.js";
import { durationWords } from "../engine/words.js";
import { months } from "./format.js";

const KIND_WORDS: Record<string, string> = {
  "experience.adminMonths": "office or admin work",
  "experience.customerServiceMonths": "customer-facing work",
  "experience.healthcareMonths": "work in healthcare",
  "experience.secretarialMonths": "secretarial or PA work",
};

/** The kind of experience that grew most between the two answers files, and by how many months. */
function mostGained(change: ReportChange): { months: number; kind: string } | undefined {
  let best: { months: number; kind: string } | undefined;
  for (const a of change.answers) {
    const kind = KIND_WORDS[a.key];
    const gained = (typeof a.after === "number" ? a.after : 0) - (typeof a.before === "number" ? a.before : 0);
    if (kind && gained > 0 && (!best || gained > best.months)) best = { months: gained, kind };
  }
  return best;
}

export interface UnderwayRange {
  /** For the summary: one sentence. */
  short: string;
  /** For under the route: what the range counts, and what is left if the experience gained says how far in. */
  note: string;
}

/** What explains the time to the role when its best route finishes something already started; undefined otherwise. */
export function underwayRange(change: ReportChange, after: Report, dataset: Dataset): UnderwayRange | undefined {
  const total = change.toRole.after;
  const best = after.routes[0];
  const step = best?.id === change.recommended.after ? best.steps.find((s) => s.underway) : undefined;
  if (!total || !step) return undefined;
  const studying = after.profile.studying ?? [];
  const title = studying.length === 1 ? dataset.qualifications.find((q) => q.id === studying[0])?.title : undefined;
  const what = title ? `the ${title}` : "what you have started";
  const range = `${months(total)}, counted from today: ${what} counts as anywhere from done to not yet begun, as your answers do not say how far in you are.`;
  // Started since the earlier review: the experience gained since is about the time spent on it.
  const started = change.answers.find((a) => a.key === "studying")?.added?.length ?? 0;
  const gained = mostGained(change);
  if (started === 0 || !gained) return { short: `The ${months(total)} are counted from today, with ${what} taken as anywhere from done to not yet begun.`, note: range };
  const done = Math.min(gained.months, step.months.max);
  const left: Range = { min: total.min, max: Math.max(total.min, total.max - done) };
  const estimate = `you are ${durationWords(done)} in: ${months(left)} left, counted from today`;
  return {
    short: `If ${what} began with your ${durationWords(gained.months)} of ${gained.kind}, ${estimate}.`,
    note: `${range} If it began with your ${durationWords(gained.months)} of ${gained.kind} since then, ${estimate}.`,
  };
}
