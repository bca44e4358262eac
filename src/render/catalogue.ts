// The reference tables: roles, one role in full, routes and qualifications.
// Their own words are the catalogue's (src/render/words/reference-words.ts);
// each function takes the catalogue, en-GB unless a test locale is given.

import { rolePay } from "../engine/assess.js";
import { lastRead } from "../engine/freshness.js";
import { inNation, qualificationName } from "../engine/gaps.js";
import { needText } from "./words/index.js";
import { findTable } from "../engine/pay.js";
import { fillIn, nationInfo } from "../engine/nations.js";
import { stepsIn, stepTotals } from "../engine/routes.js";
import { checkedStepTitle, enGB, wordContext, type Catalogue } from "./words/index.js";
import type { Dataset, Nation, Qualification, Role } from "../engine/types.js";
import { routePays } from "./catalogue-json.js";
import { money, moneyRange, months, routeCost } from "./format.js";
import type { Style } from "./style.js";
import { bullet, drawTable, wrapText, type TableOptions } from "./table.js";

const range = (p: { min: number; max: number }) => (p.min === p.max ? money(p.min) : `${money(p.min)}–${money(p.max)}`);

function payCell(role: Role, dataset: Dataset, nation: Nation, words: Catalogue): string {
  const pay = rolePay(role, findTable(dataset.pay, nation));
  const rw = words.report.reference;
  if (pay.length === 0) return role.bands.length ? rw.bands(role.bands.join(", ")) : rw.setByEmployer;
  return pay.map((p) => `${p.band}: ${range(p)}`).join("\n");
}

function payTitle(dataset: Dataset, nation: Nation, words: Catalogue): string {
  const table = findTable(dataset.pay, nation);
  const rw = words.report.reference;
  return table ? rw.payTitle(words.nations[nation], table.payYear) : rw.noPayTable(words.nations[nation]);
}

export function renderRoles(dataset: Dataset, nation: Nation, style: Style, opts: TableOptions, words: Catalogue = enGB): string {
  const rw = words.report.reference;
  const rows = dataset.roles.map((r) => [r.id, r.title, payCell(r, dataset, nation, words), r.settings.map((s) => rw.settings[s] ?? s).join(", ")]);
  return [
    style.heading(rw.roles.title),
    drawTable(style, [...rw.roles.head], rows, opts),
    style.dim(wrapText(payTitle(dataset, nation, words), opts.width)),
    style.dim(wrapText(rw.rolesFoot("medsec-path role <id>"), opts.width)),
    "",
  ].join("\n");
}

/** What closes a gap, by name: a qualification's short name, a route's or a step's title. */
function closerName(dataset: Dataset, id: string, nation: Nation, words: Catalogue): string {
  if (dataset.qualifications.some((q) => q.id === id)) return qualificationName(dataset, id);
  const info = nationInfo(dataset, nation);
  const route = dataset.routes.find((r) => r.id === id);
  if (route) return words.report.reference.route(fillIn(route.title, undefined, info, nation));
  const step = dataset.routes.flatMap((r) => r.steps).find((s) => s.id === id);
  return step ? checkedStepTitle(fillIn(step.title, undefined, info, nation), step.qualification, dataset, wordContext(dataset, nation, undefined, words)) : id;
}

