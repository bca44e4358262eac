// The pay table as text: one row a band, its entry, intermediate and top points.

import type { PayScale, ScalePoint } from "../engine/pay.js";
import { nationName } from "../engine/types.js";
import { money, years } from "./format.js";
import type { Style } from "./style.js";
import { drawTable, wrapText, type TableOptions } from "./table.js";

export function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

function cell(point: ScalePoint | undefined, withYears: boolean): string {
  if (!point) return "–";
  const when = withYears && point.afterYears > 0 ? ` after ${years(point.afterYears)}` : "";
  const base = `${money(point.salary)}${when}`;
  return point.total === undefined ? base : `${base}\n${money(point.total)} with supplement`;
}

export function renderBands(scale: PayScale, style: Style, opts: TableOptions): string {
  const { table } = scale;
  const title = `NHS Agenda for Change pay, ${nationName(table.nation)}, ${table.payYear} (from ${longDate(table.effectiveFrom)})`;
  const rows = scale.bands.map((b) => {
    const [entry, ...rest] = b.points;
    const top = rest.at(-1);
    const middle = rest.slice(0, -1);
    return [b.band, cell(entry, false), middle.map((p) => cell(p, true)).join("\n") || "–", cell(top, true)];
  });
  const text = (s: string) => wrapText(s, opts.width);
  const lines = [style.heading(text(title))];
  if (scale.area) {
    const a = scale.area;
    lines.push(text(`With the ${a.name} High Cost Area Supplement: ${a.percent}% of basic pay, at least ${money(a.min)} and at most ${money(a.max)} a year.`));
  }
  lines.push(drawTable(style, ["Band", "Entry", "Intermediate", "Top"], rows, opts));
  if (table.notes) lines.push(style.dim(text(table.notes)));
  lines.push(style.dim(text(`Source: ${table.source}`)));
  if (scale.supplements) lines.push(style.dim(text(`Supplement source: ${scale.supplements.source}`)));
  return `${lines.join("\n")}\n`;
}
