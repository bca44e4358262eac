// The assessment report as a list of titled tables, in plain words. The
// terminal, Markdown and HTML renderers all draw from this one model, so the
// handout and the screen cannot say different things.

import { fullTimeHours, partTimeHours } from "../engine/adults.js";
import { openGaps } from "../engine/gaps.js";
import { fillIn, nationInfo } from "../engine/nations.js";
import { experienceUnsaid } from "../engine/person.js";
import type { Dataset, ExperienceKind, Gap, PayChange, Report, Route, RouteStep, StepPayFigure } from "../engine/types.js";
import { inSentence } from "../engine/words.js";
import { enGB, payChangeNotes, reasonWords, reportNotes, stepTitleWords, word, wordContext, type Catalogue, type WordContext } from "./words/index.js";
import { phrasesOf } from "./words/phrases.js";
import type { ReportWords } from "./words/report-words.js";
import { money, moneyRange, months, perHour, routeCost } from "./format.js";
import { askedContext, earlierAnswer, EARLIER_ANSWERS, REGISTERED_ANSWERS, type AnswerDef, type EarlierAnswerDef, type EarlierKey, type RegisteredKey } from "../model/answers.js";
import { answerLabel, answerWords, valueWords } from "./answer-values.js";

export interface Section {
  title: string;
  head: string[];
  rows: string[][];
  /** Column holding Met / Partly / Missing / Not known, for colouring. */
  statusColumn?: number;
  notes?: string[];
}

export interface ReportModel {
  verdict: string;
  sections: Section[];
  footnotes: string[];
  /** The catalogue the model was worded by, for the renderers' own few words ("None."). */
  words?: Catalogue;
}

export function statusWord(status: Gap["status"], r: ReportWords = enGB.report): string {
  return r.status[status];
}

function bandPay(band: string | undefined, salary: number | undefined, salaryMax: number | undefined, r: ReportWords): string {
  if (band === undefined) return "";
  if (salary === undefined) return r.band(band);
  return salaryMax !== undefined && salaryMax !== salary ? r.bandRange(band, `${money(salary)}–${money(salaryMax)}`) : r.bandFrom(band, money(salary));
}

export function payText(pay: StepPayFigure, r: ReportWords = enGB.report, labels: Catalogue["labels"] = enGB.labels): string {
  // Bank shifts are paid by the hour, not as a post: no "once in post", no yearly salary.
  if (pay.perShift && pay.perHour !== undefined)
    return (pay.note?.code === "bank-per-shift" && pay.note.floor ? r.perShiftAtMinimum : r.perShift)(String(pay.band), perHour(pay.perHour, r));
  const text = (() => {
    switch (pay.kind) {
      case "band": {
        // A post at their own band: they keep their pay point (the pay change says "the same band as now").
        if (pay.kept && pay.band !== undefined && pay.salary !== undefined) return labels.bandAtOwnPoint(pay.band, money(pay.salary));
        const what = pay.band === undefined ? r.payByEmployer : pay.salary === undefined ? r.bandPay(pay.band) : r.bandPayFrom(pay.band, money(pay.salary));
        return `${what}${pay.uncertain && pay.band !== undefined ? r.gpOwnPay : ""}`;
      }
      case "apprentice": {
        if (pay.kept) return r.ownPayKept(bandPay(pay.band, pay.salary, pay.salaryMax, r));
        if (pay.perHour === undefined) return r.apprenticePay;
        const later = pay.laterPerHour !== undefined && pay.laterPerHour !== pay.perHour ? r.thenAtLeast(perHour(pay.laterPerHour, r)) : "";
        // Beside the legal minimum: what many NHS employers pay (Annex 21), lowest to highest.
        const t = pay.nhsTrainee?.rates.map((x) => x.salary);
        const nhs = t && t.length > 0 ? r.nhsEmployersPay(Math.min(...t) === Math.max(...t) ? money(Math.max(...t)) : `${money(Math.min(...t))}–${money(Math.max(...t))}`) : "";
        return r.apprenticeAtLeast(perHour(pay.perHour, r), later, nhs);
      }
      case "unpaid":
        return r.unpaid;
      case "current-job":
        return pay.band !== undefined ? r.currentPayBand(bandPay(pay.band, pay.salary, pay.salaryMax, r)) : pay.working ? r.currentPay : r.currentPayIfWorking;
    }
  })();
  // Getting a post: the months are the search, the pay comes with the post.
  return pay.startsAtEnd ? r.oncePost(inSentence(text)) : text;
}

