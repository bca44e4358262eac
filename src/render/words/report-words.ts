// The report's own words, outside any finding: section titles, table
// headings, labels, the verdict lines and footnotes, and how figures are
// written around their numbers ("£7.55 an hour", "3 months", "free").
// Written as tagged templates like the findings (see tag.ts), so the test
// locale can word a whole report; a wording missing here fails the type check
// wherever the renderers ask for it.

import { withArticle } from "../../engine/words.js";
import { phrasesOf } from "./phrases.js";
import type { Tag } from "./tag.js";
import { referenceWordsOf } from "./reference-words.js";
import { typingWordsOf } from "./typing-words.js";
import { workshopWordsOf } from "./workshop-words.js";

export type GapStatusWord = "met" | "partial" | "missing" | "unknown";

type Mode = "what-if" | "compare";
type Move = "closed" | "opened" | "narrowed" | "widened" | "changed" | "same" | "new" | "gone";

/** Compare and what-if (change.ts, underway-range.ts): the tense follows the mode. */
function changeWordsOf(t: Tag) {
  const gaps = (k: number, noun: boolean) => (noun ? (k === 1 ? t`1 gap` : t`${k} gaps`) : String(k));
  return {
    progressTitle: (role: string) => t`Progress towards ${role}`,
    /** The title of a what-if report: the report's own title, as a question. */
    whatIfTitle: (role: string) => t`What if: your route to becoming ${withArticle(role)}`,
    now: t`Now`,
    whatIf: t`What if`,
    before: t`Before`,
    after: t`After`,
    between: (before: string, after: string) => t`From ${before} to ${after}`,
    moves: {
      "what-if": { closed: t`would close`, opened: t`would open`, narrowed: t`would narrow`, widened: t`would widen`, changed: t`would change`, same: t`no change`, new: t`new requirement`, gone: t`no longer asked` },
      compare: { closed: t`closed`, opened: t`opened`, narrowed: t`narrowed`, widened: t`widened`, changed: t`changed`, same: t`no change`, new: t`new requirement`, gone: t`no longer asked` },
    } satisfies Record<Mode, Record<Move, string>>,
    notAsked: t`not asked`,
    statusHave: (status: string, have: string) => t`${status} (${have})`,
    noGapMoved: (whatIf: boolean) => (whatIf ? t`neither close nor open a gap` : t`no gap closed or opened`),
    closed: (whatIf: boolean, k: number, titles: string) => (whatIf ? t`close ${gaps(k, true)}: ${titles}` : t`${gaps(k, true)} closed: ${titles}`),
    opened: (whatIf: boolean, k: number, noun: boolean, titles: string) => (whatIf ? t`open ${gaps(k, noun)}: ${titles}` : t`${gaps(k, noun)} opened: ${titles}`),
    toCheck: (whatIf: boolean, k: number, noun: boolean, titles: string) => (whatIf ? t`leave ${gaps(k, noun)} to check: ${titles}` : t`${gaps(k, noun)} now to check: ${titles}`),
    clauseJoin: (whatIf: boolean) => (whatIf ? t`, and ` : "; "),
    noRoute: t`no route`,
    titledTime: (title: string, time: string) => t`${title} (${time})`,
    becameReady: (whatIf: boolean) => (whatIf ? t`You would be ready to apply now.` : t`Ready to apply now.`),
    noLongerReady: (whatIf: boolean) => (whatIf ? t`You would no longer be ready to apply.` : t`No longer ready to apply.`),
    noRouteToRole: (whatIf: boolean) => (whatIf ? t`No route would lead to the role.` : t`No route leads to the role now.`),
    stillSame: (titled: string) => t`Best route: still ${titled}.`,
    stillWhatIf: (title: string, after: string, before: string) => t`Best route: still ${title}, ${after} instead of ${before}.`,
    stillCompare: (title: string, after: string, before: string) => t`Best route: still ${title}, now ${after} (before, ${before}).`,
    none: t`none`,
    changedWhatIf: (after: string, was: string) => t`Best route: ${after} instead of ${was}.`,
    changedCompare: (after: string, was: string) => t`Best route now: ${after}; before, ${was}.`,
    nothingWouldChange: t`Your answers already say that: nothing would change.`,
    sameAnswers: (between: string | undefined) => t`${between ?? t`Before and after`}: the answers are the same, so nothing has changed.`,
    answerTo: (phrase: string, value: string) => t`${phrase} to ${value}`,
    changing: (what: string, clause: string, route: string) => t`Changing ${what} would ${clause}. ${route}`,
    since: (between: string | undefined, clause: string, route: string) => t`${between ?? t`Since before`}: ${clause}. ${route}`,
    answersTitle: (whatIf: boolean) => (whatIf ? t`Your changes` : t`What changed in your answers`),
    answer: t`Answer`,
    gapsTitle: (whatIf: boolean) => (whatIf ? t`What it would do to your gaps` : t`Where you stand, then and now`),
    requirement: t`Requirement`,
    change: t`Change`,
    offered: (whatIf: boolean, titles: string) => (whatIf ? t`Would also be offered: ${titles}.` : t`Offered now: ${titles}.`),
    dropped: (whatIf: boolean, titles: string) => (whatIf ? t`Would no longer be offered: ${titles}.` : t`No longer offered: ${titles}.`),
    routeTitle: (whatIf: boolean) => (whatIf ? t`What it would do to your route` : t`Your route, then and now`),
    readyToApply: t`Ready to apply`,
    bestRoute: t`Best route`,
    timeToRole: t`Time to the role`,
    costToYou: t`Cost to you`,
    timeNow: (note: string) => t`Time to the role now: ${note}`,
    fullReport: (file: string) => t`The full report for now: medsec-path assess --answers ${file}`,
    withChanges: (verdict: string) => t`With the changes: ${verdict}`,
    answersWithChanges: t`Your answers, with the changes`,
    // underway-range.ts
    underwayKind: { admin: t`office or admin work`, customerService: t`customer-facing work`, healthcare: t`work in healthcare`, secretarial: t`secretarial or PA work` },
    underwayThe: (title: string) => t`the ${title}`,
    underwayStarted: t`what you have started`,
    underwayRange: (time: string, what: string) => t`${time}, counted from today: ${what} counts as anywhere from done to not yet begun, as your answers do not say how far in you are.`,
    underwayShort: (time: string, what: string) => t`The ${time} are counted from today, with ${what} taken as anywhere from done to not yet begun.`,
    underwayEstimate: (done: string, left: string) => t`you are ${done} in: ${left} left, counted from today`,
    underwayGained: (length: string, kind: string) => t`${length} of ${kind}`,
    underwayIf: (what: string, gained: string, estimate: string) => t`If ${what} began with your ${gained}, ${estimate}.`,
    underwayNote: (range: string, gained: string, estimate: string) => t`${range} If it began with your ${gained} since then, ${estimate}.`,
  };
}

