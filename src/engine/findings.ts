// What the engine finds, as codes with typed parameters: never as sentences.
// Every reason a route fits or does not, every note on a step's pay and every
// part of a step the person has started is one of these; src/render/words
// words each code for people (one catalogue, en-GB), and scripts read the
// codes from the JSON. Titles and names from data/ are referenced by id, so
// a renamed qualification or requirement needs no change here.
//
// To add a finding: add its member to the union below, then its wording to
// the catalogue (src/render/words/en-gb.ts). The catalogue is typed by this
// union, so a code with no wording fails the type check.

import type { CurrentJob, ExperienceKind, Nation, OfficeLevel, TerminologyLevel } from "../model/vocabulary.js";

/** A number and what it counts, where a finding gives an amount. */
export interface Quantity {
  value: number;
  unit: "wpm" | "months";
}

/** Why a route fits a person or does not: each reason of a route's "Why". */
export type ReasonFinding =
  /** The person is part-way through the route's own training. */
  | { code: "route-started" }
  /** Every essential requirement is met now. */
  | { code: "meets-every-essential" }
  /** Every essential requirement the person told us about is met; `check` lists the requirement ids not known. */
  | { code: "meets-every-essential-told"; check: string[] }
  /** How many of the person's essential gaps the route closes; `left` are the requirement ids it leaves open. */
  | { code: "closes-essential-gaps"; closed: number; of: number; left: string[] }
  /** The person studies alongside the job they have, so keeps earning, as they said they must. */
  | { code: "earns-alongside-job" }
  /** Every step is paid, and the person said they must earn. */
  | { code: "paid-throughout" }
  /** Some step is unpaid, and the person said they must earn. */
  | { code: "unpaid-must-earn" }
  /** The study is unpaid, fitting around a job the person may have (they did not say). */
  | { code: "unpaid-fits-job-if-any" }
  /** The route counts as the education or training the person must be in until `age`. */
  | { code: "counts-as-required-learning"; age: number }
  /** Until `age`, a job alone does not count as the training the person must be in. */
  | { code: "job-not-required-learning"; age: number }
  /** The route needs study time the person said they cannot give. */
  | { code: "needs-study-time" }
  /** Part-time study, which the person said they can fit in. */
  | { code: "part-time-study-fits" }
  /** Made for people new to work, as the person is. */
  | { code: "made-for-newcomers" }
  /** Made for newcomers, and the person has `months` of office work: a step back. */
  | { code: "newcomer-route-step-back"; months: number }
  /** Only open to people in these jobs, and the person did not say theirs. */
  | { code: "only-for-jobs"; jobs: CurrentJob[] }
  /** Open to the person in the job they have. */
  | { code: "open-to-job"; job: CurrentJob }
  /** Builds on the person's `months` of experience of a kind. */
  | { code: "builds-on-experience"; months: number; kind: ExperienceKind }
  /**
   * The person works fewer hours a week than full time and the route is
   * training built into a job: the nation's apprenticeship hours rule (from
   * the nation's data), and whether their hours fall `short` of its minimum.
   */
  | { code: "apprenticeship-hours"; hours: number; short: boolean }
  /** An adult's cost of an apprenticeship: apprentice pay against an entry post at `entryBand`, for `months`. */
  | { code: "apprentice-cost"; perHour: number; entryBand: string; entrySalary: number; shortfall: number; months: { min: number; max: number } }
  /** A graduate offered an apprenticeship made for newcomers: the long way round. */
  | { code: "graduate-apprenticeship" }
  /** A route that can run beside the course (qualification by id) the person is finishing. */
  | { code: "beside-started"; qualification: string }
  /** "Apply and learn in post", opened by `months` of work that prove enough: office or clinical; `learn`: the skills (requirement ids) the person lacks that the route learns in post. */
  | { code: "proven-experience"; months: number; proof: "office" | "clinical"; learn?: string[] }
  /** Built on a qualification (by id) no source confirms is still open to new learners. */
  | { code: "unconfirmed-course"; qualification: string };

