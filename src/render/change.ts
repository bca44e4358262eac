// What a change does, in words: a what-if ("typing at 55 wpm would close
// this gap") or progress between two reviews ("this gap closed"). Built as a
// ReportModel, so the terminal, Markdown and plain renderers all draw it.

import { sameFinding, type AnswerChange, type GapChange, type GapSide, type ReportChange, type RouteSide } from "../engine/compare.js";
import type { Dataset, GapStatus, Range, Report } from "../engine/types.js";
import { enGB, changeWords, word, wordContext, type Catalogue, type WordContext } from "./words/index.js";
import { phrasesOf } from "./words/phrases.js";
import { months, routeCost } from "./format.js";
import { statusWord, type ReportModel, type Section } from "./report-model.js";
import { underwayRange } from "./underway-range.js";
import { ANSWERS } from "../model/answers.js";
import { answerLabel, answerPhrase, answerWords, valueWords } from "./answer-values.js";

/** Whether the change is imagined (what-if) or happened (compare): the tense and the column names follow. */
export interface ChangeWords {
  mode: "what-if" | "compare";
  /** Column headings for the two sides. */
  before: string;
  after: string;
  /** What the two sides are, for the summary line: "from before.yaml to after.yaml". */
  between?: string;
  /** The catalogue that words the change (en-GB unless a test locale is given). */
  catalogue?: Catalogue;
}

export function whatIfWords(catalogue: Catalogue = enGB): ChangeWords {
  return { mode: "what-if", before: catalogue.report.change.now, after: catalogue.report.change.whatIf, catalogue };
}

export const WHAT_IF_WORDS: ChangeWords = whatIfWords();

/** A file as a person reads its name: "-" is the answers piped in, named as the errors name it. */
const fileName = (path: string) => (path === "-" ? "<stdin>" : path);

export function compareWords(beforeFile: string, afterFile: string, catalogue: Catalogue = enGB): ChangeWords {
  const c = catalogue.report.change;
  return { mode: "compare", before: c.before, after: c.after, between: c.between(fileName(beforeFile), fileName(afterFile)), catalogue };
}

/** The change's words from the catalogue. */
const cw = (words: ChangeWords) => (words.catalogue ?? enGB).report;

/**
 * Answers by their path, in the order the report asks them. A key not in the
 * registry (one added later) is still shown, under its own name, after these.
 */
const LABEL_ORDER: readonly string[] = ANSWERS.map((a) => a.key);

function answerOrder(a: AnswerChange, b: AnswerChange): number {
  const rank = (k: string) => (LABEL_ORDER.includes(k) ? LABEL_ORDER.indexOf(k) : LABEL_ORDER.length);
  return rank(a.key) - rank(b.key);
}

