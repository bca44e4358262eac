// `assess --set key=value`: the person's answers with some changed, assessed
// again, and what the change does (gaps that close or open, the route and its
// months) said before the report as it would then be.

import { checkSets, parseSets, profileWithSets, SET_SOURCE, type AnswerSet } from "../../answers/set.js";
import { ignoredAnswers } from "../../answers/parse.js";
import { assess } from "../../engine/assess.js";
import { compareReports } from "../../engine/compare.js";
import type { Report } from "../../engine/types.js";
import type { Issue } from "../../errors.js";
import { changeJson, whatIfJson } from "../../render/change-json.js";
import { whatIfModel } from "../../render/change.js";
import { assessJson, toJson } from "../../render/json.js";
import { reportModel } from "../../render/report-model.js";
import { staleWarning, warnIfStale, warnIgnored, type Context } from "../context.js";
import { isShareable, printModel, whatIfTitle, type TextFormat } from "../print.js";

/** The --set arguments, parsed and checked on their own: a bad one stops the run before any question. */
export function checkedSets(args: readonly string[], dataset: Context["dataset"]): AnswerSet[] {
  const sets = parseSets(args);
  checkSets(sets, dataset);
  return sets;
}

/**
 * `fileIgnored`: what the answers file's reading found ignored, each at its
 * line, not yet said. Only what the changed answers still ignore is said, and
 * why as they stand: `--set nation=wales` makes the file's `welsh` count.
 */
export async function printWhatIf(ctx: Context, report: Report, sets: readonly AnswerSet[], format: TextFormat | "json", pager = false, fileIgnored: readonly Issue[] = []): Promise<void> {
  const profile = profileWithSets(report.profile, sets, ctx.dataset);
  const setKeys = new Set(sets.map((s) => s.path.join(".")));
  const inFile = new Map(fileIgnored.map((issue) => [issue.field, issue]));
  for (const { key, message } of ignoredAnswers(profile)) {
    // An answer the file gave and --set left alone is pinned to its line; one --set gave, or made ignored, to --set.
    const own = setKeys.has(key) ? undefined : inFile.get(key);
    warnIgnored(ctx)(own ? { ...own, message } : { file: SET_SOURCE, field: key, message });
  }
  const changed = assess(profile, ctx.dataset);
  // The pay printed is the changed answers' nation's, so that is the one to warn about.
  warnIfStale(ctx, changed.nation);
  const change = compareReports(report, changed);
  const stale = staleWarning(ctx.dataset.pay, ctx.now, changed.nation);
  if (format === "json") {
    ctx.term.stdout.write(toJson({ ...assessJson(changed, ctx.dataset, stale), whatIf: whatIfJson(sets, changeJson(change, ctx.dataset)) }));
    return;
  }
  const model = whatIfModel(change, reportModel(changed, ctx.dataset, isShareable(format) && stale ? [stale] : []), ctx.dataset);
  await printModel(ctx, model, whatIfTitle(changed), format, { pager });
}
