// Every sentence the engine says about an adult's circumstances (issue 15):
// their hours, a carer's earnings limit, qualifications from abroad, a long
// time out of work, what they said against what a qualification suggests,
// and their pay point. One small function per finding, named as the finding,
// with typed parameters: the engine decides, these only word it, so the
// wording can move to the render catalogue (issue 21) without touching a rule.

import { durationWords } from "./words.js";

// Digits grouped by hand: toLocaleString would load ICU's number data on the start-up path.
const pounds = (n: number) => `£${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
const hoursWords = (h: number) => (h === 1 ? "1 hour" : `${h} hours`);
const dateWords = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1];
  return `${d} ${month} ${y}`;
};

export interface ProRataLine {
  /** "band 2", "your pay point on band 3". */
  what: string;
  fullTime: number;
  yearly: number;
  weekly: number;
}

/** Pay for the hours the person gave, band by band. */
export function proRataPay(p: { hours: number; fullTimeHours: number; lines: readonly ProRataLine[]; payYear?: string | undefined; nation: string }): string {
  const each = p.lines.map((l) => `${l.what}, ${pounds(l.yearly)} a year, about ${pounds(l.weekly)} a week (${pounds(l.fullTime)} full time)`);
  const year = p.payYear ? `${p.nation}, ${p.payYear}` : p.nation;
  return `Pay for your ${hoursWords(p.hours)} a week, pro rata to a full-time week of ${p.fullTimeHours} hours (${year}, before tax): ${each.join("; ")}.`;
}

/** A carer told the earnings limit of their carer's benefit and, where their hours are known, what the route's pay at them comes to against it. */
export function carerEarningsLimit(p: {
  benefit: string;
  from: string;
  checkAt: string;
  limit?: { weekly: number; effectiveFrom: string; mark: "primary" | "secondary" } | undefined;
  pay?:
    | {
        hours: number;
        what: string;
        weekly: number;
        /** The most whole hours a week that stay under the limit at this pay, where there is a limit. */
        hoursUnder?: number | undefined;
      }
    | undefined;
}): string {
  const pay = p.pay ? ` Your ${hoursWords(p.pay.hours)} a week at ${p.pay.what} come to about ${pounds(p.pay.weekly)} a week before tax` : "";
  if (!p.limit) {
    return `${p.benefit} (${p.from}) stops in a week your earnings pass its weekly earnings limit, counted after tax, National Insurance and some expenses. We could not confirm this year's limit: check the current limit on ${p.checkAt} before you agree your hours.${pay ? `${pay}.` : ""}`;
  }
  const said = p.limit.mark === "secondary" ? ` (as reported; check the current limit on ${p.checkAt})` : "";
  const head = `${p.benefit} has a weekly earnings limit of ${pounds(p.limit.weekly)} from ${dateWords(p.limit.effectiveFrom)}${said}: in a week you earn more, after tax, National Insurance and half of any pension contributions, it is not paid.`;
  if (!p.pay) return `${head} Weigh the hours you agree against it.`;
  const over = p.pay.weekly > p.limit.weekly;
  const under = p.pay.hoursUnder !== undefined && p.pay.hoursUnder > 0 ? ` At ${hoursWords(p.pay.hoursUnder)} or fewer a week, that pay stays under the limit even before deductions.` : "";
  return `${head}${pay}: ${over ? "over the limit unless deductions bring it under" : "under the limit"}.${over ? under : ""}`;
}

/** An apprenticeship that needs more hours a week than the person has. */
export function apprenticeshipHours(p: { hours: number; rule: string; short: boolean }): string {
  return p.short ? `Needs more hours than your ${hoursWords(p.hours)} a week: ${p.rule}` : `You said ${hoursWords(p.hours)} a week: ${p.rule}`;
}

/** English and maths for someone whose school qualifications are from abroad: what they have, in the table. */
export function qualifiedAbroadHave(): string {
  return "to check: adverts accept equivalents";
}

/** And what to do about it: a statement of comparability, not a class. */
export function qualifiedAbroadStep(): string {
  return "Adverts ask for GCSEs \"or equivalent\", and your qualifications from abroad may be one: ask UK ENIC (enic.org.uk) for a statement of comparability, which gives their UK level, and quote it on your application. Check its current fee on enic.org.uk.";
}

/** Someone out of work a long time: a short refresh of today's office tools before applying, not a course. */
export function refreshSkills(p: { months: number }): string {
  return `You last worked ${durationWords(p.months)} ago: before you apply, take a short refresh of today's tools (a few hours each, not a course): current Microsoft Office and Outlook, digital dictation, and an electronic patient record. Free online guides and a library computer are enough; employers train you on their own systems.`;
}

/** What the person said about a skill, and the qualification that suggests more: both shown, their answer kept. */
export function saidOverQualification(p: { said: string; by: string; shows: string }): string {
  return `you said ${p.said}; ${p.by} covered ${p.shows}`;
}

/** An NHS employee's own pay point on their band, from the years they gave. */
export function payPoint(p: { band: string; years: number; salary: number; direction: "cut" | "overlap" | "rise"; next?: { salary: number; afterYears: number } | undefined }): string {
  const years = p.years === 1 ? "1 year" : `${p.years} years`;
  const next = p.next ? ` You reach ${pounds(p.next.salary)} after ${p.next.afterYears === 1 ? "1 year" : `${p.next.afterYears} years`} on the band.` : p.years > 0 ? " That is the band's top point." : "";
  return `With ${years} on band ${p.band}, your pay point is ${pounds(p.salary)} a year full time: ${p.direction === "cut" ? "the cut" : p.direction === "rise" ? "the rise" : "these changes"} is from that point, not from the band's range.${next}`.replace("these changes is", "these changes are");
}