/** A workshop attendee's handout (handout.ts, for-attendees.ts). */
function handoutWordsOf(t: Tag) {
  return {
    /** A handout's title, with the attendee's name where names are used. */
    title: (name: string | undefined, role: string) => (name ? t`${name}: your route to becoming ${withArticle(role)}` : t`Your route to becoming ${withArticle(role)}`),
    payByYear: t`Pay year by year`,
    head: [t`Year`, t`Pay`, t`Doing`],
    notKnown: t`not known`,
    payNote: (hours: number) =>
      t`Pay is what each year earns, full time and before tax: each band at its entry point, rising by its published steps; nothing while you apply for a post until it starts; apprentice years at the legal minimum for your age for ${hours} hours a week. Years paid partly from a job whose pay we do not know are left blank.`,
    yearNotKnown: (year: number, what: string) => t`Year ${year}: pay not known (${what})`,
    yearPay: (year: number, pay: string, what: string) => t`Year ${year}: ${pay} (${what})`,
    year: (year: number) => t`Year ${year}`,
    chartLabel: t`Pay year by year along your route`,
    // Commands in the advice, as an attendee without the tool can act on them.
    askForFigures: t`: ask your careers adviser for the figures with it added.`,
    typingTest: t`the typing test your careers adviser can give you`,
    command: (command: string) => t`the "medsec-path ${command}" command (ask your careers adviser)`,
  };
}

/** `data --check` as text (freshness.ts). Field names (seen, asOf) are the data files' own keys. */
function checkWordsOf(t: Tag) {
  return {
    kind: { seen: t`last read`, asOf: t`dated`, effectiveFrom: t`in force from` },
    title: (today: string) => t`Data check, as of ${today}`,
    stale: (months: number, cutoff: string, n: number) => t`Sources older than ${months} months (before ${cutoff}): ${n}`,
    unconfirmed: (n: number) => t`Not confirmed: ${n}`,
    none: t`None.`,
    refresh: t`To refresh a source: read the page again, correct the figure if it changed, and set the date you read it (seen, or asOf for an undated page). See the README, "Keeping the data fresh".`,
  };
}

