// The public JSON shapes (DESIGN.md). Each is built field by field from engine
// objects, so a rename inside the engine cannot change what scripts read.

import { rolePay } from "../engine/assess.js";
import { needText } from "../engine/gaps.js";
import { findTable, type PayScale } from "../engine/pay.js";
import { stepTotals } from "../engine/routes.js";
import type { Dataset, Nation, Qualification, Report, Requirement, Role, RouteDef } from "../engine/types.js";
import { summarise } from "../engine/workshop.js";
import { attendeeLabel, type WorkshopEntry } from "./workshop.js";

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function bandsJson(scale: PayScale) {
  const { table, area, supplements } = scale;
  return {
    nation: table.nation,
    payYear: table.payYear,
    effectiveFrom: table.effectiveFrom,
    source: table.source,
    ...(area && supplements
      ? {
          area: {
            id: area.id,
            name: area.name,
            percent: area.percent,
            min: area.min,
            max: area.max,
            effectiveFrom: supplements.effectiveFrom,
            source: supplements.source,
          },
        }
      : {}),
    bands: scale.bands.map((b) => ({
      band: b.band,
      min: b.min,
      max: b.max,
      points: b.points.map((p) => ({
        afterYears: p.afterYears,
        salary: p.salary,
        ...(p.supplement !== undefined ? { supplement: p.supplement, total: p.total } : {}),
      })),
    })),
  };
}

export function assessJson(report: Report) {
  return {
    target: { id: report.target.id, title: report.target.title, bands: report.target.bands },
    nation: report.nation,
    payYear: report.payYear ?? null,
    ready: report.ready,
    gaps: report.gaps.map((g) => ({
      id: g.id,
      title: g.title,
      status: g.status,
      essential: g.essential,
      have: g.have,
      need: g.need,
      closedBy: g.closedBy,
      ...(g.advice ? { advice: g.advice } : {}),
    })),
    routes: report.routes.map((r) => ({
      id: r.id,
      title: r.title,
      rank: r.rank,
      score: r.score,
      reasons: r.reasons,
      months: r.months.max,
      monthsMin: r.months.min,
      cost: r.costUnknown ? null : { min: r.cost.min, max: r.cost.max },
      earnsWhileLearning: r.earnsWhileLearning,
      closes: r.closes,
      ...(r.nationNote ? { nationNote: r.nationNote } : {}),
      steps: r.steps.map((s) => ({
        id: s.id,
        title: s.title,
        months: s.months.max,
        monthsMin: s.months.min,
        cost: s.cost ? { min: s.cost.min, max: s.cost.max } : null,
        band: s.pay.band ?? null,
        pay: {
          kind: s.pay.kind,
          ...(s.pay.salary !== undefined ? { salary: s.pay.salary, payYear: s.pay.payYear } : {}),
          ...(s.pay.perHour !== undefined ? { perHour: s.pay.perHour } : {}),
          ...(s.pay.uncertain ? { uncertain: true } : {}),
          ...(s.pay.note ? { note: s.pay.note } : {}),
        },
      })),
    })),
    recommended: report.recommended,
    next: report.next.map((n) => ({ id: n.id, title: n.title, bands: n.bands, pay: n.pay })),
  };
}

function requirementJson(req: Requirement, dataset: Dataset) {
  return {
    id: req.id,
    title: req.title,
    kind: req.kind,
    essential: req.essential,
    need: needText(req, dataset),
    ...(req.kind === "typing" ? { wpm: req.wpm } : {}),
    ...(req.kind === "medical-terminology" || req.kind === "office-skills" ? { level: req.level } : {}),
    ...(req.kind === "experience" ? { months: req.months, anyOf: req.anyOf } : {}),
    ...(req.kind === "qualifications" ? { allOf: req.allOf } : {}),
    closedBy: req.closedBy,
    ...(req.note ? { note: req.note } : {}),
    source: req.source ?? null,
  };
}

export function roleJson(role: Role, dataset: Dataset, nation: Nation) {
  const table = findTable(dataset.pay, nation);
  return {
    id: role.id,
    title: role.title,
    bands: role.bands,
    settings: role.settings,
    summary: role.summary,
    ...(role.payNote ? { payNote: role.payNote } : {}),
    pay: rolePay(role, table),
    payYear: table?.payYear ?? null,
    requirements: role.requirements.map((r) => requirementJson(r, dataset)),
    leadsTo: role.leadsTo,
    source: role.source,
  };
}

export function routeJson(route: RouteDef) {
  const totals = stepTotals(route.steps);
  return {
    id: route.id,
    title: route.title,
    summary: route.summary,
    targets: route.targets,
    earnsWhileLearning: route.earnsWhileLearning,
    studyMode: route.studyMode,
    months: totals.months.max,
    monthsMin: totals.months.min,
    cost: totals.costUnknown ? null : { min: totals.cost.min, max: totals.cost.max },
    nationNotes: route.nationNotes.map((n) => ({ nation: n.nation, note: n.note, source: n.source ?? null })),
    steps: route.steps.map((s) => ({
      id: s.id,
      title: s.title,
      months: s.months.max,
      monthsMin: s.months.min,
      ...(s.monthsBasis ? { monthsBasis: s.monthsBasis } : {}),
      cost: s.cost ? { min: s.cost.min, max: s.cost.max } : null,
      pay: s.pay.kind === "band" ? { kind: "band", band: s.pay.band } : { kind: s.pay.kind },
      setting: s.setting ?? null,
      closes: s.closes,
    })),
    source: route.source,
  };
}

export function qualificationJson(q: Qualification) {
  return {
    id: q.id,
    title: q.title,
    level: q.level,
    awardingBody: q.awardingBody,
    summary: q.summary,
    months: q.months ? { min: q.months.min, max: q.months.max } : null,
    guidedHours: q.guidedHours ?? null,
    cost: q.cost ? { min: q.cost.min, max: q.cost.max, ...(q.cost.note ? { note: q.cost.note } : {}) } : null,
    shows: q.grants ?? {},
    source: q.source,
  };
}

export function workshopJson(entries: readonly WorkshopEntry[], errors: readonly { row: number; column: string; message: string }[], names: boolean) {
  const summary = summarise(entries.map((e) => e.report));
  return {
    summary: {
      attendees: summary.attendees,
      ready: summary.ready,
      byRoute: summary.byRoute,
      commonGaps: summary.commonGaps.map((g) => ({ id: g.id, count: g.count })),
      medianTypingWpm: summary.medianTypingWpm,
    },
    attendees: entries.map((e) => ({
      label: attendeeLabel(e, names),
      row: e.row,
      ready: e.report.ready,
      recommended: e.report.recommended,
      // Months to the role: none for someone ready to apply now, as the table says "now".
      months: e.report.ready ? 0 : (e.report.routes[0]?.months.max ?? null),
      gaps: e.report.gaps.filter((g) => g.status !== "met").map((g) => ({ id: g.id, status: g.status })),
    })),
    errors: errors.map((e) => ({ row: e.row, column: e.column, message: e.message })),
  };
}