function stepCost(step: RouteStep, r: ReportWords): string {
  return step.cost ? moneyRange(step.cost, r) : r.notKnown;
}

function bandsText(pay: { band: string; min: number; max: number }[], bands: string[], r: ReportWords): string {
  if (bands.length === 0) return r.setByEmployer;
  if (pay.length === 0) return r.bandsJoined(bands.join("–"));
  const first = pay[0]!;
  const last = pay[pay.length - 1]!;
  const label = pay.length === 1 ? r.band(first.band) : r.bandsSpan(first.band, last.band);
  // A band with one pay point (band 2 in England) pays one figure, not a range from it to itself.
  const range = first.min === last.max ? money(first.min) : `${money(first.min)}–${money(last.max)}`;
  return r.labelRange(label, range);
}

/** An answer's value where it stands in a Profile: a key with a dot is nested (experience.adminMonths). */
function valueAt(profile: Report["profile"], key: string): unknown {
  return key.split(".").reduce<unknown>((v, part) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined), profile);
}

/**
 * Where "What you told us" says more than the answer's own words, because the
 * report knows more: the role assessed, the nation assumed, a skill worked out
 * from other answers. A string is the row's answer, null leaves the row out,
 * undefined gives the answer in its own words.
 */
type ToldUsAnswer = (report: Report, w: WordContext) => string | null | undefined;

/** A skill as the person gave it, or worked out from their other answers and said so. */
const implied =
  (key: "medicalTerminology" | "officeSkills"): ToldUsAnswer =>
  (report, w) => {
    if (report.profile[key] !== undefined) return undefined;
    const found = report.implied.find((i) => i.field === key);
    if (!found) return undefined;
    const levels = (earlierAnswer(key)!.value as { values: readonly string[] }).values;
    return answerWords(w).phrases.implied(valueWords(key, found.value, w)!, found.value !== levels.at(-1), word(found.because, w));
  };

const TOLD_US: Partial<Record<EarlierKey, ToldUsAnswer>> = {
  // The role assessed: the one aimed for, or the one assumed.
  target: (report, w) => valueWords("target", report.target.id, w)!,
  nation: (report, w) => (report.profile.nation === undefined ? answerWords(w).phrases.assumed(valueWords("nation", report.nation, w)!) : undefined),
  nhsBand: (report) => (report.profile.nhsBand === undefined ? null : undefined),
  // Age and age group are one answer here: the age where given, else the group.
  age: (report, w) => (report.profile.age === undefined ? valueWords("ageGroup", report.profile.ageGroup, w)! : undefined),
  ageGroup: () => null,
  medicalTerminology: implied("medicalTerminology"),
  officeSkills: implied("officeSkills"),
  // Not saying which is not the same as holding none.
  qualifications: (report, w) => (report.profile.qualificationsUnknown && report.profile.qualifications.length === 0 ? answerWords(w).phrases.notSaid : undefined),
  studying: (report) => (report.profile.studying?.length ? undefined : null),
};

/** The kinds of work overlap: one job can count under each of them, so they are never added. */
const WORK_KINDS: Partial<Record<EarlierKey, ExperienceKind>> = {
  "experience.adminMonths": "admin",
  "experience.customerServiceMonths": "customerService",
  "experience.healthcareMonths": "healthcare",
  "experience.secretarialMonths": "secretarial",
};

