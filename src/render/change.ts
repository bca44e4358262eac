// What a change does, in words: a what-if ("typing at 55 wpm would close
// this gap") or progress between two reviews ("this gap closed"). Built as a
// ReportModel, so the terminal, Markdown and plain renderers all draw it.

import { sameFinding, type AnswerChange, type GapChange, type GapMove, type GapSide, type ReportChange, type RouteSide } from "../engine/compare.js";
import { CURRENT_JOBS, NATIONS, nationName, type CurrentJob, type Dataset, type GapStatus, type Nation, type Range, type Report } from "../engine/types.js";
import { durationWords, jobWords, listWords, changeWords, word, type WordContext } from "./words/index.js";
import { qualificationName } from "../engine/gaps.js";
import { months, routeCost } from "./format.js";
import { statusWord, type ReportModel, type Section } from "./report-model.js";
import { underwayRange } from "./underway-range.js";
import { EARLIER_KEYS, registeredAnswer, REGISTERED_ANSWERS, type EarlierKey, type RegisteredKey } from "../model/answers.js";
import { ANSWER_WORDS, EARLIER_WORDS, NOT_SAID, registeredWords } from "./answer-words.js";

/** Whether the change is imagined (what-if) or happened (compare): the tense and the column names follow. */
export interface ChangeWords {
  mode: "what-if" | "compare";
  /** Column headings for the two sides. */
  before: string;
  after: string;
  /** What the two sides are, for the summary line: "from before.yaml to after.yaml". */
  between?: string;
}

export const WHAT_IF_WORDS: ChangeWords = { mode: "what-if", before: "Now", after: "What if" };

/** A file as a person reads its name: "-" is the answers piped in, named as the errors name it. */
const fileName = (path: string) => (path === "-" ? "<stdin>" : path);

export function compareWords(beforeFile: string, afterFile: string): ChangeWords {
  return { mode: "compare", before: "Before", after: "After", between: `From ${fileName(beforeFile)} to ${fileName(afterFile)}` };
}

/**
 * Answers by their path, in the order the report asks them. A key not listed
 * here (one added later) is still shown, under its own name, after these.
 */
const ANSWER_LABELS: Record<string, string> = {
  ...Object.fromEntries(EARLIER_KEYS.map((k) => [k, EARLIER_WORDS[k].label])),
  // The answers added since 0.2, labelled as "What you told us" labels them.
  ...Object.fromEntries(REGISTERED_ANSWERS.map((a) => [a.key, ANSWER_WORDS[a.key].label])),
};

const LABEL_ORDER = Object.keys(ANSWER_LABELS);

export function answerLabel(key: string): string {
  return ANSWER_LABELS[key] ?? key;
}

/** An answer inside a sentence ("changing your band to …"); a key not in the registry, by its name. */
function answerPhrase(key: string): string {
  if (registeredAnswer(key)) return ANSWER_WORDS[key as RegisteredKey].phrase;
  return (EARLIER_KEYS as readonly string[]).includes(key) ? EARLIER_WORDS[key as EarlierKey].phrase : key;
}

function answerOrder(a: AnswerChange, b: AnswerChange): number {
  const rank = (k: string) => (LABEL_ORDER.includes(k) ? LABEL_ORDER.indexOf(k) : LABEL_ORDER.length);
  return rank(a.key) - rank(b.key);
}

