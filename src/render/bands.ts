// The pay table as text: one row a band, its entry, intermediate and top points.
// Its own words are the catalogue's (src/render/words/reference-words.ts).

import type { PayScale, ScalePoint } from "../engine/pay.js";
import { money, years } from "./format.js";
import type { Style } from "./style.js";
import { drawTable, wrapText, type TableOptions } from "./table.js";
import { enGB, type Catalogue } from "./words/en-gb.js";
import { phrasesOf } from "./words/phrases.js";

function cell(point: ScalePoint | undefined, withYears: boolean, words: Catalogue): string {
  if (!point) return "–";
  const rw = words.report.reference;
  const when = withYears && point.afterYears > 0 ? rw.after(years(point.afterYears, words.report)) : "";
  const base = `${money(point.salary)}${when}`;
  return point.total === undefined ? base : `${base}\n${rw.withSupplement(money(point.total))}`;
}

/** `words` is the catalogue, en-GB unless a test locale is given. */
export function renderBands(scale: PayScale, style: Style, opts: TableOptions, words: Catalogue = enGB): string {
  const { table } = scale;
  const rw = words.report.reference;
  const title = rw.bandsTitle(words.nations[table.nation], table.payYear, phrasesOf(words.t).date(table.effectiveFrom));
  const rows = scale.bands.map((b) => {
    const [entry, ...rest] = b.points;
    const top = rest.at(-1);
    const middle = rest.slice(0, -1);
    return [b.band, cell(entry, false, words), middle.map((p) => cell(p, true, words)).join("\n") || "–", cell(top, true, words)];
  });
  const text = (s: string) => wrapText(s, opts.width);
  const lines = [style.heading(text(title))];
  if (scale.area) {
    const a = scale.area;
    lines.push(text(rw.area(a.name, a.percent, money(a.min), money(a.max))));
  }
  lines.push(drawTable(style, [...rw.bandsHead], rows, opts));
  if (table.notes) lines.push(style.dim(text(table.notes)));
  lines.push(style.dim(text(rw.bandsSource(table.source))));
  if (scale.supplements) lines.push(style.dim(text(rw.supplementSource(scale.supplements.source))));
  return `${lines.join("\n")}\n`;
}
