// The assessment report as a list of titled tables, in plain words. The
// terminal, Markdown and HTML renderers all draw from this one model, so the
// handout and the screen cannot say different things.

import { fullTimeHours, partTimeHours } from "../engine/adults.js";
import { openGaps, qualificationName } from "../engine/gaps.js";
import { fillIn, nationInfo } from "../engine/nations.js";
import { experienceUnsaid } from "../engine/person.js";
import { nationName, type Dataset, type ExperienceKind, type Gap, type Implied, type PayChange, type Report, type Route, type RouteStep, type StepPayFigure } from "../engine/types.js";
import { inSentence } from "../engine/words.js";
import { durationWords, jobWords, listWords, payChangeNotes, reasonWords, reportNotes, stepTitleWords, word, wordContext, type WordContext } from "./words/index.js";
import { money, moneyRange, months, perHour, routeCost, yesNo } from "./format.js";
import { REGISTERED_ANSWERS, type AnswerDef, type RegisteredKey } from "../model/answers.js";
import { ANSWER_WORDS, label, NOT_SAID, registeredWords } from "./answer-words.js";

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
}

const STATUS_WORDS: Record<Gap["status"], string> = { met: "Met", partial: "Partly", missing: "Missing", unknown: "Not known" };

export function statusWord(status: Gap["status"]): string {
  return STATUS_WORDS[status];
}

function bandPay(band: string | undefined, salary: number | undefined, salaryMax: number | undefined): string {
  if (band === undefined) return "";
  if (salary === undefined) return `band ${band}`;
  return salaryMax !== undefined && salaryMax !== salary ? `band ${band}, ${money(salary)}–${money(salaryMax)}` : `band ${band} from ${money(salary)}`;
}

export function payText(pay: StepPayFigure): string {
  // Bank shifts are paid by the hour, not as a post: no "once in post", no yearly salary.
  if (pay.perShift && pay.perHour !== undefined) return `Per shift: band ${pay.band} at about ${perHour(pay.perHour)}`;
  const text = (() => {
    switch (pay.kind) {
      case "band": {
        const what = pay.band === undefined ? "Pay set by the employer" : `Band ${pay.band}${pay.salary === undefined ? "" : ` from ${money(pay.salary)}`}`;
        return `${what}${pay.uncertain && pay.band !== undefined ? " (GP practices set their own pay)" : ""}`;
      }
      case "apprentice": {
        if (pay.kept) return `Your own pay kept: ${bandPay(pay.band, pay.salary, pay.salaryMax)}`;
        if (pay.perHour === undefined) return "Apprentice pay";
        const later = pay.laterPerHour !== undefined && pay.laterPerHour !== pay.perHour ? `, then at least ${perHour(pay.laterPerHour)}` : "";
        // Beside the legal minimum: what many NHS employers pay (Annex 21), lowest to highest.
        const t = pay.nhsTrainee?.rates.map((r) => r.salary);
        const nhs = t && t.length > 0 ? `; many NHS employers pay ${Math.min(...t) === Math.max(...t) ? money(Math.max(...t)) : `${money(Math.min(...t))}–${money(Math.max(...t))}`} a year` : "";
        return `Apprentice pay: at least ${perHour(pay.perHour)}${later}${nhs}`;
      }
      case "unpaid":
        return "Unpaid";
      case "current-job":
        return pay.band !== undefined ? `Your current pay: ${bandPay(pay.band, pay.salary, pay.salaryMax)}` : pay.working ? "Your current pay" : "Your current pay, if working";
    }
  })();
  // Getting a post: the months are the search, the pay comes with the post.
  return pay.startsAtEnd ? `Once in post: ${inSentence(text)}` : text;
}

function stepCost(step: RouteStep): string {
  return step.cost ? moneyRange(step.cost) : "not known";
}

function bandsText(pay: { band: string; min: number; max: number }[], bands: string[]): string {
  if (bands.length === 0) return "set by the employer";
  if (pay.length === 0) return `band ${bands.join("–")}`;
  const first = pay[0]!;
  const last = pay[pay.length - 1]!;
  const label = pay.length === 1 ? `band ${first.band}` : `bands ${first.band}–${last.band}`;
  // A band with one pay point (band 2 in England) pays one figure, not a range from it to itself.
  const range = first.min === last.max ? money(first.min) : `${money(first.min)}–${money(last.max)}`;
  return `${label}, ${range}`;
}

