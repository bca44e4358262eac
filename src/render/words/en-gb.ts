// Every word the reports say to people, in en-GB, keyed by the engine's
// finding codes (src/engine/findings.ts). A code with no wording here fails
// the type check. Written as tagged templates (see tag.ts) so that a test
// locale can prove nothing on screen bypasses this file; en-GB is that
// catalogue with the text as written.

import type { Finding, FindingCode } from "../../engine/findings.js";
import type { CurrentJob, ExperienceKind } from "../../engine/types.js";
import type { Phrases } from "./phrases.js";
import { asWritten, type Tag } from "./tag.js";

/** What a wording can draw on: titles from the data by id, the nation's words, and the formatters. */
export interface WordContext extends Phrases {
  /** A requirement's title by id, from the role assessed (or any role). */
  requirementTitle(id: string): string;
  /** A role's title by id. */
  roleTitle(id: string): string;
  /** A qualification's title by id. */
  qualificationTitle(id: string): string;
  /** A qualification's name as tables show it: its short name where it has one. */
  qualificationName(id: string): string;
  /** The data's own words for a requirement, by id: what it needs (needText) or its advice. */
  requirementText(id: string, field: "needText" | "advice"): string;
  /** The person's nation's advice for a requirement, by id. */
  nationAdvice(id: string): string;
  /** The nation's short name for its health service: NHS, HSC. */
  serviceShort: string;
  /** The catalogue itself, for wordings built from others. */
  words: Catalogue;
}

export type FindingWords = { [C in FindingCode]: (f: Extract<Finding, { code: C }>, w: WordContext) => string };

export interface Catalogue {
  t: Tag;
  findings: FindingWords;
  /** A job as the person does it, with the nation's name for its health service. */
  job(job: CurrentJob, serviceShort: string): string;
  /** A kind of experience, as in "6 years of customer-facing work". */
  experience(kind: ExperienceKind): string;
  /** The words of the reports outside any finding: labels, headings, short phrases. */
  labels: ReturnType<typeof labelsOf>;
}

function labelsOf(t: Tag) {
  return {
    /** A role in the pay chart: "Medical secretary, band 4". */
    roleAtBand: (title: string, band: string | undefined) => (band === undefined ? title : t`${title}, band ${band}`),
    /** {role} in a route's text where the route leads into several roles: "Get a suitable post". */
    anyTarget: t`suitable`,
  };
}