/** One answer's value as the report writes it; anything unforeseen as plain text. */
export function answerValue(key: string, value: unknown, dataset: Dataset): string {
  // Not working towards anything is left out of an answers file, not "not said".
  if (registeredAnswer(key)) return registeredWords(key as RegisteredKey, value as never);
  if (value === undefined || value === null) return key === "studying" ? "none" : NOT_SAID;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (key === "typingWpm" && typeof value === "number") return `${value} wpm`;
  if (/Months$/.test(key) && typeof value === "number") return durationWords(value);
  if (key === "nation" && (NATIONS as readonly unknown[]).includes(value)) return nationName(value as Nation);
  if (key === "target" && typeof value === "string") return dataset.roles.find((r) => r.id === value)?.title ?? value;
  if (key === "currentJob" && (CURRENT_JOBS as readonly unknown[]).includes(value)) return jobWords(value as CurrentJob);
  if (key === "nhsBand" && typeof value === "string") return `band ${value}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    return value.map((v) => ((key === "qualifications" || key === "studying") && typeof v === "string" ? qualificationName(dataset, v) : answerValue("", v, dataset))).join(", ");
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function answerAfter(change: AnswerChange, dataset: Dataset): string {
  if (!change.added && !change.removed) return answerValue(change.key, change.after, dataset);
  const parts: string[] = [answerValue(change.key, change.after, dataset)];
  const list = (xs: unknown[]) => answerValue(change.key, xs, dataset);
  // What was added or removed says something only when there is a list on both sides;
  // from nothing, or to "not said", the new value alone says it all.
  const listed = (v: unknown) => Array.isArray(v) && v.length > 0;
  if (listed(change.before) && listed(change.after)) {
    if (change.added?.length) parts.push(`added: ${list(change.added)}`);
    if (change.removed?.length) parts.push(`removed: ${list(change.removed)}`);
  }
  return parts.length > 1 ? `${parts[0]} (${parts.slice(1).join("; ")})` : parts[0]!;
}

const MOVE_WORDS: Record<ChangeWords["mode"], Record<GapMove, string>> = {
  "what-if": { closed: "would close", opened: "would open", narrowed: "would narrow", widened: "would widen", changed: "would change", same: "no change", new: "new requirement", gone: "no longer asked" },
  compare: { closed: "closed", opened: "opened", narrowed: "narrowed", widened: "widened", changed: "changed", same: "no change", new: "new requirement", gone: "no longer asked" },
};

function gapCell(side: GapSide | undefined, w: WordContext): string {
  if (!side) return "not asked";
  const status = statusWord(side.status as GapStatus) ?? side.status;
  return `${status} (${word(side.have, w)})`;
}

const gapTitle = (g: GapChange) => (g.essential ? g.title : `${g.title} (desirable)`);

/** Requirements whose status or whose "you have" moved. */
export function movedGaps(change: ReportChange): GapChange[] {
  return change.gaps.filter((g) => g.move !== "same" || !sameFinding(g.before?.have, g.after?.have));
}

function titles(gaps: readonly GapChange[]): string {
  return gaps.map(gapTitle).join(", ");
}

/** The gaps that closed and opened, as the end of a sentence: "close 2 gaps: A, B, and open 1: C". */
function gapClause(change: ReportChange, words: ChangeWords): string {
  const byId = (ids: readonly string[]) => ids.map((id) => change.gaps.find((g) => g.id === id)!);
  const closed = byId(change.verdict.closed);
  const opened = byId(change.verdict.opened);
  const unsure = byId(change.verdict.toCheck);
  const whatIf = words.mode === "what-if";
  if (closed.length + opened.length + unsure.length === 0) return whatIf ? "neither close nor open a gap" : "no gap closed or opened";
  const gaps = (k: number, noun: boolean) => (noun ? (k === 1 ? "1 gap" : `${k} gaps`) : String(k));
  const parts: string[] = [];
  if (closed.length) parts.push(whatIf ? `close ${gaps(closed.length, true)}: ${titles(closed)}` : `${gaps(closed.length, true)} closed: ${titles(closed)}`);
  if (opened.length) {
    const noun = parts.length === 0;
    parts.push(whatIf ? `open ${gaps(opened.length, noun)}: ${titles(opened)}` : `${gaps(opened.length, noun)} opened: ${titles(opened)}`);
  }
  if (unsure.length) {
    const noun = parts.length === 0;
    parts.push(whatIf ? `leave ${gaps(unsure.length, noun)} to check: ${titles(unsure)}` : `${gaps(unsure.length, noun)} now to check: ${titles(unsure)}`);
  }
  return parts.join(whatIf ? ", and " : "; ");
}

function routeTitle(change: ReportChange, id: string): string {
  return change.routes.find((r) => r.id === id)?.title ?? id;
}

const toRoleText = (r: Range | null) => (r === null ? "no route" : months(r));

function routeSentence(change: ReportChange, words: ChangeWords): string {
  const { before, after } = change.recommended;
  const time = change.toRole;
  const out: string[] = [];
  const whatIf = words.mode === "what-if";
  // "Apply now (now)" says it twice: a route with no time to wait needs no figure.
  const titled = (id: string, r: Range | null) => (r?.max === 0 ? routeTitle(change, id) : `${routeTitle(change, id)} (${toRoleText(r)})`);
  const verdict = change.verdict;
  if (verdict.readiness === "became-ready") out.push(whatIf ? "You would be ready to apply now." : "Ready to apply now.");
  if (verdict.readiness === "no-longer-ready") out.push(whatIf ? "You would no longer be ready to apply." : "No longer ready to apply.");
  if (verdict.route === "none") {
    out.push(whatIf ? "No route would lead to the role." : "No route leads to the role now.");
  } else if (verdict.route !== "changed") {
    const title = routeTitle(change, after);
    if (verdict.route === "same") out.push(`Best route: still ${titled(after, time.after)}.`);
    else if (whatIf) out.push(`Best route: still ${title}, ${toRoleText(time.after)} instead of ${toRoleText(time.before)}.`);
    else out.push(`Best route: still ${title}, now ${toRoleText(time.after)} (before, ${toRoleText(time.before)}).`);
  } else {
    const was = before === "" ? "none" : titled(before, time.before);
    out.push(whatIf ? `Best route: ${titled(after, time.after)} instead of ${was}.` : `Best route now: ${titled(after, time.after)}; before, ${was}.`);
  }
  return out.join(" ");
}

/** The one-line summary: what changed, then what it does. */
export function changeVerdict(change: ReportChange, words: ChangeWords, dataset: Dataset): string {
  const answers = [...change.answers].sort(answerOrder);
  if (answers.length === 0) {
    return words.mode === "what-if" ? "Your answers already say that: nothing would change." : `${words.between ?? "Before and after"}: the answers are the same, so nothing has changed.`;
  }
  if (words.mode === "what-if") {
    const what = listWords(answers.map((a) => `${answerPhrase(a.key)} to ${answerAfter(a, dataset)}`));
    return `Changing ${what} would ${gapClause(change, words)}. ${routeSentence(change, words)}`;
  }
  return `${words.between ?? "Since before"}: ${gapClause(change, words)}. ${routeSentence(change, words)}`;
}

function routeSideCells(change: ReportChange, id: string, side: "before" | "after"): { title: string; cost: string } {
  const route = change.routes.find((r) => r.id === id);
  const s: RouteSide | undefined = route?.[side];
  return { title: route && s ? route.title : "none", cost: s ? routeCost(s) : "–" };
}

/** The sections that say what changed: the answers, the requirements that moved, the route. */
export function changeSections(change: ReportChange, words: ChangeWords, dataset: Dataset): Section[] {
  const w = changeWords(change, dataset);
  const sections: Section[] = [];
  const whatIf = words.mode === "what-if";
  sections.push({
    title: whatIf ? "Your changes" : "What changed in your answers",
    head: ["Answer", words.before, words.after],
    rows: [...change.answers].sort(answerOrder).map((a) => [answerLabel(a.key), answerValue(a.key, a.before, dataset), answerAfter(a, dataset)]),
  });

  const moved = movedGaps(change);
  if (moved.length > 0) {
    sections.push({
      title: whatIf ? "What it would do to your gaps" : "Where you stand, then and now",
      head: ["Requirement", words.before, words.after, "Change"],
      rows: moved.map((g) => [gapTitle(g), gapCell(g.before, w), gapCell(g.after, w), MOVE_WORDS[words.mode][g.move]]),
    });
  }

  const { before, after } = change.recommended;
  const was = routeSideCells(change, before, "before");
  const now = routeSideCells(change, after, "after");
  const offered = change.routes.filter((r) => r.after && !r.before).map((r) => r.title);
  const dropped = change.routes.filter((r) => r.before && !r.after).map((r) => r.title);
  const notes: string[] = [];
  if (offered.length) notes.push(`${whatIf ? "Would also be offered" : "Offered now"}: ${offered.join("; ")}.`);
  if (dropped.length) notes.push(`${whatIf ? "Would no longer be offered" : "No longer offered"}: ${dropped.join("; ")}.`);
  sections.push({
    title: whatIf ? "What it would do to your route" : "Your route, then and now",
    head: ["", words.before, words.after],
    rows: [
      ["Ready to apply", change.ready.before ? "yes" : "no", change.ready.after ? "yes" : "no"],
      ["Best route", was.title, now.title],
      ["Time to the role", toRoleText(change.toRole.before), toRoleText(change.toRole.after)],
      ["Cost to you", was.cost, now.cost],
    ],
    notes,
  });
  return sections;
}

/** Progress between two answers files, for `compare`; `after` (the later report) lets it explain a range that counts a step already started. */
export function compareModel(change: ReportChange, beforeFile: string, afterFile: string, dataset: Dataset, after?: Report): ReportModel {
  const words = compareWords(beforeFile, afterFile);
  const sections = changeSections(change, words, dataset);
  const underway = after ? underwayRange(change, after, dataset) : undefined;
  if (underway) {
    const route = sections.at(-1)!;
    route.notes = [`Time to the role now: ${underway.note}`, ...(route.notes ?? [])];
  }
  return {
    verdict: `${changeVerdict(change, words, dataset)}${underway ? ` ${underway.short}` : ""}`,
    sections,
    footnotes: [`The full report for now: medsec-path assess --answers ${afterFile}`],
  };
}

/**
 * A what-if: what the change does first, then the whole report as it would be.
 * Its "What you told us" is retitled, since it now holds the changed answers.
 */
export function whatIfModel(change: ReportChange, report: ReportModel, dataset: Dataset): ReportModel {
  const changes = changeSections(change, WHAT_IF_WORDS, dataset);
  // The report's own verdict (how many essential gaps are left) belongs with the route it would lead to.
  const route = changes.at(-1)!;
  route.notes = [`With the changes: ${report.verdict}`, ...(route.notes ?? [])];
  const sections = report.sections.map((s) => (s.title === "What you told us" ? { ...s, title: "Your answers, with the changes" } : s));
  return { verdict: changeVerdict(change, WHAT_IF_WORDS, dataset), sections: [...changes, ...sections], footnotes: report.footnotes };
}