/** One answer's row, in its own words where the report knows no more; "not sure" for a yes or no left open, as it was asked. */
function toldUsRow(def: EarlierAnswerDef, report: Report, w: WordContext): string[] | undefined {
  const told = TOLD_US[def.key as EarlierKey]?.(report, w);
  if (told === null) return undefined;
  const label = answerLabel(def.key, w);
  if (told !== undefined) return [label, told];
  const kind = WORK_KINDS[def.key as EarlierKey];
  // A job that is this kind of work, with no length given, is "not said", as Where you stand has it; never "none".
  const value = kind && experienceUnsaid(report.profile, { anyOf: [kind] }) ? undefined : valueAt(report.profile, def.key);
  if (value === undefined && def.value.type === "yes-no") return [label, w.words.report.notSure];
  return [label, valueWords(def.key, value, w)!];
}

export function toldUs(report: Report, dataset: Dataset, words: Catalogue = enGB): string[][] {
  const w = wordContext(dataset, report.nation, report.target, words);
  const p = report.profile;
  const rows: string[][] = [];
  for (const def of EARLIER_ANSWERS as readonly EarlierAnswerDef[]) {
    const row = toldUsRow(def, report, w);
    if (row) rows.push(row);
  }
  // The answers added since 0.2. An answers file that gives none of them (one
  // written before them) reads as it did; one that gives any shows each the
  // questionnaire would ask this person, a blank one as "not said".
  const anyGiven = REGISTERED_ANSWERS.some(({ key }) => p[key] !== undefined);
  const asked = askedContext(p, report.nation);
  for (const def of REGISTERED_ANSWERS as readonly AnswerDef[]) {
    const key = def.key as RegisteredKey;
    if (p[key] !== undefined || (anyGiven && (!def.askedWhen || def.askedWhen(asked)))) rows.push([answerLabel(key, w), valueWords(key, p[key], w)!]);
  }
  return rows;
}

/** The requirements to check, by title inside a sentence. */
function toCheckTitles(report: Pick<Report, "toCheck" | "gaps">): string[] {
  return report.toCheck.map((id) => inSentence(report.gaps.find((g) => g.id === id)?.title ?? id));
}

export function verdictOf(report: Report, words: Catalogue = enGB): string {
  const r = words.report;
  const list = phrasesOf(words.t).list;
  const role = inSentence(report.target.title);
  const best = report.routes[0];
  const cut = payCutWords(report, words);
  if (report.verdict === "ready") return r.ready(role, cut, report.mayHoldRole && report.next.length > 0);
  const toCheck = toCheckTitles(report);
  if (report.verdict === "ready-if-confirmed") return r.readyIfConfirmed(role, list(toCheck), cut);
  const essential = openGaps(report.gaps).filter((g) => g.essential).length;
  const check = toCheck.length ? r.alsoCheck(list(toCheck)) : "";
  return r.notReady(r.essentialGaps(essential), role, best ? r.bestRoute(best.title, months(best.months, r)) : "", check, cut);
}

/**
 * A move down the bands in the verdict: the cut in pounds a year, from the
 * person's pay point where their years on the band give it, and that pay
 * protection does not cover a move they choose (the nation's pay notes, under
 * "Your pay now", give the sources).
 */
function payCutWords(report: Report, words: Catalogue): string {
  const change = report.payChange;
  if (change?.direction !== "cut") return "";
  const r = words.report;
  const bands = change.target.bands;
  const span = bands.length === 1 ? r.band(bands[0]!) : r.bandsSpan(bands[0]!, bands.at(-1)!);
  // A part-timer's cut is at their hours, as the rest of their report's pay is.
  const { atLeast, atMost } = change.partTime ?? change;
  const cut = atLeast === atMost ? money(atMost) : r.fromTo(money(atLeast), money(atMost));
  const point = change.now.min === change.now.max && report.profile.bandYears !== undefined ? money(change.now.min) : undefined;
  return words.labels.payCut(report.target.title, span, change.band, point, cut, report.nation === "england", change.partTime?.hours);
}

/**
 * The verdict again in one line, for the end of a report in a terminal: by
 * then the verdict at the top has scrolled away.
 */
