// JSON text read without building more than it must: how deep it nests
// (checked before JSON.parse, which would build every level) and the line of
// any value by its path, found by scanning the text. Untrusted JSON is never parsed a second time as YAML to
// find a line: that took a gigabyte for a few megabytes of text.

import type { Path } from "./yaml-source.js";

const QUOTE = 34;
const BACKSLASH = 92;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The offset of the first "[" or "{" nested deeper than `maxDepth`, found in
 * one pass that minds strings and stops there. Exact for valid JSON; for
 * other text (YAML flow style) only a hint, which the YAML reader then
 * checks for itself.
 */
export function jsonTooDeepAt(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

/** The end (exclusive) of the number, literal or string that starts at `at`. */
function scalarEnd(text: string, at: number): number {
  if (text.charCodeAt(at) === QUOTE) {
    let i = at + 1;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) i += 2;
      else if (c === QUOTE) return i + 1;
      else i++;
    }
    return i;
  }
  let i = at;
  while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  return i;
}

/** The end (exclusive) of the value that starts at `at`. */
function valueEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first !== 91 && first !== 123) return scalarEnd(text, at);
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = scalarEnd(text, i) - 1;
    else if (c === 91 || c === 123) depth++;
    else if ((c === 93 || c === 125) && --depth === 0) return i + 1;
  }
  return text.length;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** A member of an object or an item of a list: where its key (for a member) and its value start. */
interface Child {
  key?: string;
  keyAt?: number;
  at: number;
}

/** The members or items of the object or list at `at`, each found once, in order. */
function* childrenOf(text: string, at: number): Generator<Child> {
  const isObject = text.charCodeAt(at) === 123;
  let i = skipSpace(text, at + 1);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 93 || c === 125) return;
    if (c === 44) {
      i = skipSpace(text, i + 1);
      continue;
    }
    if (isObject) {
      const keyEnd = scalarEnd(text, i);
      const raw = text.slice(i, keyEnd);
      const key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      const valueAt = skipSpace(text, skipSpace(text, keyEnd) + 1);
      yield { key, keyAt: i, at: valueAt };
      i = skipSpace(text, valueEnd(text, valueAt));
    } else {
      yield { at: i };
      i = skipSpace(text, valueEnd(text, i));
    }
  }
}

/** Lines of a text by offset, the line starts found once. */
export class LineIndex {
  private starts?: number[];

  constructor(private readonly text: string) {}

  /** The line (1-based) that holds `offset`. */
  lineAt(offset: number): number {
    if (!this.starts) {
      const starts = [0];
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}

/**
 * The line of the deepest value on a path that exists in valid JSON text, as
 * the YAML reader gives it (a member's key, a list's item). Each object or
 * list on a path is indexed the first time a path goes through it, so that
 * a line looked up for each of 100,000 items costs one pass, not one each.
 */
export function jsonLines(text: string): (path: Path) => number | undefined {
  const lines = new LineIndex(text);
  const members = new Map<number, Map<string, Child>>();
  const items = new Map<number, number[]>();
  const root = skipSpace(text, 0);
  return (path) => {
    let at = root;
    let offset = root;
    for (const key of path) {
      const c = text.charCodeAt(at);
      if (c === 123) {
        let index = members.get(at);
        if (!index) {
          index = new Map();
          // The first of a name, as the YAML reader's lines did.
          for (const child of childrenOf(text, at)) if (!index.has(child.key!)) index.set(child.key!, child);
          members.set(at, index);
        }
        const member = index.get(String(key));
        if (!member) break;
        offset = member.keyAt!;
        at = member.at;
      } else if (c === 91 && typeof key === "number") {
        let index = items.get(at);
        if (!index) {
          index = [...childrenOf(text, at)].map((child) => child.at);
          items.set(at, index);
        }
        const item = index[key];
        if (item === undefined) break;
        offset = item;
        at = item;
      } else break;
    }
    return lines.lineAt(offset);
  };
}
