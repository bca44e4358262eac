// The reference tables: roles, one role in full, routes and qualifications.

import { rolePay } from "../engine/assess.js";
import { lastRead } from "../engine/freshness.js";
import { inNation, qualificationName } from "../engine/gaps.js";
import { needText } from "./words/index.js";
import { findTable } from "../engine/pay.js";
import { fillIn, nationInfo } from "../engine/nations.js";
import { stepsIn, stepTotals } from "../engine/routes.js";
import { checkedStepTitle, wordContext } from "./words/index.js";
import { nationName, type Dataset, type Nation, type Qualification, type Role } from "../engine/types.js";
import { routePays } from "./catalogue-json.js";
import { money, moneyRange, months, routeCost } from "./format.js";
import type { Style } from "./style.js";
import { bullet, drawTable, wrapText, type TableOptions } from "./table.js";

const SETTING_WORDS: Record<string, string> = {
  "hospital-trust": "hospital",
  "gp-practice": "GP practice",
  "private-healthcare": "private",
  "community-trust": "community",
};

const range = (p: { min: number; max: number }) => (p.min === p.max ? money(p.min) : `${money(p.min)}–${money(p.max)}`);

function payCell(role: Role, dataset: Dataset, nation: Nation): string {
  const pay = rolePay(role, findTable(dataset.pay, nation));
  if (pay.length === 0) return role.bands.length ? `band ${role.bands.join(", ")}` : "set by employer";
  return pay.map((p) => `${p.band}: ${range(p)}`).join("\n");
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
    style.dim(wrapText(payTitle(dataset, nation), opts.width)),
    style.dim(wrapText("GP practices set their own pay. See one role in full: medsec-path role <id>", opts.width)),
    "",
  ].join("\n");
}

/** What closes a gap, by name: a qualification's short name, a route's or a step's title. */
function closerName(dataset: Dataset, id: string, nation: Nation): string {
  if (dataset.qualifications.some((q) => q.id === id)) return qualificationName(dataset, id);
  const info = nationInfo(dataset, nation);
  const route = dataset.routes.find((r) => r.id === id);
  if (route) return `${fillIn(route.title, undefined, info, nation)} (route)`;
  const step = dataset.routes.flatMap((r) => r.steps).find((s) => s.id === id);
  return step ? checkedStepTitle(fillIn(step.title, undefined, info, nation), step.qualification, dataset, wordContext(dataset, nation)) : id;
}

export function renderRole(role: Role, dataset: Dataset, nation: Nation, style: Style, opts: TableOptions): string {
  const text = (s: string) => wrapText(s, opts.width);
  const out = [style.heading(text(role.title)), text(role.summary), ""];
  const pay = rolePay(role, findTable(dataset.pay, nation));
  out.push(style.bold("Pay"));
  if (pay.length) {
    out.push(drawTable(style, ["Band", "Entry", "Top"], pay.map((p) => [p.band, money(p.min), money(p.max)]), opts));
    out.push(style.dim(text(payTitle(dataset, nation))));
  } else {
    out.push(text("Set by the employer: no NHS band applies."));
  }
  if (role.payNote) out.push(style.dim(text(fillIn(role.payNote, undefined, nationInfo(dataset, nation), nation))));
  out.push("");
  if (role.requirements.length) {
    const rows = role.requirements.map((r) => [
      r.title,
      `${needText(r, dataset, nation)}${r.basis === "rule-of-thumb" ? " (rule of thumb)" : ""}`,
      r.essential ? "essential" : "desirable",
      // Two steps of different routes may share a title: each name once.
      [...new Set(r.closedBy.filter((id) => inNation(dataset.qualifications.find((q) => q.id === id), nation)).map((id) => closerName(dataset, id, nation)))].join("; ") || "–",
    ]);
    out.push(style.bold("What employers ask for"), drawTable(style, ["Requirement", "Needed", "Essential?", "Helped by"], rows, opts));
    for (const r of role.requirements) if (r.note) out.push(style.dim(bullet(`${r.title}${r.basis === "rule-of-thumb" ? ` (${r.by ? `${r.by}'s ` : ""}rule of thumb)` : ""}: ${r.note}`, opts.width)));
    out.push("");
  }
  const next = role.leadsTo.flatMap((id) => dataset.roles.filter((r) => r.id === id));
  if (next.length) {
    out.push(style.bold("Leads to"), drawTable(style, ["Role", "Band: pay"], next.map((r) => [r.title, payCell(r, dataset, nation)]), opts), "");
  }
  out.push(style.dim(text(`Source: ${role.source.url} (${role.source.asOf})`)), "");
  return out.join("\n");
}

const PAID_WORDS = { yes: "yes", no: "no", "if-working": "alongside a job" } as const;

export function renderRoutes(dataset: Dataset, nation: Nation, style: Style, opts: TableOptions): string {
  const info = nationInfo(dataset, nation);
  const rows = dataset.routes
    .filter((r) => !r.onlyIn || r.onlyIn.includes(nation))
    .map((r) => {
      // As for its first target, the role it is written for: a step only some targets take is shown for that one.
      const steps = stepsIn(r, nation, r.targets[0]);
      const totals = stepTotals(steps);
      return [r.id, fillIn(r.title, undefined, info, nation), months(totals.months), routeCost(totals), PAID_WORDS[routePays(steps)]];
    });
  return [
    style.heading(wrapText(`Routes (${nationName(nation)})`, opts.width)),
    drawTable(style, ["Id", "Route", "Time", "Cost to you", "Paid"], rows, opts),
    style.dim(wrapText("Which suits you depends on your answers: run medsec-path to see yours ranked, with each step's pay.", opts.width)),
    "",
  ].join("\n");
}

function statusText(q: Qualification): string {
  if (q.status === "withdrawn") return `withdrawn ${q.withdrawnOn ?? ""}`.trim();
  return q.status === "unconfirmed" ? "not confirmed for 2026: check with the provider" : "open";
}

export function renderQualifications(quals: readonly Qualification[], nation: Nation | undefined, style: Style, opts: TableOptions): string {
  // Sources as numbered notes: a URL in a cell would make the table unreadably wide.
  const rows = quals.map((q, i) => [
    q.id,
    // Where it is taken goes under the title: one column fewer in 80.
    `${q.title} [${i + 1}]${q.nations && !nation ? `\nIn ${q.nations.map(nationName).join(", ")}` : ""}`,
    q.level,
    q.months ? months(q.months) : q.guidedHours ? `${q.guidedHours} guided hours` : "not known",
    q.cost ? moneyRange(q.cost) : "not known",
    statusText(q),
  ]);
  // Not wrapped: a URL broken over lines stops working; the terminal folds long ones itself.
  const sources = quals.map((q, i) => {
    const seen = lastRead(q.source, q.seen);
    return style.dim(`[${i + 1}] ${q.source.asOf} ${q.source.url}${seen ? ` (seen ${seen})` : ""}`);
  });
  return [
    style.heading(nation ? `Qualifications taken in ${nationName(nation)}` : "Qualifications"),
    drawTable(style, ["Id", "Qualification", "Level", "Time", "Cost", "Status"], rows, opts),
    style.dim(wrapText("Where no source gives a time or a cost, it says so. A withdrawn qualification still counts if you hold it; no route sends anyone to it. Sources:", opts.width)),
    ...sources,
    "",
  ].join("\n");
}
