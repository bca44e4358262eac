// What differs between two reports: the person's answers, where they stand on
// each requirement, and the routes. The same comparison serves "what if I
// changed this answer?" and "what has changed since my last review?".
//
// Nothing here names an answer, a gap status or a route: answers are compared
// key by key over whatever keys the profiles hold, gaps by id whatever their
// statuses, routes by id. New keys, statuses and routes flow through.

import { statedAnswers } from "./person.js";
import type { GapValueFinding } from "./findings.js";
import type { ExperienceKind, Range, Report, Route } from "./types.js";

/** One answer that differs, by its path: `typingWpm`, `experience.adminMonths`. */
export interface AnswerChange {
  key: string;
  /** undefined where the person did not say. */
  before: unknown;
  after: unknown;
  /** For lists, what is in one and not the other (order does not count). */
  added?: unknown[];
  removed?: unknown[];
}

/**
 * How a requirement moved. closed: met now and not before; opened: met before
 * and now partly or missing; narrowed / widened: from missing to partly or
 * back; changed: any other move (to or from a status with no order, such as
 * "not known"); same: the status did not move (what the person has may have);
 * new / gone: the requirement is in one report only (a different target role).
 */
export type GapMove = "closed" | "opened" | "narrowed" | "widened" | "changed" | "same" | "new" | "gone";

export interface GapSide {
  status: string;
  have: GapValueFinding;
  need: GapValueFinding;
}

export interface GapChange {
  id: string;
  title: string;
  essential: boolean;
  move: GapMove;
  before?: GapSide;
  after?: GapSide;
}

export interface RouteSide {
  rank: number;
  months: Range;
  cost: Range;
  costUnknown: boolean;
}

export interface RouteChange {
  id: string;
  title: string;
  /** Absent where the route is not offered in that report. */
  before?: RouteSide;
  after?: RouteSide;
}

export interface Sides<T> {
  before: T;
  after: T;
}

export interface ReportChange {
  answers: AnswerChange[];
  target: Sides<{ id: string; title: string }>;
  ready: Sides<boolean>;
  gaps: GapChange[];
  routes: RouteChange[];
  /** The best route's id on each side ("" where none leads to the role). */
  recommended: Sides<string>;
  /** Time to the role along the best route: none for someone ready now; null where no route leads there. */
  toRole: Sides<Range | null>;
  /** What the change comes to: the verdict compare and what-if word. */
  verdict: ChangeVerdict;
}

/**
 * A change's verdict. closed / opened / toCheck: the requirements (by id)
 * that closed, opened, or became not known from known. readiness: whether the
 * person became ready to apply or stopped being. route: none leads to the
 * role after; the same best route in the same time; the same route in a new
 * time; or a different best route.
 */
export interface ChangeVerdict {
  closed: string[];
  opened: string[];
  toCheck: string[];
  readiness: "became-ready" | "no-longer-ready" | "unchanged";
  route: "none" | "same" | "same-new-time" | "changed";
}

const sameRange = (a: Range | null, b: Range | null) => (a === null || b === null ? a === b : a.min === b.min && a.max === b.max);

function changeVerdict(gaps: readonly GapChange[], ready: Sides<boolean>, recommended: Sides<string>, toRole: Sides<Range | null>): ChangeVerdict {
  return {
    closed: gaps.filter((g) => g.move === "closed").map((g) => g.id),
    opened: gaps.filter((g) => g.move === "opened").map((g) => g.id),
    // A known gap that becomes "not known" (a job given, its length not) is neither closed nor opened, but it moved.
    toCheck: gaps.filter((g) => g.after?.status === "unknown" && g.before !== undefined && g.before.status !== "unknown").map((g) => g.id),
    readiness: ready.after && !ready.before ? "became-ready" : !ready.after && ready.before ? "no-longer-ready" : "unchanged",
    route: recommended.after === "" ? "none" : recommended.before !== recommended.after ? "changed" : sameRange(toRole.before, toRole.after) ? "same" : "same-new-time",
  };
}

/** Gap statuses in order from furthest to met; a status not listed (such as "unknown") has no order. */
const STATUS_ORDER: readonly string[] = ["missing", "partial", "met"];

export function gapMove(before: string | undefined, after: string | undefined): GapMove {
  if (before === undefined) return "new";
  if (after === undefined) return "gone";
  if (before === after) return "same";
  if (after === "met") return "closed";
  const from = STATUS_ORDER.indexOf(before);
  const to = STATUS_ORDER.indexOf(after);
  if (from < 0 || to < 0) return "changed";
  if (before === "met") return "opened";
  return to > from ? "narrowed" : "widened";
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Every leaf of an answers object by its dotted path; lists are leaves. */
function leaves(value: Record<string, unknown>, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(v)) leaves(v, path, out);
    else if (v !== undefined && v !== null) out.set(path, v);
  }
  return out;
}

