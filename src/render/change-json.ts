// The public JSON of a change (README, "JSON for scripts"): `compare --json`
// carries it as `change`, `assess --set … --json` as `whatIf.change`. Built
// field by field, like the other shapes, so the engine's names can move freely.

import type { GapSide, ReportChange, RouteSide } from "../engine/compare.js";
import type { Range } from "../engine/types.js";
import type { Dataset } from "../engine/types.js";
import { changeWords, word, type WordContext } from "./words/index.js";

const gapSide = (s: GapSide | undefined, w: WordContext) => (s ? { status: s.status, have: word(s.have, w), need: word(s.need, w), haveFinding: s.have, needFinding: s.need } : null);

const routeSide = (s: RouteSide | undefined) =>
  s ? { rank: s.rank, months: s.months.max, monthsMin: s.months.min, cost: s.costUnknown ? null : { min: s.cost.min, max: s.cost.max } } : null;

/** Answers as an answers file holds them: null where the person did not say. */
const answer = (v: unknown) => (v === undefined ? null : v);

export function changeJson(change: ReportChange, dataset: Dataset) {
  const w = changeWords(change, dataset);
  const months = (r: Range | null) => r?.max ?? null;
  const monthsMin = (r: Range | null) => r?.min ?? null;
  return {
    answers: change.answers.map((a) => ({
      key: a.key,
      before: answer(a.before),
      after: answer(a.after),
      ...(a.added || a.removed ? { added: a.added ?? [], removed: a.removed ?? [] } : {}),
    })),
    target: { before: change.target.before.id, after: change.target.after.id },
    ready: { before: change.ready.before, after: change.ready.after },
    gaps: change.gaps.map((g) => ({ id: g.id, title: g.title, essential: g.essential, change: g.move, before: gapSide(g.before, w), after: gapSide(g.after, w) })),
    routes: change.routes.map((r) => ({ id: r.id, title: r.title, before: routeSide(r.before), after: routeSide(r.after) })),
    recommended: { before: change.recommended.before, after: change.recommended.after },
    /** Time to the role along the best route, as workshop --json gives it: 0 if ready, null if no route. */
    months: { before: months(change.toRole.before), after: months(change.toRole.after) },
    monthsMin: { before: monthsMin(change.toRole.before), after: monthsMin(change.toRole.after) },
    // Added after 0.2.0: what the change comes to, as the engine decided it.
    verdict: { ...change.verdict },
  };
}

/** A --set as the JSON gives it: the key's path and the value read. */
export interface SetAnswer {
  path: readonly string[];
  value: unknown;
}

export function whatIfJson(sets: readonly SetAnswer[], change: ReturnType<typeof changeJson>) {
  return { set: sets.map((s) => ({ key: s.path.join("."), value: answer(s.value) })), change };
}