function workLength(p: Report["profile"], kind: ExperienceKind, months: number): string {
  return experienceUnsaid(p, { anyOf: [kind] }) ? NOT_SAID : durationWords(months);
}

/** An answer as the person gave it, or worked out from their other answers and said so. */
function answer(value: string | undefined, implied: Implied | undefined, top: string, w: WordContext): string {
  if (value !== undefined) return value;
  if (!implied) return NOT_SAID;
  return `${implied.value === top ? "" : "at least "}${implied.value} (from ${word(implied.because, w)})`;
}

export function toldUs(report: Report, dataset: Dataset): string[][] {
  const w = wordContext(dataset, report.nation, report.target);
  const p = report.profile;
  const qual = (id: string) => qualificationName(dataset, id);
  const implied = (field: "officeSkills" | "medicalTerminology") => report.implied.find((i) => i.field === field);
  const serviceShort = nationInfo(dataset, report.nation)?.serviceShort;
  const rows = [
    [label("target"), report.target.title],
    [label("nation"), p.nation ? nationName(p.nation) : `${nationName(report.nation)} (assumed)`],
    [label("currentJob"), p.currentJob ? jobWords(p.currentJob, serviceShort) : NOT_SAID],
  ];
  // The band is named by the nation's health service ("HSC band" in Northern Ireland).
  if (p.nhsBand !== undefined) rows.push([`${serviceShort ?? "NHS"} band`, `band ${p.nhsBand}`]);
  // Age and age group are one answer here: the age where given, else the group.
  rows.push([label("age"), p.age !== undefined ? String(p.age) : p.ageGroup ?? NOT_SAID]);
  rows.push(
    [label("typingWpm"), p.typingWpm === undefined ? NOT_SAID : `${p.typingWpm} wpm`],
    [label("audioTyping"), yesNo(p.audioTyping)],
    [label("medicalTerminology"), answer(p.medicalTerminology, implied("medicalTerminology"), "qualified", w)],
    [label("officeSkills"), answer(p.officeSkills, implied("officeSkills"), "confident", w)],
    [label("qualifications"), p.qualifications.length ? p.qualifications.map(qual).join(", ") : p.qualificationsUnknown ? NOT_SAID : "none listed"],
    ...(p.studying?.length ? [[label("studying"), p.studying.map(qual).join(", ")]] : []),
    // The kinds overlap: one job can count under each of them, so they are never added.
    // A job that is this kind of work, with no length given, is "not said", as Where you stand has it; never "none".
    [label("experience.adminMonths"), workLength(p, "admin", p.experience.adminMonths)],
    [label("experience.customerServiceMonths"), workLength(p, "customerService", p.experience.customerServiceMonths)],
    [label("experience.healthcareMonths"), workLength(p, "healthcare", p.experience.healthcareMonths)],
    [label("experience.secretarialMonths"), workLength(p, "secretarial", p.experience.secretarialMonths)],
    [label("needsToEarnWhileLearning"), yesNo(p.needsToEarnWhileLearning)],
    [label("canStudyPartTime"), yesNo(p.canStudyPartTime)],
  );
  // The answers added since 0.2. An answers file that gives none of them (one
  // written before them) reads as it did; one that gives any shows each the
  // questionnaire would ask this person, a blank one as "not said".
  const anyGiven = REGISTERED_ANSWERS.some(({ key }) => p[key] !== undefined);
  const asked = { nation: report.nation, ...(p.currentJob ? { currentJob: p.currentJob } : {}), ...(p.nhsBand ? { nhsBand: p.nhsBand } : {}), ...(p.ageGroup ? { ageGroup: p.ageGroup } : {}) };
  for (const def of REGISTERED_ANSWERS as readonly AnswerDef[]) {
    const key = def.key as RegisteredKey;
    if (p[key] !== undefined || (anyGiven && (!def.askedWhen || def.askedWhen(asked)))) rows.push([ANSWER_WORDS[key].label, registeredWords(key, p[key])]);
  }
  return rows;
}


/** The requirements to check, by title inside a sentence. */
function toCheckTitles(report: Pick<Report, "toCheck" | "gaps">): string[] {
  return report.toCheck.map((id) => inSentence(report.gaps.find((g) => g.id === id)?.title ?? id));
}