/** A value as comparable text: lists as sorted multisets, objects with sorted keys. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).sort().join(",")}]`;
  if (isPlainObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}

/** What is in `a` and not in `b`, counting repeats. */
function minus(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const left = b.map(canonical);
  return a.filter((x) => {
    const i = left.indexOf(canonical(x));
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** The answers that differ between two profiles (or any two answers objects), key by key. */
export function compareAnswers(before: object, after: object): AnswerChange[] {
  const a = leaves(before as Record<string, unknown>, "", new Map());
  const b = leaves(after as Record<string, unknown>, "", new Map());
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const changes: AnswerChange[] = [];
  for (const key of keys) {
    const x = a.get(key);
    const y = b.get(key);
    if (canonical(x) === canonical(y)) continue;
    const change: AnswerChange = { key, before: x, after: y };
    if (Array.isArray(x) || Array.isArray(y)) {
      const xs = Array.isArray(x) ? x : [];
      const ys = Array.isArray(y) ? y : [];
      change.added = minus(ys, xs);
      change.removed = minus(xs, ys);
    }
    changes.push(change);
  }
  return changes;
}

const gapSide = (g: GapSide): GapSide => ({ status: g.status, have: g.have, need: g.need });

/** Whether two findings say the same: the same code and parameters. */
export function sameFinding(a: object | undefined, b: object | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function compareGaps(before: Report, after: Report): GapChange[] {
  const old = new Map(before.gaps.map((g) => [g.id, g]));
  const changes: GapChange[] = after.gaps.map((g) => {
    const was = old.get(g.id);
    return { id: g.id, title: g.title, essential: g.essential, move: gapMove(was?.status, g.status), ...(was ? { before: gapSide(was) } : {}), after: gapSide(g) };
  });
  const now = new Set(after.gaps.map((g) => g.id));
  for (const g of before.gaps) {
    if (!now.has(g.id)) changes.push({ id: g.id, title: g.title, essential: g.essential, move: "gone", before: gapSide(g) });
  }
  return changes;
}

const routeSide = (r: Route): RouteSide => ({ rank: r.rank, months: r.months, cost: r.cost, costUnknown: r.costUnknown });

function compareRoutes(before: Report, after: Report): RouteChange[] {
  const old = new Map(before.routes.map((r) => [r.id, r]));
  const changes: RouteChange[] = after.routes.map((r) => {
    const was = old.get(r.id);
    return { id: r.id, title: r.title, ...(was ? { before: routeSide(was) } : {}), after: routeSide(r) };
  });
  const now = new Set(after.routes.map((r) => r.id));
  for (const r of before.routes) if (!now.has(r.id)) changes.push({ id: r.id, title: r.title, before: routeSide(r) });
  return changes;
}

/** How long until the person can take up the role: now if ready, else along their best route. */
export function timeToRole(report: Report): Range | null {
  if (report.ready) return { min: 0, max: 0 };
  const best = report.routes[0];
  return best ? { min: best.months.min, max: best.months.max } : null;
}

/** Everything that differs from `before` to `after`: the core of both what-if and compare. */
export function compareReports(before: Report, after: Report): ReportChange {
  const gaps = compareGaps(before, after);
  const ready = { before: before.ready, after: after.ready };
  const recommended = { before: before.recommended, after: after.recommended };
  const toRole = { before: timeToRole(before), after: timeToRole(after) };
  return {
    // What each person stated, not the Profile's working fields (an age group worked out from an age).
    answers: compareAnswers(statedAnswers(before.profile), statedAnswers(after.profile)),
    target: { before: { id: before.target.id, title: before.target.title }, after: { id: after.target.id, title: after.target.title } },
    ready,
    gaps,
    routes: compareRoutes(before, after),
    recommended,
    toRole,
    verdict: changeVerdict(gaps, ready, recommended, toRole),
  };
}

/** The answers' keys for each kind of experience, as compare names them. */
const EXPERIENCE_KEYS = {
  "experience.adminMonths": "admin",
  "experience.customerServiceMonths": "customerService",
  "experience.healthcareMonths": "healthcare",
  "experience.secretarialMonths": "secretarial",
} as const satisfies Record<string, ExperienceKind>;

/** The kind of experience that grew most between the two answers files, and by how many months. */
function mostGained(change: ReportChange): { months: number; kind: ExperienceKind } | undefined {
  let best: { months: number; kind: ExperienceKind } | undefined;
  for (const a of change.answers) {
    const kind = (EXPERIENCE_KEYS as Record<string, ExperienceKind>)[a.key];
    const gained = (typeof a.after === "number" ? a.after : 0) - (typeof a.before === "number" ? a.before : 0);
    if (kind && gained > 0 && (!best || gained > best.months)) best = { months: gained, kind };
  }
  return best;
}

/**
 * Why the time to the role runs from a few months to years when the best
 * route finishes something begun: the answers say what the person is working
 * towards, not how far in. `qualification`: what they are working towards,
 * where it is one. Where they began it since the earlier review, the
 * experience gained since (`gained`) is about the time spent on it: `done`
 * months in, `left` to go.
 */
export interface UnderwayEstimate {
  total: Range;
  qualification?: string;
  gained?: { months: number; kind: ExperienceKind };
  done?: number;
  left?: Range;
}

export function underwayEstimate(change: ReportChange, after: Report): UnderwayEstimate | undefined {
  const total = change.toRole.after;
  const best = after.routes[0];
  const step = best?.id === change.recommended.after ? best.steps.find((s) => s.underway) : undefined;
  if (!total || !step) return undefined;
  const studying = after.profile.studying ?? [];
  const qualification = studying.length === 1 ? studying[0] : undefined;
  const base = { total, ...(qualification === undefined ? {} : { qualification }) };
  // Started since the earlier review: the experience gained since is about the time spent on it.
  const started = change.answers.find((a) => a.key === "studying")?.added?.length ?? 0;
  const gained = mostGained(change);
  if (started === 0 || !gained) return base;
  const done = Math.min(gained.months, step.months.max);
  return { ...base, gained, done, left: { min: total.min, max: Math.max(total.min, total.max - done) } };
}