/** A value of a key the registry does not know (or of a shape it does not expect), as plain text. */
function plainValue(value: unknown, w: WordContext): string {
  if (value === undefined || value === null) return answerWords(w).phrases.notSaid;
  if (typeof value === "boolean") return value ? w.words.report.yes : w.words.report.no;
  if (Array.isArray(value)) return value.length === 0 ? answerWords(w).phrases.none : value.map((v) => plainValue(v, w)).join(", ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** One answer's value as a change words it: in the registry's words, "not said" for a blank; anything unforeseen as plain text. */
function changeValue(key: string, value: unknown, w: WordContext): string {
  return valueWords(key, value, w, "change") ?? plainValue(value, w);
}

/** One answer's value as the report writes it, for a change; anything unforeseen as plain text. */
export function answerValue(key: string, value: unknown, dataset: Dataset, catalogue: Catalogue = enGB): string {
  return changeValue(key, value, wordContext(dataset, "england", undefined, catalogue));
}

function answerAfter(change: AnswerChange, w: WordContext): string {
  const value = changeValue(change.key, change.after, w);
  if (!change.added && !change.removed) return value;
  const p = answerWords(w).phrases;
  const parts: string[] = [];
  const list = (xs: unknown[]) => changeValue(change.key, xs, w);
  // What was added or removed says something only when there is a list on both sides;
  // from nothing, or to "not said", the new value alone says it all.
  const listed = (v: unknown) => Array.isArray(v) && v.length > 0;
  if (listed(change.before) && listed(change.after)) {
    if (change.added?.length) parts.push(p.added(list(change.added)));
    if (change.removed?.length) parts.push(p.removed(list(change.removed)));
  }
  return parts.length > 0 ? p.withChanges(value, parts.join(p.changesJoin)) : value;
}

function gapCell(side: GapSide | undefined, w: WordContext): string {
  const r = w.words.report;
  if (!side) return r.change.notAsked;
  const status = statusWord(side.status as GapStatus, r) ?? side.status;
  return r.change.statusHave(status, word(side.have, w));
}

const gapTitle = (g: GapChange, words: ChangeWords = WHAT_IF_WORDS) => (g.essential ? g.title : cw(words).desirable(g.title));

/** Requirements whose status or whose "you have" moved. */
export function movedGaps(change: ReportChange): GapChange[] {
  return change.gaps.filter((g) => g.move !== "same" || !sameFinding(g.before?.have, g.after?.have));
}

function titles(gaps: readonly GapChange[], words: ChangeWords): string {
  return gaps.map((g) => gapTitle(g, words)).join(", ");
}

/** The gaps that closed and opened, as the end of a sentence: "close 2 gaps: A, B, and open 1: C". */
function gapClause(change: ReportChange, words: ChangeWords): string {
  const byId = (ids: readonly string[]) => ids.map((id) => change.gaps.find((g) => g.id === id)!);
  const closed = byId(change.verdict.closed);
  const opened = byId(change.verdict.opened);
  const unsure = byId(change.verdict.toCheck);
  const whatIf = words.mode === "what-if";
  const c = cw(words).change;
  if (closed.length + opened.length + unsure.length === 0) return c.noGapMoved(whatIf);
  const parts: string[] = [];
  if (closed.length) parts.push(c.closed(whatIf, closed.length, titles(closed, words)));
  if (opened.length) parts.push(c.opened(whatIf, opened.length, parts.length === 0, titles(opened, words)));
  if (unsure.length) parts.push(c.toCheck(whatIf, unsure.length, parts.length === 0, titles(unsure, words)));
  return parts.join(c.clauseJoin(whatIf));
}

function routeTitle(change: ReportChange, id: string): string {
  return change.routes.find((r) => r.id === id)?.title ?? id;
}

const toRoleText = (r: Range | null, words: ChangeWords) => (r === null ? cw(words).change.noRoute : months(r, cw(words)));

function routeSentence(change: ReportChange, words: ChangeWords): string {
  const { before, after } = change.recommended;
  const time = change.toRole;
  const out: string[] = [];
  const whatIf = words.mode === "what-if";
  const c = cw(words).change;
  const roleText = (r: Range | null) => toRoleText(r, words);
  // "Apply now (now)" says it twice: a route with no time to wait needs no figure.
  const titled = (id: string, r: Range | null) => (r?.max === 0 ? routeTitle(change, id) : c.titledTime(routeTitle(change, id), roleText(r)));
  const verdict = change.verdict;
  if (verdict.readiness === "became-ready") out.push(c.becameReady(whatIf));
  if (verdict.readiness === "no-longer-ready") out.push(c.noLongerReady(whatIf));
  if (verdict.route === "none") {
    out.push(c.noRouteToRole(whatIf));
  } else if (verdict.route !== "changed") {
    const title = routeTitle(change, after);
    if (verdict.route === "same") out.push(c.stillSame(titled(after, time.after)));
    else if (whatIf) out.push(c.stillWhatIf(title, roleText(time.after), roleText(time.before)));
    else out.push(c.stillCompare(title, roleText(time.after), roleText(time.before)));
  } else {
    const was = before === "" ? c.none : titled(before, time.before);
    out.push(whatIf ? c.changedWhatIf(titled(after, time.after), was) : c.changedCompare(titled(after, time.after), was));
  }
  return out.join(" ");
}

/** The one-line summary: what changed, then what it does. */
export function changeVerdict(change: ReportChange, words: ChangeWords, dataset: Dataset): string {
  const c = cw(words).change;
  const answers = [...change.answers].sort(answerOrder);
  if (answers.length === 0) return words.mode === "what-if" ? c.nothingWouldChange : c.sameAnswers(words.between);
  if (words.mode === "what-if") {
    const w = changeWords(change, dataset, words.catalogue ?? enGB);
    const what = phrasesOf((words.catalogue ?? enGB).t).list(answers.map((a) => c.answerTo(answerPhrase(a.key, w), answerAfter(a, w))));
    return c.changing(what, gapClause(change, words), routeSentence(change, words));
  }
  return c.since(words.between, gapClause(change, words), routeSentence(change, words));
}

function routeSideCells(change: ReportChange, id: string, side: "before" | "after", words: ChangeWords): { title: string; cost: string } {
  const route = change.routes.find((r) => r.id === id);
  const s: RouteSide | undefined = route?.[side];
  return { title: route && s ? route.title : cw(words).change.none, cost: s ? routeCost(s, cw(words)) : "–" };
}

/** The sections that say what changed: the answers, the requirements that moved, the route. */
export function changeSections(change: ReportChange, words: ChangeWords, dataset: Dataset): Section[] {
  const catalogue = words.catalogue ?? enGB;
  const w = changeWords(change, dataset, catalogue);
  const r = catalogue.report;
  const c = r.change;
  const sections: Section[] = [];
  const whatIf = words.mode === "what-if";
  sections.push({
    title: c.answersTitle(whatIf),
    head: [c.answer, words.before, words.after],
    rows: [...change.answers].sort(answerOrder).map((a) => [answerLabel(a.key, w), changeValue(a.key, a.before, w), answerAfter(a, w)]),
  });

  const moved = movedGaps(change);
  if (moved.length > 0) {
    sections.push({
      title: c.gapsTitle(whatIf),
      head: [c.requirement, words.before, words.after, c.change],
      rows: moved.map((g) => [gapTitle(g, words), gapCell(g.before, w), gapCell(g.after, w), c.moves[words.mode][g.move]]),
    });
  }

  const { before, after } = change.recommended;
  const was = routeSideCells(change, before, "before", words);
  const now = routeSideCells(change, after, "after", words);
  const offered = change.routes.filter((x) => x.after && !x.before).map((x) => x.title);
  const dropped = change.routes.filter((x) => x.before && !x.after).map((x) => x.title);
  const notes: string[] = [];
  if (offered.length) notes.push(c.offered(whatIf, offered.join("; ")));
  if (dropped.length) notes.push(c.dropped(whatIf, dropped.join("; ")));
  sections.push({
    title: c.routeTitle(whatIf),
    head: ["", words.before, words.after],
    rows: [
      [c.readyToApply, change.ready.before ? r.yes : r.no, change.ready.after ? r.yes : r.no],
      [c.bestRoute, was.title, now.title],
      [c.timeToRole, toRoleText(change.toRole.before, words), toRoleText(change.toRole.after, words)],
      [c.costToYou, was.cost, now.cost],
    ],
    notes,
  });
  return sections;
}

/** Progress between two answers files, for `compare`; `after` (the later report) lets it explain a range that counts a step already started. */
export function compareModel(change: ReportChange, beforeFile: string, afterFile: string, dataset: Dataset, after?: Report, catalogue: Catalogue = enGB): ReportModel {
  const words = compareWords(beforeFile, afterFile, catalogue);
  const c = catalogue.report.change;
  const sections = changeSections(change, words, dataset);
  const underway = after ? underwayRange(change, after, dataset, catalogue) : undefined;
  if (underway) {
    const route = sections.at(-1)!;
    route.notes = [c.timeNow(underway.note), ...(route.notes ?? [])];
  }
  return {
    verdict: `${changeVerdict(change, words, dataset)}${underway ? ` ${underway.short}` : ""}`,
    sections,
    footnotes: [c.fullReport(afterFile)],
    words: catalogue,
  };
}

/**
 * A what-if: what the change does first, then the whole report as it would be.
 * Its "What you told us" is retitled, since it now holds the changed answers.
 */
export function whatIfModel(change: ReportChange, report: ReportModel, dataset: Dataset): ReportModel {
  const catalogue = report.words ?? enGB;
  const c = catalogue.report.change;
  const changes = changeSections(change, whatIfWords(catalogue), dataset);
  // The report's own verdict (how many essential gaps are left) belongs with the route it would lead to.
  const route = changes.at(-1)!;
  route.notes = [c.withChanges(report.verdict), ...(route.notes ?? [])];
  const sections = report.sections.map((s) => (s.title === catalogue.report.toldUs.title ? { ...s, title: c.answersWithChanges } : s));
  return { verdict: changeVerdict(change, whatIfWords(catalogue), dataset), sections: [...changes, ...sections], footnotes: report.footnotes, words: catalogue };
}