export function catalogueOf(t: Tag): Catalogue {
  const experience: Record<ExperienceKind, string> = {
    admin: t`office or admin work`,
    customerService: t`customer-facing work`,
    healthcare: t`work in a healthcare setting`,
    secretarial: t`secretarial or PA work`,
  };
  const job = (j: CurrentJob, s: string): string => {
    switch (j) {
      case "not-working":
        return t`studying, or not in a job`;
      case "customer-facing":
        return t`customer-facing work`;
      case "office":
        return t`office work`;
      case "secretarial":
        return t`secretarial or PA work outside healthcare`;
      case "gp-practice":
        return t`GP practice staff`;
      case "nhs-admin":
        return t`${s} admin staff`;
      case "nhs-clinical":
        return t`${s} clinical staff`;
      case "care-or-private-healthcare":
        return t`private healthcare or care staff`;
      case "nhs-support":
        return t`${s} support staff`;
    }
  };
  const titles = (ids: readonly string[], w: WordContext) => w.list(ids.map((id) => w.inSentence(w.requirementTitle(id))));
  const findings: FindingWords = {
    // ---- why a route fits, or does not ----
    "route-started": () => t`You have started it: finishing it is the surest way on.`,
    "meets-every-essential": () => t`You meet every essential requirement now.`,
    "meets-every-essential-told": (f, w) => t`You meet every essential requirement you told us about; check your ${titles(f.check, w)} first.`,
    "closes-essential-gaps": ({ closed, of, left }, w) => {
      if (of === 1) return closed === 1 ? t`Closes your essential gap.` : t`Does not close your essential gap by itself.`;
      if (closed === 0) return t`Closes none of your ${of} essential gaps by itself.`;
      if (closed === of) return of === 2 ? t`Closes both your essential gaps.` : t`Closes all ${of} of your essential gaps.`;
      return t`Closes ${closed} of your ${of} essential gaps, but leaves your ${titles(left, w)} open.`;
    },
    "earns-alongside-job": () => t`You study alongside your current job, so you keep earning, as you said you need to.`,
    "paid-throughout": () => t`Paid throughout, and you said you need to earn while you learn.`,
    "unpaid-must-earn": () => t`Not paid, and you said you need to earn while you learn.`,
    "unpaid-fits-job-if-any": () => t`The study is unpaid: it fits around a job, if you have one (you did not say).`,
    "counts-as-required-learning": ({ age }) => t`Counts as the education or training you must be in until you are ${age}.`,
    "job-not-required-learning": ({ age }) => t`Until you are ${age}, a job counts as training only with part-time study alongside it, or as an apprenticeship.`,
    "needs-study-time": () => t`Needs study time you said you cannot give now.`,
    "part-time-study-fits": () => t`Part-time study, which you said you can fit in.`,
    "made-for-newcomers": () => t`Made for people with little work experience yet.`,
    "newcomer-route-step-back": ({ months }, w) => t`Made for newcomers: with ${w.duration(months)} of office work, a shorter route suits you better.`,
    "only-for-jobs": ({ jobs }, w) => t`Only for ${w.list(jobs.map((j) => job(j, w.serviceShort)), "or")}: you did not say where you work now.`,
    "open-to-job": (f, w) => t`Open to you as ${job(f.job, w.serviceShort)}.`,
    "builds-on-experience": (f, w) => t`Builds on your ${w.duration(f.months)} of ${experience[f.kind]}.`,

    // ---- how a step is paid ----
    "pay-set-by-employer": () => t`Pay is set by the employer.`,
    "gp-practice-sets-pay": (_, w) => t`GP practices set their own pay; the ${w.serviceShort} band is a guide.`,
    "apprentice-keeps-pay-point": ({ band }) => t`As an NHS employee in England training for a post at band ${band} or above, you keep your pay point (rule from 1 July 2024).`,
    "apprentice-minimum": (f, w) => {
      const later =
        f.laterPerHour !== undefined
          ? t` After the first year, at least the minimum for your age: ${w.pence(f.laterPerHour)} an hour.`
          : f.laterAgeUnknown
            ? t` After the first year, from 19, the minimum for your age applies.`
            : "";
      const mayKeep = f.mayKeepPayPoint ? t` As an NHS employee in England, you keep your pay point if the post you train for is at your band or above (rule from 1 July 2024).` : "";
      return t`At least the apprentice minimum wage in the first year.${later} NHS Staff Council guidance is that NHS apprentices are paid under Agenda for Change's trainee rules, which can mean more.${mayKeep}`;
    },
    "not-working-unpaid": () => t`You said you are not working now: this step earns nothing unless you find work alongside it.`,
    "keeps-current-pay": () => t`Keep your current job and pay while you do this.`,
    "keeps-current-pay-if-any": () => t`Keep your current job and pay, if you have one, while you do this.`,
    "alongside-post-held": () => t`Alongside the post you hold by then.`,

    // ---- what a person has, and what a requirement needs ----
    wpm: ({ wpm }) => t`${wpm} wpm`,
    "not-known": () => t`not known`,
    "not-sure": () => t`not sure`,
    yes: () => t`yes`,
    no: () => t`no`,
    terminology: ({ level, as, atLeast }) => {
      const words = level === "none" ? t`none` : level === "some" ? t`some knowledge` : as === "need" ? t`a qualification` : t`qualified`;
      return atLeast ? t`at least ${words}` : words;
    },
    "office-skills": ({ level, atLeast }) => {
      const words = level === "none" ? t`none` : level === "basic" ? t`basic` : t`confident`;
      return atLeast ? t`at least ${words}` : words;
    },
    duration: ({ months }, w) => w.duration(months),
    "qualifications-held": ({ ids }, w) => ids.map((id) => w.qualificationName(id)).join(", "),
    "none-listed": () => t`none listed`,
    "qualifications-needed": ({ groups }, w) => groups.map((g) => g.map((id) => w.qualificationName(id)).join(t` or `)).join(t`; and `),
    "need-from-data": ({ requirement }, w) => w.requirementText(requirement, "needText"),

    // ---- what to do about a gap ----
    "measure-typing": () => t`Measure it: \`medsec-path typing-test\` takes a minute and gives your net words per minute (a free online test does too); employers often test it at interview.`,
    "practise-typing": () => t`Daily touch-typing practice, then test again with \`medsec-path typing-test\`: employers often test speed at interview.`,
    "audio-typing-explained": () => t`Not known: if you have typed letters from recorded dictation, you have done audio typing.`,
    "say-how-long": (f, w) => t`You work as ${job(f.job, w.serviceShort)} now but gave no length of it: say how long, and this may be met.`,
    "check-seniority": ({ months }, w) => t`Your ${w.duration(months)} count if enough of it was senior: running an office or a team, budgets, staff. We do not ask that, so check it against the adverts.`,
    "advice-from-data": (f, w) => {
      const text = f.from === "nation" ? w.nationAdvice(f.requirement) : w.requirementText(f.requirement, "advice");
      return f.unknown ? t`Not known: check it. ${text}` : text;
    },

    // ---- why a skill counts as shown ----
    "shown-by-qualification": (f, w) => t`your ${w.qualificationName(f.qualification)}`,
    "shown-by-work": (f, w) => (f.kind === "secretarial" ? t`${w.duration(f.months)} of secretarial or PA work` : t`${w.duration(f.months)} of office work`),
    "shown-by-job": (f) => (f.job === "secretarial" ? t`your secretarial or PA job` : t`your NHS clinical work`),

    // ---- a step begun ----
    "finish-started": (f, w) => t`Finish the ${w.qualificationTitle(f.qualification)} you have started`,
  };
  return { t, findings, job, experience: (kind) => experience[kind], labels: labelsOf(t) };
}

/** The catalogue as people read it. */
export const enGB: Catalogue = catalogueOf(asWritten);
