// The public JSON (docs/contract.md) of bands and assess; the reference
// commands' are in catalogue-json.ts, the workshop's in workshop.ts. Each is
// built field by field, so a rename inside the engine or the data files
// cannot change what scripts read; its type is its schema's.

import type { GapValueFinding, Quantity } from "../engine/findings.js";
import type { Dataset, Gap, Report } from "../engine/types.js";
import { enGB, payChangeNotes, reasonWords, reportNotes, stepTitleWords, word, wordContext, type Catalogue } from "./words/index.js";
import type { AssessReportOutput } from "./output-schemas.js";

export { bandsJson, toJson } from "./bands-json.js";

/** Have and need as a number and its unit, where they are one. */
function quantities(g: Gap): { haveQuantity?: Quantity; needQuantity?: Quantity } {
  const of = (f: GapValueFinding): Quantity | undefined =>
    f.code === "wpm" ? { value: f.wpm, unit: "wpm" } : f.code === "duration" ? { value: f.months, unit: "months" } : undefined;
  const have = of(g.have);
  const need = of(g.need);
  return { ...(have ? { haveQuantity: have } : {}), ...(need ? { needQuantity: need } : {}) };
}

/** `words`: the catalogue that words the English fields (en-GB; a test locale in tests). */
export function assessJson(report: Report, dataset: Dataset, payWarning?: string, words: Catalogue = enGB): AssessReportOutput {
  const w = wordContext(dataset, report.nation, report.target, words);
  return {
    target: { id: report.target.id, title: report.target.title, bands: report.target.bands },
    nation: report.nation,
    payYear: report.payYear ?? null,
    /** Set when the newest pay held for the nation is older than today's pay year. */
    payWarning: payWarning ?? null,
    ready: report.ready,
    readyIfConfirmed: report.readyIfConfirmed,
    gaps: report.gaps.map((g) => ({
      id: g.id,
      title: g.title,
      status: g.status,
      essential: g.essential,
      have: word(g.have, w),
      need: word(g.need, w),
      closedBy: g.closedBy,
      ...(g.advice ? { advice: word(g.advice, w) } : {}),
      ...(g.implied ? { implied: word(g.implied, w) } : {}),
      ...(g.basis ? { basis: g.basis } : {}),
      // Added after 0.2.0, after the fields scripts already read: the same as findings.
      haveFinding: g.have,
      needFinding: g.need,
      ...quantities(g),
      ...(g.advice ? { adviceFinding: g.advice } : {}),
      ...(g.implied ? { impliedFinding: g.implied } : {}),
    })),
    routes: report.routes.map((r) => ({
      id: r.id,
      title: r.title,
      rank: r.rank,
      score: r.score,
      reasons: reasonWords(r, w),
      fits: r.fits,
      months: r.months.max,
      monthsMin: r.months.min,
      cost: r.costUnknown ? null : { min: r.cost.min, max: r.cost.max },
      earnsWhileLearning: r.earnsWhileLearning,
      earns: r.earns,
      closes: r.closes,
      ...(r.nationNote ? { nationNote: r.nationNote } : {}),
      notes: r.notes,
      steps: r.steps.map((s) => ({
        id: s.id,
        title: stepTitleWords(s, w),
        months: s.months.max,
        monthsMin: s.months.min,
        cost: s.cost ? { min: s.cost.min, max: s.cost.max } : null,
        band: s.pay.band ?? null,
        ...(s.inPost ? { inPost: true } : {}),
        ...(s.viaRole ? { viaRole: s.viaRole } : {}),
        ...(s.underway ? { underway: true } : {}),
        pay: {
          kind: s.pay.kind,
          ...(s.pay.salary !== undefined ? { salary: s.pay.salary, payYear: s.pay.payYear } : {}),
          ...(s.pay.salaryMax !== undefined ? { salaryMax: s.pay.salaryMax } : {}),
          ...(s.pay.perHour !== undefined ? { perHour: s.pay.perHour } : {}),
          ...(s.pay.laterPerHour !== undefined ? { laterPerHour: s.pay.laterPerHour } : {}),
          ...(s.pay.kept ? { kept: true } : {}),
          ...(s.pay.startsAtEnd ? { startsAtEnd: true } : {}),
          ...(s.pay.uncertain ? { uncertain: true } : {}),
          ...(s.pay.note ? { note: word(s.pay.note, w) } : {}),
          ...(s.pay.nhsTrainee ? { nhsTrainee: s.pay.nhsTrainee } : {}),
          ...(s.pay.perShift ? { perShift: true } : {}),
          ...(s.pay.note ? { noteFinding: s.pay.note } : {}),
        },
        ...(s.titleFinding ? { titleFinding: s.titleFinding } : {}),
      })),
      reasonFindings: r.reasons.map((reason) => ({ ...reason.finding, against: reason.against === true })),
    })),
    recommended: report.recommended,
    next: report.next.map((n) => ({ id: n.id, title: n.title, bands: n.bands, pay: n.pay, ready: n.ready, lacks: n.lacks })),
    payChange: report.payChange ? { ...report.payChange, notes: payChangeNotes(report.payChange, w) } : null,
    implied: report.implied.map((i) => ({ field: i.field, value: i.value, because: word(i.because, w), becauseFinding: i.because })),
    notes: reportNotes(report, w),
    verdict: report.verdict,
    toCheck: report.toCheck,
    mayHoldRole: report.mayHoldRole,
    noteFindings: report.noteFindings,
  };
}
