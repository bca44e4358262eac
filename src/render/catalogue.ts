// The reference tables: roles, one role in full, routes and qualifications.

import { rolePay } from "../engine/assess.js";
import { findTable } from "../engine/pay.js";
import { nationName, type Dataset, type Nation, type Requirement, type Role, type RouteDef } from "../engine/types.js";
import { money, moneyRange, months } from "./format.js";
import type { Style } from "./style.js";
import { bullet, drawTable, paragraph, type TableOptions } from "./table.js";

const SETTING_WORDS: Record<string, string> = {
  "hospital-trust": "hospital",
  "gp-practice": "GP practice",
  "private-healthcare": "private",
  "community-trust": "community",
};

function payCell(role: Role, dataset: Dataset, nation: Nation): string {
  const pay = rolePay(role, findTable(dataset.pay, nation));
  if (pay.length === 0) return role.bands.length ? `band ${role.bands.join(", ")}` : "set by employer";
  return pay.map((p) => `${p.band}: ${p.min === p.max ? money(p.min) : `${money(p.min)}–${money(p.max)}`}`).join("\n");
}

function payTitle(dataset: Dataset, nation: Nation): string {
  const table = findTable(dataset.pay, nation);
  return table ? `Pay: Agenda for Change, ${nationName(nation)}, ${table.payYear}, full time.` : `No pay table for ${nationName(nation)}.`;
}

export function renderRoles(dataset: Dataset, nation: Nation, style: Style, opts: TableOptions): string {
  const rows = dataset.roles.map((r) => [r.id, r.title, payCell(r, dataset, nation), r.settings.map((s) => SETTING_WORDS[s] ?? s).join(", ")]);
  return [
    style.heading("Roles"),
    drawTable(style, ["Id", "Role", "Band: pay", "Where"], rows, opts),
    style.dim(paragraph(payTitle(dataset, nation), opts.width)),
    style.dim(paragraph("GP practices set their own pay. See one role in full: medsec-path role <id>", opts.width)),
    "",
  ].join("\n");
}

export function requirementNeed(req: Requirement, dataset: Dataset): string {
  switch (req.kind) {
    case "typing":
      return `${req.wpm} wpm`;
    case "audio-typing":
      return "yes";
    case "medical-terminology":
      return req.level === "some" ? "some knowledge" : "a qualification";
    case "office-skills":
      return req.level;
    case "experience":
      return `${months({ min: req.months, max: req.months })}`;
    case "qualifications":
      return req.needText ?? req.allOf.map((g) => g.map((id) => dataset.qualifications.find((q) => q.id === id)?.short ?? id).join(" or ")).join("; and ");
  }
}

export function renderRole(role: Role, dataset: Dataset, nation: Nation, style: Style, opts: TableOptions): string {
  const text = (s: string) => paragraph(s, opts.width);
  const out = [style.heading(text(role.title)), text(role.summary), ""];
  out.push(style.bold("Pay"), drawTable(style, ["Band", "Pay"], role.bands.length ? [[role.bands.join(", "), payCell(role, dataset, nation)]] : [["–", "set by the employer"]], opts));
  out.push(style.dim(text(payTitle(dataset, nation))));
  if (role.payNote) out.push(style.dim(text(role.payNote)));
  out.push("");
  if (role.requirements.length) {
    const rows = role.requirements.map((r) => [r.title, requirementNeed(r, dataset), r.essential ? "essential" : "desirable", r.closedBy.join(", ") || "–"]);
    out.push(style.bold("What employers ask for"), drawTable(style, ["Requirement", "Needed", "", "Closed by"], rows, opts));
    for (const r of role.requirements) if (r.note) out.push(style.dim(bullet(`${r.title}: ${r.note}`, opts.width)));
    out.push("");
  }
  const next = role.leadsTo.flatMap((id) => dataset.roles.filter((r) => r.id === id));
  if (next.length) {
    out.push(style.bold("Leads to"), drawTable(style, ["Role", "Band: pay"], next.map((r) => [r.title, payCell(r, dataset, nation)]), opts), "");
  }
  out.push(style.dim(text(`Source: ${role.source.url} (${role.source.asOf})`)), "");
  return out.join("\n");
}

function routeCost(route: RouteDef): string {
  const known = route.steps.every((s) => s.cost);
  const total = route.steps.reduce((a, s) => ({ min: a.min + (s.cost?.min ?? 0), max: a.max + (s.cost?.max ?? 0) }), { min: 0, max: 0 });
  return known ? moneyRange(total) : `${moneyRange(total)} + fees not known`;
}

export function renderRoutes(dataset: Dataset, style: Style, opts: TableOptions): string {
  const rows = dataset.routes.map((r) => {
    const span = r.steps.reduce((a, s) => ({ min: a.min + s.months.min, max: a.max + s.months.max }), { min: 0, max: 0 });
    return [r.id, r.title, months(span), routeCost(r), r.earnsWhileLearning ? "yes" : "no"];
  });
  return [style.heading("Routes"), drawTable(style, ["Id", "Route", "Time", "Cost to you", "Paid"], rows, opts), style.dim(paragraph("Which suits you depends on your answers: run medsec-path to see yours ranked.", opts.width)), ""].join("\n");
}

export function renderQualifications(dataset: Dataset, style: Style, opts: TableOptions): string {
  const rows = dataset.qualifications.map((q) => [q.id, q.title, q.level, q.months ? months(q.months) : "not known", q.cost ? moneyRange(q.cost) : "not known"]);
  return [style.heading("Qualifications"), drawTable(style, ["Id", "Qualification", "Level", "Time", "Cost"], rows, opts), style.dim(paragraph("Each qualification's source is in data/qualifications.yaml; use --json for the details.", opts.width)), ""].join("\n");
}