export function reportWordsOf(t: Tag) {
  const figures = phrasesOf(t);
  return {
    check: checkWordsOf(t),
    handout: handoutWordsOf(t),
    workshop: workshopWordsOf(t),
    reference: referenceWordsOf(t),
    typing: typingWordsOf(t),
    change: changeWordsOf(t),
    // ---- figures ----
    perHour: (pence: string) => t`${pence} an hour`,
    free: t`free`,
    now: t`now`,
    months: (n: number) => (n === 1 ? t`${n} month` : t`${n} months`),
    monthsRange: (min: number, max: number) => t`${min}–${max} months`,
    years: (n: number) => (n === 1 ? t`1 year` : t`${n} years`),
    yes: t`yes`,
    no: t`no`,
    notSure: t`not sure`,
    feesNotKnown: t`fees not known`,
    plusFeesNotKnown: (cost: string) => t`${cost} + fees not known`,
    notKnown: t`not known`,
    status: { met: t`Met`, partial: t`Partly`, missing: t`Missing`, unknown: t`Not known` } satisfies Record<GapStatusWord, string>,
    none: t`None.`,

    // ---- pay ----
    band: (band: string) => t`band ${band}`,
    bandRange: (band: string, range: string) => t`band ${band}, ${range}`,
    bandFrom: (band: string, salary: string) => t`band ${band} from ${salary}`,
    bandsSpan: (first: string, last: string) => t`bands ${first}–${last}`,
    bandsJoined: (bands: string) => t`band ${bands}`,
    labelRange: (label: string, range: string) => t`${label}, ${range}`,
    setByEmployer: t`set by the employer`,
    perShift: (band: string, rate: string) => t`Per shift: band ${band} at about ${rate}`,
    /** Bank shifts whose band works out below the legal minimum: the minimum is what they earn at least. */
    perShiftAtMinimum: (band: string, rate: string) => t`Per shift: band ${band} at least ${rate} (the legal minimum)`,
    payByEmployer: t`Pay set by the employer`,
    /** A step taken alongside a post an earlier step got: paid as that post. */
    heldPostPay: (pay: string) => t`As the post you hold by then: ${pay}`,
    bandPay: (band: string) => t`Band ${band}`,
    bandPayFrom: (band: string, salary: string) => t`Band ${band} from ${salary}`,
    gpOwnPay: t` (GP practices set their own pay)`,
    ownPayKept: (pay: string) => t`Your own pay kept: ${pay}`,
    apprenticePay: t`Apprentice pay`,
    thenAtLeast: (rate: string) => t`, then at least ${rate}`,
    nhsEmployersPay: (range: string) => t`; many NHS employers pay ${range} a year`,
    apprenticeAtLeast: (rate: string, later: string, nhs: string) => t`Apprentice pay: at least ${rate}${later}${nhs}`,
    unpaid: t`Unpaid`,
    currentPayBand: (pay: string) => t`Your current pay: ${pay}`,
    currentPay: t`Your current pay`,
    currentPayIfWorking: t`Your current pay, if working`,
    oncePost: (text: string) => t`Once in post: ${text}`,

    // ---- the verdict ----
    ready: (role: string, cut: string, next: boolean) => t`You are ready to apply for ${role} posts now.${cut}${next ? t` If you already work as one, the roles it leads to are listed at the end, with what each asks of you.` : ""}`,
    readyIfConfirmed: (role: string, toCheck: string, cut: string) => t`You may be ready to apply for ${role} posts now: check your ${toCheck} first.${cut}`,
    essentialGaps: (n: number) => (n === 1 ? t`1 essential gap` : t`${n} essential gaps`),
    bestRoute: (title: string, time: string) => t` Best route for you: ${title} (${time}).`,
    alsoCheck: (toCheck: string) => t` Also check your ${toCheck}.`,
    notReady: (gaps: string, role: string, best: string, check: string, cut: string) => t`Not ready yet: ${gaps} to close for ${role} posts.${best}${check}${cut}`,
    shortReady: (role: string) => t`In short: you are ready to apply for ${role} posts now.`,
    shortReadyIfConfirmed: (role: string, toCheck: string) => t`In short: you may be ready to apply for ${role} posts; check your ${toCheck} first.`,
    shortBest: (title: string, time: string) => t`best route: ${title}, ${time}.`,
    shortNoRoute: (role: string) => t`no route in the data leads to ${role} posts.`,
    shortNotReady: (gaps: string, rest: string) => t`In short: not ready yet (${gaps}); ${rest}`,

    // ---- the report's title and its last lines in a terminal (report-ending.ts) ----
    title: (role: string) => t`Your route to becoming ${withArticle(role)}`,
    next: t`Next:`,
    keepAnswers: t`Keep your answers, to see this report again or compare at your next review (the questions are asked once more):`,
    thenPrintable: t`Then a printable copy:`,
    savedIn: (file: string) => t`Your answers are saved in ${file}. A printable copy:`,
    atNextReview: t`At your next review, save new answers and see what changed:`,
    printable: t`A printable copy:`,
    whatIf: t`What if an answer changed (your typing speed, say):`,
    keepAsFile: t`Keep these answers as a file: add`,
    printableAdd: t`A printable copy: add`,

    // ---- sections ----
    toldUs: { title: t`What you told us`, head: [t`Question`, t`Your answer`] },
    stand: { title: t`Where you stand`, head: [t`Requirement`, t`You`, t`Needed`, t`Status`] },
    desirable: (title: string) => t`${title} (desirable)`,
    haveFrom: (have: string, from: string) => t`${have} (from ${from})`,
    ruleOfThumb: t` (rule of thumb)`,
    advertsAsk: (words: string) => t`; adverts ask for ${words}`,
    ruleOfThumbBy: (by: string | undefined, note: string) => (by ? t`The figure is ${by}'s rule of thumb: ${note}` : t`The figure is a rule of thumb: ${note}`),
    gapNote: (title: string, text: string) => t`${title}: ${text}`,
    routes: { title: t`Routes for you`, head: ["#", t`Route`, t`Time`, t`Cost to you`, t`Why`] },
    steps: { title: (route: string) => t`Step by step: ${route}`, head: [t`Step`, t`Time`, t`Cost`, t`Pay`] },
    inPost: (title: string) => t`Once in post: ${title}`,
    towards: (role: string, title: string) => t`Towards ${role}: ${title}`,
    alongside: t`alongside`,
    pay: { title: t`Your pay now, and in the role`, head: ["", t`Pay (full time, basic)`] },
    payNow: (band: string) => t`Now: band ${band}`,
    /** Their pay now where it is below the legal minimum: the floor first, then the table's figure. */
    payNowAtMinimum: (floor: string, perHour: string, table: string, awaitingAward: boolean) =>
      t`at least ${floor} (${perHour}, the legal minimum${awaitingAward ? t`, until the pay award is confirmed` : ""}; the pay table gives ${table})`,
    sameBand: t`the same band as now`,
    samePay: t`the same pay as now`,
    upTo: (most: string, cut: boolean) => (cut ? t`up to ${most} a year less` : t`up to ${most} a year more`),
    payDiff: (amount: string, cut: boolean) => (cut ? t`${amount} a year less` : t`${amount} a year more`),
    fromTo: (least: string, most: string) => t`${least} to ${most}`,
    payTo: (span: string, diff: string) => t`${span}: ${diff}`,
    fartherCut: t`The farther your pay point is up your band, the larger the cut: the ranges run from the nearest points of the two bands to the farthest.`,
    keepBand: (band: string) => t`Posts at band ${band} keep you on your band.`,
    after: { title: (role: string) => t`After ${role}`, head: [t`Role`, t`Pay`, t`For you`] },
    meetsNow: t`you meet what it asks now`,
    needs: (lacks: string) => t`needs: ${lacks}`,
    checkAsks: t`check what it asks`,
    payFootnote: (service: string | undefined, nation: string, payYear: string | undefined, partHours: number | undefined, unbanded = false) =>
      t`Pay: Agenda for Change${service ? t` (${service})` : ""}, ${nation}${payYear ? `, ${payYear}` : ""}, ${partHours === undefined ? t`full time` : figures.plural(partHours, t`shown full time (your ${figures.hours(partHours)} a week is paid pro rata: see the notes)`, t`shown full time (your ${figures.hours(partHours)} a week are paid pro rata: see the notes)`)}: ${unbanded ? t`each step with an NHS band at its entry point, the others at what the employer sets` : t`each step at its band's entry point`}, the roles after at their bands' range.`,
  };
}

export type ReportWords = ReturnType<typeof reportWordsOf>;
