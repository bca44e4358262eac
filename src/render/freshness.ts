// `data --check` as text: what to look at again, oldest first. URLs and
// reasons may come from a --data folder: made safe, never obeyed.

import type { FreshnessReport } from "../engine/freshness.js";
import { STALE_MONTHS } from "../engine/freshness.js";
import type { Dataset } from "../engine/types.js";
import { word, wordContext } from "./words/index.js";
import { oneLine } from "./safe-text.js";
import type { Style } from "./style.js";
import { wrapText } from "./table.js";

const KIND_WORDS = { seen: "last read", asOf: "dated", effectiveFrom: "in force from" } as const;

/** `data --check --json`: the engine's report, each unconfirmed item's finding worded as `what` (and kept after it). */
export function freshnessJson(report: FreshnessReport, dataset: Dataset) {
  const w = wordContext(dataset, "england");
  return { ...report, unconfirmed: report.unconfirmed.map((u) => ({ file: u.file, item: u.item, what: word(u.finding, w), url: u.url, whatFinding: u.finding })) };
}

export function renderFreshness(report: FreshnessReport, dataset: Dataset, style: Style, width: number): string {
  const w = wordContext(dataset, "england");
  const out: string[] = [style.heading(`Data check, as of ${report.today}`), ""];
  out.push(style.bold(`Sources older than ${STALE_MONTHS} months (before ${report.cutoff}): ${report.stale.length}`));
  if (report.stale.length === 0) out.push("None.");
  for (const s of report.stale) {
    out.push(`- ${oneLine(s.file)}, ${oneLine(s.item)}, ${oneLine(s.field)}: ${KIND_WORDS[s.dateKind]} ${s.date}`);
    // Not wrapped: a URL broken over lines stops working.
    out.push(style.dim(`  ${oneLine(s.url)}`));
  }
  out.push("", style.bold(`Not confirmed: ${report.unconfirmed.length}`));
  if (report.unconfirmed.length === 0) out.push("None.");
  for (const u of report.unconfirmed) {
    out.push(wrapText(`- ${oneLine(u.file)}, ${oneLine(u.item)}: ${oneLine(word(u.finding, w))}`, width));
    if (u.url) out.push(style.dim(`  ${oneLine(u.url)}`));
  }
  out.push("", style.dim(wrapText("To refresh a source: read the page again, correct the figure if it changed, and set the date you read it (seen, or asOf for an undated page). See the README, \"Keeping the data fresh\".", width)), "");
  return out.join("\n");
}
