// Every word the reports say to people, in en-GB, keyed by the engine's
// finding codes (src/engine/findings.ts). A code with no wording here fails
// the type check. Written as tagged templates (see tag.ts) so that a test
// locale can prove nothing on screen bypasses this file; en-GB is that
// catalogue with the text as written.

import type { Finding, FindingCode, NhsTraineeRates } from "../../engine/findings.js";
import { type CurrentJob, type ExperienceKind, type Nation, type NationInfo } from "../../engine/types.js";
import type { Phrases } from "./phrases.js";
import { asWritten, type Tag } from "./tag.js";
import { reportWordsOf, type ReportWords } from "./report-words.js";

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
  /** A nation's data (the report's, unless named): its carer's benefit, apprenticeship hours rule, name. */
  nationInfo(nation?: Nation): NationInfo | undefined;
  /** The data's reason a nation's pay table or supplements for a year are not published. */
  payUnconfirmed(nation: Nation, payYear: string, part: "pay-table" | "supplements"): string;
  /** The nation's short name for its health service: NHS, HSC. */
  serviceShort: string;
  /** The catalogue itself, for wordings built from others. */
  words: Catalogue;
}

export type FindingWords = { [C in FindingCode]: (f: Extract<Finding, { code: C }>, w: WordContext) => string };

export interface Catalogue {
  t: Tag;
  /** The catalogue's language as a BCP 47 tag, as documents declare it (`<html lang="en-GB">`). */
  lang: string;
  /** The nations by name, as the report's own words name them ("Pay: Agenda for Change, Wales"). */
  nations: Record<Nation, string>;
  findings: FindingWords;
  /** A job as the person does it, with the nation's name for its health service. */
  job(job: CurrentJob, serviceShort: string): string;
  /** A kind of experience, as in "6 years of customer-facing work". */
  experience(kind: ExperienceKind): string;
  /** The words of the reports outside any finding: labels, headings, short phrases. */
  labels: ReturnType<typeof labelsOf>;
  /** The report's own words: titles, headings, labels, verdicts, figures (report-words.ts). */
  report: ReportWords;
}

