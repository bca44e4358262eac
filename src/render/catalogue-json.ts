// The JSON of the reference commands (roles, role, routes, qualifications),
// built field by field so that the data files' layout is not the contract
// (docs/contract.md); each function's type is its schema's.

import { rolePay } from "../engine/assess.js";
import { lastRead } from "../engine/freshness.js";
import { inSentence } from "../engine/words.js";
import { checkedStepTitle, enGB, needText, wordContext } from "./words/index.js";
import { findTable } from "../engine/pay.js";
import { fillIn, nationInfo } from "../engine/nations.js";
import { namesOpenQualification, stepsIn, stepTotals } from "../engine/routes.js";
import type { Dataset, Nation, Qualification, Requirement, Role, RouteDef, RouteStepDef, Source } from "../engine/types.js";
import type { QualificationOutput, QualificationsOutput, RoleOutput, RolesOutput, RouteOutput, RoutesOutput } from "./output-schemas.js";

type RequirementOutput = RoleOutput["requirements"][number];

/** A source as the outputs give it: where and when. The day it was last read stays in the data (a qualification's is its `seen`). */
const cited = (s: Source): RoleOutput["source"] => ({ url: s.url, asOf: s.asOf });

function requirementJson(req: Requirement, dataset: Dataset, nation: Nation): RequirementOutput {
  const head = {
    id: req.id,
    title: req.title,
    kind: req.kind,
    essential: req.essential,
    need: needText(req, dataset, nation),
    ...(req.basis ? { basis: req.basis, ...(req.by ? { by: req.by } : {}) } : {}),
  };
  const tail = { closedBy: req.closedBy, ...(req.note ? { note: req.note } : {}), source: req.source ? cited(req.source) : null };
  // `kind` again in each case, narrowed for the type checker: the value is the
  // same, and it keeps its place among the keys from `head`.
  switch (req.kind) {
    case "typing":
      return { ...head, kind: req.kind, ...(req.advertWords ? { advertWords: req.advertWords } : {}), wpm: req.wpm, ...tail };
    case "audio-typing":
      return { ...head, kind: req.kind, ...tail };
    case "medical-terminology":
      return { ...head, kind: req.kind, level: req.level, ...tail };
    case "office-skills":
      return { ...head, kind: req.kind, level: req.level, ...tail };
    case "experience":
      return { ...head, kind: req.kind, months: req.months, ...(req.anyOf ? { anyOf: req.anyOf } : {}), ...(req.allOf ? { allOf: req.allOf } : {}), ...tail };
    case "qualifications":
      return { ...head, kind: req.kind, allOf: req.allOf, ...tail };
  }
}

export function roleJson(role: Role, dataset: Dataset, nation: Nation): RoleOutput {
  const table = findTable(dataset.pay, nation);
  return {
    id: role.id,
    title: role.title,
    bands: role.bands,
    settings: role.settings,
    summary: role.summary,
    ...(role.payNote ? { payNote: fillIn(role.payNote, undefined, nationInfo(dataset, nation), nation) } : {}),
    pay: rolePay(role, table),
    payYear: table?.payYear ?? null,
    requirements: role.requirements.map((r) => requirementJson(r, dataset, nation)),
    leadsTo: role.leadsTo,
    source: cited(role.source),
  };
}

/** `roles --json`: every role, with its pay in the nation's newest table. */
export function rolesJson(dataset: Dataset, nation: Nation): RolesOutput {
  const table = findTable(dataset.pay, nation);
  return { nation, payYear: table?.payYear ?? null, roles: dataset.roles.map((r) => roleJson(r, dataset, nation)) };
}

/** `routes --json`: the routes offered in the nation. */
export function routesJson(dataset: Dataset, nation: Nation): RoutesOutput {
  return { nation, routes: dataset.routes.filter((r) => !r.onlyIn || r.onlyIn.includes(nation)).map((r) => routeJson(r, dataset, nation)) };
}

/** A route as it stands in one nation: its own apprenticeship, its own words. */
export function routeJson(route: RouteDef, dataset: Dataset, nation: Nation): RouteOutput {
  const info = nationInfo(dataset, nation);
  // Listed for no one role, a route's text names the role it leads into ("Get a practice manager post"), or
  // "a suitable post" where it leads into several: never "a the role post".
  const only = route.targets.length === 1 ? dataset.roles.find((r) => r.id === route.targets[0]) : undefined;
  const fill = (text: string) => fillIn(text, only ? inSentence(only.title) : enGB.labels.anyTarget, info, nation);
  // As for its first target, the role it is written for (see catalogue.ts).
  const steps = stepsIn(route, nation, route.targets[0]);
  const w = wordContext(dataset, nation);
  const totals = stepTotals(steps);
  return {
    id: route.id,
    title: fill(route.title),
    summary: fill(route.summary),
    targets: route.targets,
    // As before 0.2: true unless the route is known not to pay; `paid` says which way.
    earnsWhileLearning: routePays(steps) !== "no",
    paid: routePays(steps),
    studyMode: route.studyMode,
    months: totals.months.max,
    monthsMin: totals.months.min,
    cost: totals.costUnknown ? null : { min: totals.cost.min, max: totals.cost.max },
    nationNotes: route.nationNotes.map((n) => ({ nation: n.nation, note: n.note, source: cited(n.source) })),
    steps: steps.map((s) => ({
      id: s.id,
      title: checkedStepTitle(fill(s.title), s.qualification, dataset, w),
      months: s.months.max,
      monthsMin: s.months.min,
      ...(s.monthsBasis ? { monthsBasis: s.monthsBasis } : {}),
      cost: s.cost ? { min: s.cost.min, max: s.cost.max } : null,
      pay: s.pay.kind === "band" ? { kind: "band", band: s.pay.band } : { kind: s.pay.kind },
      setting: s.setting ?? null,
      closes: s.closes,
      ...(s.qualification ? { qualification: s.qualification } : {}),
      ...(s.startsPost ? { startsPost: true } : {}),
    })),
    source: cited(route.source),
    noOpenQualification: namesOpenQualification(steps, dataset)
      ? null
      : (route.noOpenQualification ?? []).filter((n) => !n.nations || n.nations.includes(nation)).map((n) => fill(n.because)).join(" ") || null,
  };
}

/** Whether a route pays, from its steps alone: "if-working" where it is study alongside a job. */
export function routePays(steps: readonly RouteStepDef[]): "yes" | "no" | "if-working" {
  const kinds = steps.filter((s) => !s.startsPost && !s.inPost).map((s) => s.pay.kind);
  if (kinds.includes("unpaid")) return "no";
  return kinds.includes("current-job") ? "if-working" : "yes";
}

export function qualificationJson(q: Qualification): QualificationOutput {
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
    status: q.status,
    ...(q.withdrawnOn ? { withdrawnOn: q.withdrawnOn } : {}),
    nations: q.nations ?? null,
    source: cited(q.source),
    seen: lastRead(q.source, q.seen) ?? null,
  };
}

/** `qualifications --json`: the qualifications given, and the nation they were chosen for, if one was. */
export function qualificationsJson(quals: readonly Qualification[], nation: Nation | undefined): QualificationsOutput {
  return { ...(nation ? { nation } : {}), qualifications: quals.map(qualificationJson) };
}