export function verdictInShort(report: Report, words: Catalogue = enGB): string {
  const r = words.report;
  const list = phrasesOf(words.t).list;
  const role = inSentence(report.target.title);
  if (report.verdict === "ready") return r.shortReady(role);
  const toCheck = toCheckTitles(report);
  if (report.verdict === "ready-if-confirmed") return r.shortReadyIfConfirmed(role, list(toCheck));
  const essential = openGaps(report.gaps).filter((g) => g.essential).length;
  const best = report.routes[0];
  return r.shortNotReady(r.essentialGaps(essential), best ? r.shortBest(best.title, months(best.months, r)) : r.shortNoRoute(role));
}

/** A step's title as the table shows it: marked where it belongs to the role gone through first, or comes once in post. */
function stepTitle(step: RouteStep, dataset: Dataset, w: WordContext): string {
  const r = w.words.report;
  const title = stepTitleWords(step, w);
  if (step.inPost) return r.inPost(title);
  if (step.viaRole) {
    const role = dataset.roles.find((x) => x.id === step.viaRole)?.title;
    const via = role ? inSentence(role) : step.viaRole;
    return r.towards(via, title);
  }
  return title;
}

const IN_PAY_CELL: ReadonlySet<string> = new Set(["pay-set-by-employer", "alongside-post-held"]);

function stepSection(best: Route, dataset: Dataset, w: WordContext): Section {
  const r = w.words.report;
  const notes: string[] = [];
  if (best.nationNote) notes.push(best.nationNote);
  notes.push(...best.notes);
  // Two notes only make sense beside their step's pay: "set by the employer" is
  // what the pay column already says, and "the post you hold by then" is said in it.
  for (const s of best.steps) if (s.pay.note && !IN_PAY_CELL.has(s.pay.note.code)) notes.push(word(s.pay.note, w));
  const pay = (s: RouteStep) => (s.pay.note?.code === "alongside-post-held" ? r.heldPostPay(inSentence(payText(s.pay, r, w.words.labels))) : payText(s.pay, r, w.words.labels));
  return {
    title: r.steps.title(best.title),
    head: [...r.steps.head],
    // A step of no time of its own (learning the systems once in post, a qualification taken alongside) is not "now".
    rows: best.steps.map((s) => [stepTitle(s, dataset, w), s.months.max === 0 ? r.alongside : months(s.months, r), stepCost(s, r), pay(s)]),
    notes: [...new Set(notes)],
  };
}

function paySection(change: PayChange, report: Report, w: WordContext): Section {
  const r = w.words.report;
  const role = report.target.title;
  // A band of one pay point (Wales's band 2) is one figure, not "£26,300–£26,300".
  const span = (min: number, max: number) => (min === max ? money(min) : `${money(min)}–${money(max)}`);
  const floor = change.floor;
  const nowText = floor ? r.payNowAtMinimum(money(floor.salary), perHour(floor.perHour, r), span(change.now.min, change.now.max), floor.awaitingAward) : span(change.now.min, change.now.max);
  const rows: string[][] = [[r.payNow(change.band), nowText]];
  for (const b of change.byBand) {
    // We do not know their pay point: a change is a range, from the nearest points to the farthest.
    const cut = b.change === "cut";
    const diff =
      b.change === "same"
        ? r.sameBand
        : b.most === 0
          ? r.samePay
          : b.least === 0
            ? r.upTo(money(b.most), cut)
            : r.payDiff(b.least === b.most ? money(b.least) : r.fromTo(money(b.least), money(b.most)), cut);
    rows.push([w.words.labels.roleAtBand(role, b.band), r.payTo(span(b.min, b.max), diff)]);
  }
  const cut = change.byBand.some((b) => b.change === "cut");
  // A known pay point (years on the band given) is one figure: the ranges are the target's only.
  const pointKnown = report.profile.bandYears !== undefined;
  const notes = cut
    ? [
        // How our own figures read; what the rules say comes from the nation's data, below.
        ...(pointKnown ? [] : [r.fartherCut]),
        ...(change.byBand.some((b) => b.change === "same") ? [r.keepBand(change.band)] : []),
        ...payChangeNotes(change, w),
      ]
    : payChangeNotes(change, w);
  return { title: r.pay.title, head: [...r.pay.head], rows, notes };
}