/** A note on how a step is paid for this person. */
export type PayNoteFinding =
  /** The role has no band: its employer sets its pay. */
  | { code: "pay-set-by-employer" }
  /** A GP practice sets its own pay: the band is a guide. */
  | { code: "gp-practice-sets-pay" }
  /** England's rule: an NHS employee training for a post at their `band` or above keeps their pay point. */
  | { code: "apprentice-keeps-pay-point"; band: string }
  /**
   * The apprentice minimum in the first year, then: at least `laterPerHour`
   * (the minimum for their age) where it differs, or the rule for those of 19
   * and over where their age is not known (`laterAgeUnknown`).
   * `mayKeepPayPoint`: an NHS employee in England who gave no band may keep their pay.
   */
  | { code: "apprentice-minimum"; laterPerHour?: number; laterAgeUnknown?: boolean; mayKeepPayPoint?: boolean; trainee?: NhsTraineeRates }
  /** The person said they do not work now (and did not say they need not earn): study alongside a job earns nothing. */
  | { code: "not-working-unpaid" }
  /** The person keeps the job and pay they have. */
  | { code: "keeps-current-pay" }
  /** The person keeps their job and pay, if they have one (they did not say). */
  | { code: "keeps-current-pay-if-any" }
  /** Alongside the post an earlier step of the route got them. */
  | { code: "alongside-post-held" }
  /**
   * Bank shifts at `band`: paid by the hour (`perHour`, the band's entry point
   * `entrySalary` on the `nation`'s `payYear` Agenda for Change table, over
   * 52.143 weeks of the nation's full-time week, `weekHours`), for the shifts the person chooses.
   */
  | { code: "bank-per-shift"; band: string; perHour: number; entrySalary: number; nation: Nation; payYear: string; /** The nation's full-time week the rate is worked out on. */ weekHours: number;
      /** The band works out below the legal minimum for their age (`tablePerHour`): `perHour` is that minimum. */
      floor?: { tablePerHour: number; awaitingAward: boolean } };

/** Annex 21's trainee rates for an apprenticeship (the step's nhsTrainee figure). */
export interface NhsTraineeRates {
  band: string;
  payYear: string;
  rates: { monthsBeforeQualifying: number; percent: number; salary: number }[];
}

/** A step worded other than by its data title. */
export type UnderwayFinding =
  /** Finish the qualification (by id) the person has begun. */
  | { code: "finish-started"; qualification: string }
  /** Finish the course the person has begun, where its award has changed name. */
  | { code: "finish-started-course" }
  /**
   * The step's data title, with a word to check with the provider that the
   * qualification (by id) it leads to is still offered: no source confirms it.
   * `title` is the data's title, filled in for the role and nation.
   */
  | { code: "check-still-offered"; title: string; qualification: string };

/**
 * What a person has against a requirement, or what it needs: the "You" and
 * "Needed" of the report. Levels are the answers-file words (none, some,
 * qualified; none, basic, confident); qualifications are by id.
 */
export type GapValueFinding =
  | { code: "wpm"; wpm: number }
  | { code: "not-known" }
  /** The person left the question blank: the words "What you told us" uses for it. */
  | { code: "not-said" }
  /** School qualifications from abroad, against GCSEs: adverts accept equivalents, so to check. */
  | { code: "equivalents-to-check" }
  /** Audio typing, as a qualification covers it. */
  | { code: "audio-typing" }
  /** Medical terminology at a level, as a qualification covers it. */
  | { code: "covers-terminology"; level: TerminologyLevel }
  /** Office skills at a level, as a qualification covers it. */
  | { code: "covers-office"; level: OfficeLevel }
  /** What the person said (`said`), beside a qualification (by id) that covered more (`shows`): their answer stands. */
  | { code: "said-over-qualification"; said: GapValueFinding; qualification: string; shows: GapValueFinding }
  /** Audio typing, where the person was not sure. */
  | { code: "not-sure" }
  | { code: "yes" }
  | { code: "no" }
  /** A level of medical terminology: as a person has it ("qualified"), or as a role asks it ("a qualification"). */
  | { code: "terminology"; level: TerminologyLevel; as: "have" | "need"; atLeast?: boolean }
  | { code: "office-skills"; level: OfficeLevel; atLeast?: boolean }
  | { code: "duration"; months: number }
  /** The qualifications held that count, by id. */
  | { code: "qualifications-held"; ids: string[] }
  /** No qualification listed (the person said which they hold, and none counts). */
  | { code: "none-listed" }
  /** Qualifications held that count (`held`, ids), and one the person is working towards (`studying`, ids): not met until passed. */
  | { code: "working-towards"; held: string[]; studying: string[] }
  /** Every group, one of each: by id, each group's in the person's nation first. */
  | { code: "qualifications-needed"; groups: string[][] }
  /** The requirement's own words for what it needs, from the data (by requirement id). */
  | { code: "need-from-data"; requirement: string };