export function verdictOf(report: Report): string {
  const role = inSentence(report.target.title);
  const best = report.routes[0];
  const cut = report.payChange?.direction === "cut" ? ` They pay less than your band ${report.payChange.band}: see "Your pay now" below.` : "";
  if (report.verdict === "ready") {
    return `You are ready to apply for ${role} posts now.${cut}${report.mayHoldRole && report.next.length ? ` If you already work as one, the roles it leads to are listed at the end, with what each asks of you.` : ""}`;
  }
  const toCheck = toCheckTitles(report);
  if (report.verdict === "ready-if-confirmed") return `You may be ready to apply for ${role} posts now: check your ${listWords(toCheck)} first.${cut}`;
  const essential = openGaps(report.gaps).filter((g) => g.essential).length;
  const gaps = essential === 1 ? "1 essential gap" : `${essential} essential gaps`;
  const check = toCheck.length ? ` Also check your ${listWords(toCheck)}.` : "";
  return `Not ready yet: ${gaps} to close for ${role} posts.${best ? ` Best route for you: ${best.title} (${months(best.months)}).` : ""}${check}${cut}`;
}

/**
 * The verdict again in one line, for the end of a report in a terminal: by
 * then the verdict at the top has scrolled away.
 */
export function verdictInShort(report: Report): string {
  const role = inSentence(report.target.title);
  if (report.verdict === "ready") return `In short: you are ready to apply for ${role} posts now.`;
  const toCheck = toCheckTitles(report);
  if (report.verdict === "ready-if-confirmed") return `In short: you may be ready to apply for ${role} posts; check your ${listWords(toCheck)} first.`;
  const essential = openGaps(report.gaps).filter((g) => g.essential).length;
  const best = report.routes[0];
  const gaps = essential === 1 ? "1 essential gap" : `${essential} essential gaps`;
  return `In short: not ready yet (${gaps}); ${best ? `best route: ${best.title}, ${months(best.months)}.` : `no route in the data leads to ${role} posts.`}`;
}

/** A step's title as the table shows it: marked where it belongs to the role gone through first, or comes once in post. */
function stepTitle(step: RouteStep, dataset: Dataset, w: WordContext): string {
  const title = stepTitleWords(step, w);
  if (step.inPost) return `Once in post: ${title}`;
  if (step.viaRole) {
    const role = dataset.roles.find((r) => r.id === step.viaRole)?.title;
    const via = role ? inSentence(role) : step.viaRole;
    return `Towards ${via}: ${title}`;
  }
  return title;
}

function stepSection(best: Route, dataset: Dataset, w: WordContext): Section {
  const notes: string[] = [];
  if (best.nationNote) notes.push(best.nationNote);
  notes.push(...best.notes);
  for (const s of best.steps) if (s.pay.note) notes.push(word(s.pay.note, w));
  return {
    title: `Step by step: ${best.title}`,
    head: ["Step", "Time", "Cost", "Pay"],
    // A step of no time of its own (learning the systems once in post, a qualification taken alongside) is not "now".
    rows: best.steps.map((s) => [stepTitle(s, dataset, w), s.months.max === 0 ? "alongside" : months(s.months), stepCost(s), payText(s.pay)]),
    notes: [...new Set(notes)],
  };
}

function paySection(change: PayChange, report: Report, w: WordContext): Section {
  const role = report.target.title;
  // A band of one pay point (Wales's band 2) is one figure, not "£26,300–£26,300".
  const span = (min: number, max: number) => (min === max ? money(min) : `${money(min)}–${money(max)}`);
  const rows: string[][] = [[`Now: band ${change.band}`, span(change.now.min, change.now.max)]];
  for (const b of change.byBand) {
    // We do not know their pay point: a change is a range, from the nearest points to the farthest.
    const way = b.change === "cut" ? "less" : "more";
    const diff =
      b.change === "same"
        ? "the same band as now"
        : b.most === 0
          ? "the same pay as now"
          : b.least === 0
            ? `up to ${money(b.most)} a year ${way}`
            : `${b.least === b.most ? money(b.least) : `${money(b.least)} to ${money(b.most)}`} a year ${way}`;
    rows.push([`${role}, band ${b.band}`, `${span(b.min, b.max)}: ${diff}`]);
  }
  const cut = change.byBand.some((b) => b.change === "cut");
  // A known pay point (years on the band given) is one figure: the ranges are the target's only.
  const pointKnown = report.profile.bandYears !== undefined;
  const notes = cut
    ? [
        // How our own figures read; what the rules say comes from the nation's data, below.
        ...(pointKnown ? [] : ["The farther your pay point is up your band, the larger the cut: the ranges run from the nearest points of the two bands to the farthest."]),
        ...(change.byBand.some((b) => b.change === "same") ? [`Posts at band ${change.band} keep you on your band.`] : []),
        ...payChangeNotes(change, w),
      ]
    : payChangeNotes(change, w);
  return { title: "Your pay now, and in the role", head: ["", "Pay (full time, basic)"], rows, notes };
}

