// `data --check` as text: what to look at again, oldest first. URLs and
// reasons may come from a --data folder: made safe, never obeyed.

import type { FreshnessReport } from "../engine/freshness.js";
import { STALE_MONTHS } from "../engine/freshness.js";
import type { Dataset } from "../engine/types.js";
import { enGB, word, wordContext, type Catalogue } from "./words/index.js";
import { oneLine } from "./safe-text.js";
import type { Style } from "./style.js";
import { wrapText } from "./table.js";

/** `data --check --json`: the engine's report, each unconfirmed item's finding worded as `what` (and kept after it). */
export function freshnessJson(report: FreshnessReport, dataset: Dataset) {
  const w = wordContext(dataset, "england");
  return { ...report, unconfirmed: report.unconfirmed.map((u) => ({ file: u.file, item: u.item, what: word(u.finding, w), url: u.url, whatFinding: u.finding })) };
}

export function renderFreshness(report: FreshnessReport, dataset: Dataset, style: Style, width: number, words: Catalogue = enGB): string {
  const w = wordContext(dataset, "england", undefined, words);
  const c = words.report.check;
  const out: string[] = [style.heading(c.title(report.today)), ""];
  out.push(style.bold(c.stale(STALE_MONTHS, report.cutoff, report.stale.length)));
  if (report.stale.length === 0) out.push(c.none);
  for (const s of report.stale) {
    out.push(`- ${oneLine(s.file)}, ${oneLine(s.item)}, ${oneLine(s.field)}: ${c.kind[s.dateKind]} ${s.date}`);
    // Not wrapped: a URL broken over lines stops working.
    out.push(style.dim(`  ${oneLine(s.url)}`));
  }
  out.push("", style.bold(c.unconfirmed(report.unconfirmed.length)));
  if (report.unconfirmed.length === 0) out.push(c.none);
  for (const u of report.unconfirmed) {
    out.push(wrapText(`- ${oneLine(u.file)}, ${oneLine(u.item)}: ${oneLine(word(u.finding, w))}`, width));
    if (u.url) out.push(style.dim(`  ${oneLine(u.url)}`));
  }
  out.push("", style.dim(wrapText(c.refresh, width)), "");
  return out.join("\n");
}
