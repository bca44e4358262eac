// The assessment report as a list of titled tables, in plain words. The
// terminal, Markdown and HTML renderers all draw from this one model, so the
// handout and the screen cannot say different things.

import { nationName, type Dataset, type Gap, type Report, type RouteStep, type StepPayFigure } from "../engine/types.js";
import { durationWords } from "../engine/words.js";
import { money, moneyRange, months, perHour, routeCost, yesNo } from "./format.js";

export interface Section {
  title: string;
  head: string[];
  rows: string[][];
  /** Column holding Met / Partly / Missing, for colouring. */
  statusColumn?: number;
  notes?: string[];
}

export interface ReportModel {
  verdict: string;
  sections: Section[];
  footnotes: string[];
}

const STATUS_WORDS: Record<Gap["status"], string> = { met: "Met", partial: "Partly", missing: "Missing" };

export function statusWord(status: Gap["status"]): string {
  return STATUS_WORDS[status];
}

function payText(pay: StepPayFigure): string {
  switch (pay.kind) {
    case "band": {
      const salary = pay.salary === undefined ? "" : ` from ${money(pay.salary)}`;
      return `Band ${pay.band}${salary}${pay.uncertain ? " (GP practices set their own pay)" : ""}`;
    }
    case "apprentice":
      return pay.perHour === undefined ? "Apprentice pay" : `Apprentice pay: at least ${perHour(pay.perHour)}`;
    case "unpaid":
      return "Unpaid";
    case "current-job":
      return "Your current pay, if working";
  }
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
  return `${label}, ${first.min === last.max ? money(first.min) : `${money(first.min)}–${money(last.max)}`}`;
}

export function toldUs(report: Report, dataset: Dataset): string[][] {
  const p = report.profile;
  const qual = (id: string) => {
    const q = dataset.qualifications.find((x) => x.id === id);
    return q?.short ?? q?.title ?? id;
  };
  return [
    ["Aiming for", report.target.title],
    ["Working in", p.nation ? nationName(p.nation) : `${nationName(report.nation)} (assumed)`],
    ["Typing speed", p.typingWpm === undefined ? "not known" : `${p.typingWpm} wpm`],
    ["Audio typing", yesNo(p.audioTyping)],
    ["Medical terminology", p.medicalTerminology ?? "not said"],
    ["Office skills", p.officeSkills ?? "not said"],
    ["Qualifications", p.qualifications.length ? p.qualifications.map(qual).join(", ") : "none listed"],
    ["Office or admin work", durationWords(p.experience.adminMonths)],
    ["Customer-facing work", durationWords(p.experience.customerServiceMonths)],
    ["Healthcare setting", durationWords(p.experience.healthcareMonths)],
    ["Secretarial or PA work", durationWords(p.experience.secretarialMonths)],
    ["Need to earn while learning", yesNo(p.needsToEarnWhileLearning)],
    ["Can study part-time", yesNo(p.canStudyPartTime)],
  ];
}

export function verdictOf(report: Report): string {
  const role = report.target.title.toLowerCase();
  const best = report.routes[0];
  if (report.ready) return `You are ready to apply for ${role} posts now.`;
  const essential = report.gaps.filter((g) => g.essential && g.status !== "met").length;
  const gaps = essential === 1 ? "1 essential gap" : `${essential} essential gaps`;
  return `Not ready yet: ${gaps} to close for ${role} posts.${best ? ` Best route for you: ${best.title} (${months(best.months)}).` : ""}`;
}

/** `notices` are said at the foot of the report too, where it may be printed or shared: a warning that pay may be out of date. */
export function reportModel(report: Report, dataset: Dataset, notices: readonly string[] = []): ReportModel {
  const sections: Section[] = [];
  sections.push({ title: "What you told us", head: ["Question", "Your answer"], rows: toldUs(report, dataset) });

  sections.push({
    title: "Where you stand",
    head: ["Requirement", "You", "Needed", "Status"],
    statusColumn: 3,
    rows: report.gaps.map((g) => [g.essential ? g.title : `${g.title} (desirable)`, g.have, g.need, statusWord(g.status)]),
    notes: report.gaps.filter((g) => g.advice && g.status !== "met").map((g) => `${g.title}: ${g.advice}`),
  });

  sections.push({
    title: "Routes for you",
    head: ["#", "Route", "Time", "Cost to you", "Why"],
    rows: report.routes.map((r) => [
      String(r.rank),
      r.title,
      months(r.months),
      routeCost(r),
      r.reasons.join(" "),
    ]),
  });

  const best = report.routes[0];
  if (best) {
    const notes = [...new Set(best.steps.flatMap((s) => (s.pay.note ? [s.pay.note] : [])))];
    if (best.nationNote) notes.unshift(best.nationNote);
    sections.push({
      title: `Step by step: ${best.title}`,
      head: ["Step", "Time", "Cost", "Pay"],
      rows: best.steps.map((s) => [s.title, months(s.months), stepCost(s), payText(s.pay)]),
      notes,
    });
  }

  if (report.next.length > 0) {
    sections.push({
      title: `After ${report.target.title.toLowerCase()}`,
      head: ["Role", "Pay"],
      rows: report.next.map((n) => [n.title, bandsText(n.pay, n.bands)]),
    });
  }

  const footnotes = [
    `Pay: NHS Agenda for Change, ${nationName(report.nation)}${report.payYear ? `, ${report.payYear}` : ""}, full time: each step at its band's entry point, the roles after at their bands' range.`,
  ];
  if (report.target.payNote) footnotes.push(report.target.payNote);
  footnotes.push(...notices);
  return { verdict: verdictOf(report), sections, footnotes };
}