function labelsOf(t: Tag) {
  return {
    /** A role in the pay chart: "Medical secretary, band 4". */
    roleAtBand: (title: string, band: string | undefined) => (band === undefined ? title : t`${title}, band ${band}`),
    /** {role} in a route's text where the route leads into several roles: "Get a suitable post". */
    anyTarget: t`suitable`,
    /** A step's pay at the band an NHS employee holds now, at their own pay point: "Band 3 at your pay point, £27,476". */
    bandAtOwnPoint: (band: string, salary: string) => t`Band ${band} at your pay point, ${salary}`,
    /**
     * The verdict's word on a move down the bands, as an adviser says it: the
     * cut in pounds (from their pay point where known), and that no pay
     * protection covers a move they choose; in England, nor does the apprentice
     * pay rule, which keeps pay only towards a post at the same band or above.
     */
    payCut: (role: string, bands: string, own: string, point: string | undefined, cut: string, england: boolean, hours?: number) =>
      t` ${role} posts are on ${bands}, below your band ${own}: ${point === undefined ? "" : t`from your pay point of ${point}${hours === undefined ? "" : t` full time`}, `}a pay cut of ${cut} a year${hours === undefined ? "" : t` for your ${hours} hours a week (pro rata)`}. Pay is not protected when you choose a lower-banded post${england ? t`, nor on an apprenticeship towards one` : ""}: see "Your pay now" below.`,
    /** Under the pay footnote, where a step is a post at the person's own band. */
    ownPointFootnote: t`A post at the band you hold now is shown at your own pay point, not the band's entry point: a move at the same band keeps it.`,
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
  const hours = (h: number, w: WordContext) => w.hours(h);
  const years = (y: number, w: WordContext) => w.years(y);
  const nations: Record<Nation, string> = { england: t`England`, scotland: t`Scotland`, wales: t`Wales`, "northern-ireland": t`Northern Ireland` };
  const placeName = (n: Nation, w: WordContext) => w.nationInfo(n)?.name ?? nations[n];
  // Scotland's school qualifications are National 5s, not GCSEs.
  const comparability = (nation: Nation | undefined) => t`Adverts ask for ${nation === "scotland" ? t`National 5s` : t`GCSEs`} "or equivalent", and your qualifications from abroad may be one: ask UK ENIC (enic.org.uk) for a statement of comparability, which gives their UK level, and quote it on your application. Check its current fee on enic.org.uk.`;
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
    "apprenticeship-hours": (f, w) => {
      const rule = w.nationInfo()?.apprenticeshipHours?.rule ?? "";
      return f.short ? t`Needs more hours than your ${hours(f.hours, w)} a week: ${rule}` : t`You said ${hours(f.hours, w)} a week: ${rule}`;
    },
    "apprentice-cost": (f, w) => {
      const length = f.months.min === f.months.max ? t`${f.months.max} months` : t`${f.months.min} to ${f.months.max} months`;
      return t`It costs you pay: at least ${w.pence(f.perHour)} an hour as an apprentice, about ${w.money(f.shortfall)} a year less than a band ${f.entryBand} post (${w.money(f.entrySalary)}), for ${length}.`;
    },
    "graduate-apprenticeship": () => t`With a degree you can apply for posts now: an apprenticeship is the long way round, unless you want one.`,
    "beside-started": (f, w) => t`You can do this while you finish your ${w.qualificationName(f.qualification)}.`,
    "proven-experience": (f, w) =>
      t`Your ${w.duration(f.months)} of ${f.proof === "clinical" ? t`clinical work` : t`office or admin work`} show what band 3 posts ask for: apply now, and learn what is missing (${w.list([...(f.learn ?? ["audio-typing", "medical-terminology"]).map((id) => w.inSentence(w.requirementTitle(id))), t`the NHS systems`])}) in post.`,
    "unconfirmed-course": (f, w) => t`Built on the ${w.qualificationTitle(f.qualification)}, which we could not confirm is still open to new learners: check with the provider before you enrol.`,

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
      const more = f.trainee ? traineeWords(f.trainee, w) : t`NHS Staff Council guidance is that NHS apprentices are paid under Agenda for Change's trainee rules, which can mean more.`;
      const mayKeep = f.mayKeepPayPoint ? t` As an NHS employee in England, you keep your pay point if the post you train for is at your band or above (rule from 1 July 2024).` : "";
      return t`At least the apprentice minimum wage in the first year.${later} ${more}${mayKeep}`;
    },
    "not-working-unpaid": () => t`You said you are not working now: this step earns nothing unless you find work alongside it.`,
    "keeps-current-pay": () => t`Keep your current job and pay while you do this.`,
    "keeps-current-pay-if-any": () => t`Keep your current job and pay, if you have one, while you do this.`,
    "alongside-post-held": () => t`Alongside the post you hold by then.`,
    "bank-per-shift": (f, w) =>
      f.floor
        ? t`Bank shifts are paid per shift, by the hour, for the shifts you choose: at band ${f.band}, at least ${w.pence(f.perHour)} an hour, the legal minimum for your age${f.floor.awaitingAward ? t`, until the pay award is confirmed` : ""}. The entry point on the ${nations[f.nation]} ${f.payYear} Agenda for Change table, ${w.money(f.entrySalary)}, ÷ 52.143 weeks ÷ ${f.weekHours} hours, is ${w.pence(f.floor.tablePerHour)}, below it, and an employer must pay at least the minimum. Each bank sets its own point in the band, and may add holiday pay to the hourly rate: check its rate card.`
        : t`Bank shifts are paid per shift, by the hour, for the shifts you choose: about ${w.pence(f.perHour)} an hour at band ${f.band} (the entry point on the ${nations[f.nation]} ${f.payYear} Agenda for Change table, ${w.money(f.entrySalary)}, ÷ 52.143 weeks ÷ ${f.weekHours} hours). Each bank sets its own point in the band, and may add holiday pay to the hourly rate: check its rate card.`,

    // ---- what a person has, and what a requirement needs ----
    wpm: ({ wpm }) => t`${wpm} wpm`,
    "not-known": () => t`not known`,
    "not-said": () => t`not said`,
    "equivalents-to-check": () => t`to check: adverts accept equivalents`,
    "audio-typing": () => t`audio typing`,
    "covers-terminology": ({ level }) => t`medical terminology (${level === "none" ? t`none` : level === "some" ? t`some knowledge` : t`qualified`})`,
    "covers-office": ({ level }) => t`Office skills (${level === "none" ? t`none` : level === "basic" ? t`basic` : t`confident`})`,
    "said-over-qualification": (f, w) => t`you said ${word(f.said, w)}; your ${w.qualificationName(f.qualification)} covered ${word(f.shows, w)}`,
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
    "working-towards": ({ held, studying }, w) =>
      [...held.map((id) => w.qualificationName(id)), ...studying.map((id) => t`working towards ${w.qualificationName(id)}`)].join(", "),
    "qualifications-needed": ({ groups }, w) => groups.map((g) => g.map((id) => w.qualificationName(id)).join(t` or `)).join(t`; and `),
    "need-from-data": ({ requirement }, w) => w.requirementText(requirement, "needText"),

    // ---- what to do about a gap ----
    "measure-typing": () => t`Measure it: \`medsec-path typing-test\` takes a minute and gives your net words per minute (a free online test does too); employers often test it at interview.`,
    "practise-typing": () => t`Daily touch-typing practice, then test again with \`medsec-path typing-test\`: employers often test speed at interview.`,
    "audio-typing-explained": () => t`Not known: if you have typed letters from recorded dictation, you have done audio typing.`,
    "say-how-long": (f, w) => t`You work as ${job(f.job, w.serviceShort)} now but gave no length of it: say how long, and this may be met.`,
    "advice-from-data": (f, w) => {
      const text = f.from === "nation" ? w.nationAdvice(f.requirement) : w.requirementText(f.requirement, "advice");
      return f.unknown ? t`Not known: check it. ${text}` : text;
    },
    "statement-of-comparability": (_, w) => comparability(w.nationInfo()?.id),
    "finish-studying": (f, w) => {
      const finish = t`You are working towards ${w.list(f.studying.map((id) => w.qualificationName(id)))}: finish it, as it counts here once you pass.`;
      const rest = f.from === undefined ? "" : f.from === "nation" ? w.nationAdvice(f.requirement) : w.requirementText(f.requirement, "advice");
      return rest ? t`${finish} For the rest: ${rest}` : finish;
    },
    "gain-management": ({ months }, w) =>
      t`Your ${w.duration(months)} of office work count towards it, but practice manager posts ask for management: staff, budgets, contracts. Gain it as an assistant or deputy practice manager in a GP practice, with a management qualification alongside.`,

    // ---- notes on the person's circumstances ----
    "pro-rata-pay": (f, w) => {
      const each = f.lines.map((l) => {
        const what = l.own ? t`your pay point on band ${l.band}` : t`band ${l.band}`;
        return t`${what}, ${w.money(l.yearly)} a year, about ${w.money(l.weekly)} a week (${w.money(l.fullTime)} full time)`;
      });
      const place = placeName(f.nation, w);
      const year = f.payYear ? t`${place}, ${f.payYear}` : place;
      return t`Pay for your ${hours(f.hours, w)} a week, pro rata to a full-time week of ${f.fullTimeHours} hours (${year}, before tax): ${each.join("; ")}.`;
    },
    "carer-earnings-limit": (f, w) => {
      const benefit = w.nationInfo(f.nation)?.carerBenefit;
      if (!benefit) return "";
      const pay = !f.pay
        ? ""
        : f.pay.fullTime
          ? t` A full-time week (${hours(f.pay.hours, w)}) at band ${f.pay.band} comes to about ${w.money(f.pay.weekly)} a week before tax`
          : t` Your ${hours(f.pay.hours, w)} a week at band ${f.pay.band} come to about ${w.money(f.pay.weekly)} a week before tax`;
      const limit = benefit.limit;
      if (!limit) {
        return t`${benefit.name} (${benefit.from}) stops in a week your earnings pass its weekly earnings limit, counted after tax, National Insurance and some expenses. We could not confirm this year's limit: check the current limit on ${benefit.checkAt} before you agree your hours.${pay ? `${pay}.` : ""}`;
      }
      const said = limit.mark === "secondary" ? t` (as reported; check the current limit on ${benefit.checkAt})` : "";
      const head = t`${benefit.name} has a weekly earnings limit of ${w.money(limit.weekly)} from ${w.date(limit.effectiveFrom)}${said}: in a week you earn more, after tax, National Insurance and half of any pension contributions, it is not paid.`;
      if (!f.pay) return t`${head} Weigh the hours you agree against it.`;
      const under = f.pay.hoursUnder !== undefined && f.pay.hoursUnder > 0 ? t` At ${hours(f.pay.hoursUnder, w)} or fewer a week, that pay stays under the limit even before deductions.` : "";
      return f.pay.over ? t`${head}${pay}: over the limit unless deductions bring it under.${under}` : t`${head}${pay}: under the limit.`;
    },
    "meets-higher-roles": ({ roles, target }, w) =>
      t`You already meet what ${w.list(roles.map((id) => w.inSentence(w.roleTitle(id))))} posts ask, and they start on a higher band than ${w.inSentence(w.roleTitle(target))} posts: apply for those too, alongside the route below.`,
    "refresh-skills": ({ months }, w) =>
      t`You last worked ${w.duration(months)} ago: before you apply, take a short refresh of today's tools (a few hours each, not a course): current Microsoft Office and Outlook, digital dictation, and an electronic patient record. Free online guides and a library computer are enough; employers train you on their own systems.`,

    // ---- what the data check could not confirm ----
    "course-still-open": (f, w) => t`whether the ${w.qualificationTitle(f.qualification)} is still open to new learners`,
    "pay-unconfirmed": (f, w) => t`${f.part === "supplements" ? t`the High Cost Area Supplements` : t`the pay table`}: ${w.payUnconfirmed(f.nation, f.payYear, f.part)}`,

    // ---- an NHS employee's own pay point ----
    "pay-point": (f, w) => {
      const next = f.next ? t` You reach ${w.money(f.next.salary)} after ${years(f.next.afterYears, w)} on the band.` : f.years > 0 ? t` That is the band's top point.` : "";
      const change = f.direction === "cut" ? t`the cut is` : f.direction === "rise" ? t`the rise is` : t`these changes are`;
      if (f.paidAtLeast !== undefined) {
        return t`With ${years(f.years, w)} on band ${f.band}, your pay point on the pay table is ${w.money(f.salary)} a year full time, below the legal minimum, so you are paid at least ${w.money(f.paidAtLeast)}: ${change} from that, not from the band's range.${next}`;
      }
      return t`With ${years(f.years, w)} on band ${f.band}, your pay point is ${w.money(f.salary)} a year full time: ${change} from that point, not from the band's range.${next}`;
    },

    // ---- why a skill counts as shown ----
    "shown-by-qualification": (f, w) => t`your ${w.qualificationName(f.qualification)}`,
    "shown-by-work": (f, w) => (f.kind === "secretarial" ? t`${w.duration(f.months)} of secretarial or PA work` : t`${w.duration(f.months)} of office work`),
    "shown-by-job": (f) => (f.job === "secretarial" ? t`your secretarial or PA job` : t`your NHS clinical work`),

    // ---- a step begun ----
    "finish-started": (f, w) => t`Finish the ${w.qualificationTitle(f.qualification)} you have started`,
    "finish-started-course": () => t`Finish the course you have started`,
    // The data's own words may already say so.
    "check-still-offered": ({ title }) => (title.toLowerCase().includes(t`check with the provider`.toLowerCase()) ? title : t`${title} (check with the provider that it is still offered)`),
  };
  return { t, lang: t.lang, nations, findings, job, experience: (kind) => experience[kind], labels: labelsOf(t), report: reportWordsOf(t) };
}

/** One finding in words (for wordings built from others). */
function word(f: Finding, w: WordContext): string {
  return (w.words.findings[f.code] as (f: Finding, w: WordContext) => string)(f, w);
}

/** Annex 21's trainee rates in a sentence: "75% of the top of band 3 in the last year before you qualify (£20,607 a year), 70% before that (£19,233)". */
function traineeWords(trainee: NhsTraineeRates, w: WordContext): string {
  const t = w.words.t;
  const parts = trainee.rates.map((r, i) => {
    const when = i === 0 ? (r.monthsBeforeQualifying === 12 ? t`in the last year before you qualify` : t`in the last ${r.monthsBeforeQualifying} months before you qualify`) : t`before that`;
    return i === 0 ? t`${r.percent}% of the top of band ${trainee.band} ${when} (${w.money(r.salary)} a year)` : t`${r.percent}% ${when} (${w.money(r.salary)})`;
  });
  return t`Many NHS employers pay apprentices more, under Agenda for Change's trainee rules (Annex 21), as NHS Staff Council guidance advises: ${w.list(parts)}, at ${trainee.payYear} pay. Ask the employer which they pay.`;
}

/** The catalogue as people read it. */
export const enGB: Catalogue = catalogueOf(asWritten);