/** What to do about a gap. */
export type AdviceFinding =
  /** Typing speed not given: measure it. */
  | { code: "measure-typing" }
  /** Typing short of the need: practise, then test again. */
  | { code: "practise-typing" }
  /** Not sure about audio typing: what counts as it. */
  | { code: "audio-typing-explained" }
  /** The person works in a job of this kind but gave no length of it. */
  | { code: "say-how-long"; job: CurrentJob }
  /**
   * The data's advice for the requirement (by id): the nation's own where it
   * has one, else the requirement's. `unknown`: the status is not known, so
   * check it first.
   */
  | { code: "advice-from-data"; requirement: string; from: "nation" | "requirement"; unknown?: boolean }
  /** School qualifications from abroad: a statement of comparability from UK ENIC. */
  | { code: "statement-of-comparability" }
  /** `months` of office work count, but practice manager posts ask for management: where to gain it. */
  | { code: "gain-management"; months: number }
  /**
   * The person is working towards `studying` (ids), which count for
   * `requirement`: finish it. `rest`: a part is still missing, so the data's
   * advice for the requirement (the nation's own where it has one) follows.
   */
  | { code: "finish-studying"; requirement: string; studying: string[]; rest: boolean; from?: "nation" | "requirement" };

/** A note for the person as a whole, from their circumstances (issue 15). */
export type NoteFinding =
  /**
   * Pay for the `hours` a week the person gave, pro rata to the nation's
   * `fullTimeHours`, line by line: their own pay point (`own`) or a band.
   */
  | { code: "pro-rata-pay"; hours: number; fullTimeHours: number; nation: Nation; payYear?: string; lines: ProRataLine[] }
  /**
   * A carer's benefit's weekly earnings limit (the nation's data), and where
   * their hours are known, what the first band on their way comes to against it.
   */
  | {
      code: "carer-earnings-limit";
      nation: Nation;
      /**
       * `over`: the weekly pay passes the limit (where the nation's data gives one); `hoursUnder`: the most whole
       * hours that stay under it; `fullTime`: the hours are a full-time week, because the person said full time
       * or more hours than one post's full-time week (their own figure would be two jobs, not this pay).
       */
      pay?: { hours: number; band: string; weekly: number; hoursUnder?: number; over?: boolean; fullTime?: boolean };
    }
  /** School qualifications from abroad: a statement of comparability from UK ENIC. */
  | { code: "statement-of-comparability" }
  /** Out of work `months`: a short refresh of today's office tools before applying. */
  | { code: "refresh-skills"; months: number }
  /**
   * Roles the `target` (by id) leads to (by id, in the data's order) that
   * start on a higher band than it and whose essential requirements the
   * person already meets: an adviser would have them apply for those too.
   * Not given to someone told to refresh their skills after years away.
   */
  | { code: "meets-higher-roles"; roles: string[]; target: string };

/** One line of pay for some hours: the person's own pay point on a band, or a band's entry point. */
export interface ProRataLine {
  band: string;
  own?: boolean;
  fullTime: number;
  yearly: number;
  weekly: number;
}

/** An NHS employee's own pay point on their band, from the years they gave: beside a pay change. */
export type PayPointFinding = {
  code: "pay-point";
  band: string;
  years: number;
  salary: number;
  direction: "cut" | "overlap" | "rise";
  next?: { salary: number; afterYears: number };
  /** Where the point works out below the legal minimum an hour: the full-time year at the minimum, which changes are from. */
  paidAtLeast?: number;
};

/** Why a skill is taken as shown where the person did not say it, or said less. */
export type BecauseFinding =
  /** A qualification they hold shows it (by id). */
  | { code: "shown-by-qualification"; qualification: string }
  /** Months of work of a kind show it. */
  | { code: "shown-by-work"; months: number; kind: "secretarial" | "office" }
  /** Their job now shows it. */
  | { code: "shown-by-job"; job: "secretarial" | "nhs-clinical" };

/** What the data check (`data --check`) could not confirm. */
export type UnconfirmedFinding =
  /** Whether a qualification (by id) is still open to new learners. */
  | { code: "course-still-open"; qualification: string }
  /** A nation's pay table, or its High Cost Area Supplements, for a pay year: with the data's reason. */
  | { code: "pay-unconfirmed"; part: "pay-table" | "supplements"; nation: Nation; payYear: string };

/** Every finding the engine gives, by its code. */
export type Finding = ReasonFinding | PayNoteFinding | UnderwayFinding | GapValueFinding | AdviceFinding | BecauseFinding | NoteFinding | PayPointFinding | UnconfirmedFinding;
export type FindingCode = Finding["code"];

/** A route's reason, and whether it argues against the route for this person (a decision, so the engine's). */
export interface RouteReason {
  finding: ReasonFinding;
  against?: boolean;
}
