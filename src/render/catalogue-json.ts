// The JSON of the reference commands (roles, role, routes, qualifications),
// built field by field so that the data files' layout is not the contract.

import { rolePay } from "../engine/assess.js";
import { needText } from "../engine/gaps.js";
import { findTable } from "../engine/pay.js";
import { stepTotals } from "../engine/routes.js";
import type { Dataset, Nation, Qualification, Requirement, Role, RouteDef } from "../engine/types.js";

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
    nationNotes: route.nationNotes.map((n) => ({ nation: n.nation, note: n.note, source: n.source })),
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