export function renderRole(role: Role, dataset: Dataset, nation: Nation, style: Style, opts: TableOptions, words: Catalogue = enGB): string {
  const rw = words.report.reference;
  const text = (s: string) => wrapText(s, opts.width);
  const out = [style.heading(text(role.title)), text(role.summary), ""];
  const pay = rolePay(role, findTable(dataset.pay, nation));
  out.push(style.bold(rw.pay));
  if (pay.length) {
    out.push(drawTable(style, [...rw.payHead], pay.map((p) => [p.band, money(p.min), money(p.max)]), opts));
    out.push(style.dim(text(payTitle(dataset, nation, words))));
  } else {
    out.push(text(rw.noBand));
  }
  if (role.payNote) out.push(style.dim(text(fillIn(role.payNote, undefined, nationInfo(dataset, nation), nation))));
  out.push("");
  if (role.requirements.length) {
    const rows = role.requirements.map((r) => [
      r.title,
      r.basis === "rule-of-thumb" ? rw.ruleOfThumb(needText(r, dataset, nation, words)) : needText(r, dataset, nation, words),
      r.essential ? rw.essential : rw.desirable,
      // Two steps of different routes may share a title: each name once.
      [...new Set(r.closedBy.filter((id) => inNation(dataset.qualifications.find((q) => q.id === id), nation)).map((id) => closerName(dataset, id, nation, words)))].join("; ") || "–",
    ]);
    out.push(style.bold(rw.asks.title), drawTable(style, [...rw.asks.head], rows, opts));
    for (const r of role.requirements) if (r.note) out.push(style.dim(bullet(rw.note(r.title, r.note, r.basis === "rule-of-thumb" ? { by: r.by } : undefined), opts.width)));
    out.push("");
  }
  const next = role.leadsTo.flatMap((id) => dataset.roles.filter((r) => r.id === id));
  if (next.length) {
    out.push(style.bold(rw.leadsTo.title), drawTable(style, [...rw.leadsTo.head], next.map((r) => [r.title, payCell(r, dataset, nation, words)]), opts), "");
  }
  out.push(style.dim(text(rw.source(role.source.url, role.source.asOf))), "");
  return out.join("\n");
}

export function renderRoutes(dataset: Dataset, nation: Nation, style: Style, opts: TableOptions, words: Catalogue = enGB): string {
  const rw = words.report.reference;
  const info = nationInfo(dataset, nation);
  const rows = dataset.routes
    .filter((r) => !r.onlyIn || r.onlyIn.includes(nation))
    .map((r) => {
      // As for its first target, the role it is written for: a step only some targets take is shown for that one.
      const steps = stepsIn(r, nation, r.targets[0]);
      const totals = stepTotals(steps);
      return [r.id, fillIn(r.title, undefined, info, nation), months(totals.months, words.report), routeCost(totals, words.report), rw.paid[routePays(steps)]];
    });
  return [
    style.heading(wrapText(rw.routes.title(words.nations[nation]), opts.width)),
    drawTable(style, [...rw.routes.head], rows, opts),
    style.dim(wrapText(rw.routesFoot("medsec-path"), opts.width)),
    "",
  ].join("\n");
}

function statusText(q: Qualification, words: Catalogue): string {
  const rw = words.report.reference;
  if (q.status === "withdrawn") return rw.withdrawn(q.withdrawnOn);
  return q.status === "unconfirmed" ? rw.unconfirmed : rw.open;
}

export function renderQualifications(quals: readonly Qualification[], nation: Nation | undefined, style: Style, opts: TableOptions, words: Catalogue = enGB): string {
  const rw = words.report.reference;
  // Sources as numbered notes: a URL in a cell would make the table unreadably wide.
  const rows = quals.map((q, i) => [
    q.id,
    // Where it is taken goes under the title: one column fewer in 80.
    `${q.title} [${i + 1}]${q.nations && !nation ? `\n${rw.takenIn(q.nations.map((n) => words.nations[n]).join(", "))}` : ""}`,
    rw.level(q.level),
    q.months ? months(q.months, words.report) : q.guidedHours ? rw.guidedHours(q.guidedHours) : rw.notKnown,
    q.cost ? moneyRange(q.cost, words.report) : rw.notKnown,
    statusText(q, words),
  ]);
  // Not wrapped: a URL broken over lines stops working; the terminal folds long ones itself.
  const sources = quals.map((q, i) => {
    const seen = lastRead(q.source, q.seen);
    return style.dim(`[${i + 1}] ${q.source.asOf} ${q.source.url}${seen ? rw.seen(seen) : ""}`);
  });
  return [
    style.heading(nation ? rw.qualifications.titleIn(words.nations[nation]) : rw.qualifications.title),
    drawTable(style, [...rw.qualifications.head], rows, opts),
    style.dim(wrapText(rw.qualificationsFoot, opts.width)),
    ...sources,
    "",
  ].join("\n");
}