/** What is needed, labelled where the figure is our rule of thumb, and in the words adverts use. */
function neededText(gap: Gap, report: Report, w: WordContext): string {
  const req = report.target.requirements.find((r) => r.id === gap.id);
  const thumb = gap.basis === "rule-of-thumb" ? " (rule of thumb)" : "";
  const adverts = req?.kind === "typing" && req.advertWords ? `; adverts ask for ${req.advertWords}` : "";
  return `${word(gap.need, w)}${thumb}${adverts}`;
}

/** Under a gap that is open: one note saying what to do about it, and where its figure comes from. */
function gapNotes(gap: Gap, report: Report, w: WordContext): string[] {
  const req = report.target.requirements.find((r) => r.id === gap.id);
  const basis = gap.basis === "rule-of-thumb" && req?.note ? `The figure is ${req.by ? `${req.by}'s` : "a"} rule of thumb: ${req.note}` : "";
  const text = [gap.advice && word(gap.advice, w), basis].filter(Boolean).join(" ");
  return text ? [`${gap.title}: ${text}`] : [];
}

/** `notices` are said at the foot of the report too, where it may be printed or shared: a warning that pay may be out of date. */
export function reportModel(report: Report, dataset: Dataset, notices: readonly string[] = []): ReportModel {
  const w = wordContext(dataset, report.nation, report.target);
  const sections: Section[] = [];
  sections.push({ title: "What you told us", head: ["Question", "Your answer"], rows: toldUs(report, dataset) });

  sections.push({
    title: "Where you stand",
    head: ["Requirement", "You", "Needed", "Status"],
    statusColumn: 3,
    // Where a status rests on something other than the answer itself (a qualification, years of work), say which.
    rows: report.gaps.map((g) => [g.essential ? g.title : `${g.title} (desirable)`, g.implied ? `${word(g.have, w)} (from ${word(g.implied, w)})` : word(g.have, w), neededText(g, report, w), statusWord(g.status)]),
    notes: report.gaps.filter((g) => g.status !== "met").flatMap((g) => gapNotes(g, report, w)),
  });

  if (report.payChange) sections.push(paySection(report.payChange, report, w));

  sections.push({
    title: "Routes for you",
    head: ["#", "Route", "Time", "Cost to you", "Why"],
    rows: report.routes.map((r) => [String(r.rank), r.title, months(r.months), routeCost(r), reasonWords(r, w).join(" ")]),
    notes: reportNotes(report, w),
  });

  const best = report.routes[0];
  if (best) sections.push(stepSection(best, dataset, w));

  if (report.next.length > 0) {
    sections.push({
      title: `After ${inSentence(report.target.title)}`,
      head: ["Role", "Pay", "For you"],
      rows: report.next.map((n) => [n.title, bandsText(n.pay, n.bands), n.ready ? "you meet what it asks now" : n.lacks.length ? `needs: ${n.lacks.join("; ")}` : "check what it asks"]),
    });
  }

  const service = nationInfo(dataset, report.nation)?.service;
  const partHours = partTimeHours(report.profile, fullTimeHours(nationInfo(dataset, report.nation)));
  const footnotes = [
    `Pay: Agenda for Change${service ? ` (${service})` : ""}, ${nationName(report.nation)}${report.payYear ? `, ${report.payYear}` : ""}, ${partHours === undefined ? "full time" : `shown full time (your ${partHours} hours a week are paid pro rata: see the notes)`}: each step at its band's entry point, the roles after at their bands' range.`,
  ];
  if (report.target.payNote) footnotes.push(fillIn(report.target.payNote, undefined, nationInfo(dataset, report.nation), report.nation));
  footnotes.push(...notices);
  return { verdict: verdictOf(report), sections, footnotes };
}