/** What is needed, labelled where the figure is our rule of thumb, and in the words adverts use. */
function neededText(gap: Gap, report: Report, w: WordContext): string {
  const r = w.words.report;
  const req = report.target.requirements.find((x) => x.id === gap.id);
  const thumb = gap.basis === "rule-of-thumb" ? r.ruleOfThumb : "";
  const adverts = req?.kind === "typing" && req.advertWords ? r.advertsAsk(req.advertWords) : "";
  return `${word(gap.need, w)}${thumb}${adverts}`;
}

/** Under a gap that is open: one note saying what to do about it, and where its figure comes from. */
function gapNotes(gap: Gap, report: Report, w: WordContext): string[] {
  const r = w.words.report;
  const req = report.target.requirements.find((x) => x.id === gap.id);
  const basis = gap.basis === "rule-of-thumb" && req?.note ? r.ruleOfThumbBy(req.by, req.note) : "";
  const text = [gap.advice && word(gap.advice, w), basis].filter(Boolean).join(" ");
  return text ? [r.gapNote(gap.title, text)] : [];
}

/**
 * `notices` are said at the foot of the report too, where it may be printed or shared: a warning that pay may be out of date.
 * `words` is the catalogue (en-GB unless a test locale is given).
 */
export function reportModel(report: Report, dataset: Dataset, notices: readonly string[] = [], words: Catalogue = enGB): ReportModel {
  const w = wordContext(dataset, report.nation, report.target, words);
  const r = words.report;
  const sections: Section[] = [];
  sections.push({ title: r.toldUs.title, head: [...r.toldUs.head], rows: toldUs(report, dataset, words) });

  sections.push({
    title: r.stand.title,
    head: [...r.stand.head],
    statusColumn: 3,
    // Where a status rests on something other than the answer itself (a qualification, years of work), say which.
    rows: report.gaps.map((g) => [g.essential ? g.title : r.desirable(g.title), g.implied ? r.haveFrom(word(g.have, w), word(g.implied, w)) : word(g.have, w), neededText(g, report, w), statusWord(g.status, r)]),
    notes: report.gaps.filter((g) => g.status !== "met").flatMap((g) => gapNotes(g, report, w)),
  });

  if (report.payChange) sections.push(paySection(report.payChange, report, w));

  sections.push({
    title: r.routes.title,
    head: [...r.routes.head],
    rows: report.routes.map((x) => [String(x.rank), x.title, months(x.months, r), routeCost(x, r), reasonWords(x, w).join(" ")]),
    notes: reportNotes(report, w),
  });

  const best = report.routes[0];
  if (best) sections.push(stepSection(best, dataset, w));

  if (report.next.length > 0) {
    sections.push({
      title: r.after.title(inSentence(report.target.title)),
      head: [...r.after.head],
      rows: report.next.map((n) => [n.title, bandsText(n.pay, n.bands, r), n.ready ? r.meetsNow : n.lacks.length ? r.needs(n.lacks.join("; ")) : r.checkAsks]),
    });
  }

  const service = nationInfo(dataset, report.nation)?.service;
  const partHours = partTimeHours(report.profile, fullTimeHours(nationInfo(dataset, report.nation)));
  // A step paid as its employer sets has no entry point: the footnote says so, to agree with the role's own pay note.
  const unbanded = best?.steps.some((s) => s.pay.band === undefined && (s.pay.kind === "band" || s.pay.note?.code === "alongside-post-held")) ?? false;
  const footnotes = [r.payFootnote(service, words.nations[report.nation], report.payYear, partHours, unbanded)];
  if (best?.steps.some((s) => s.pay.kind === "band" && s.pay.kept)) footnotes.push(words.labels.ownPointFootnote);
  if (report.target.payNote) footnotes.push(fillIn(report.target.payNote, undefined, nationInfo(dataset, report.nation), report.nation));
  footnotes.push(...notices);
  return { verdict: verdictOf(report, words), sections, footnotes, words };
}
