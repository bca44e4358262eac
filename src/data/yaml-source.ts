// Parses YAML (or JSON, which is YAML) while keeping the positions of nodes, so
// that a schema problem found later can be pinned to a line of the file.

import { Composer, isCollection, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, visit, YAMLParseError, type CST, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { z } from "zod";
import { IssueList, ISSUES_SHOWN, type Issue } from "../errors.js";
import { closest } from "../engine/words.js";
import { jsonLines, jsonTooDeepAt } from "./json-text.js";
import { NUMBER } from "./numbers.js";

export type Path = readonly PropertyKey[];
type CstToken = CST.Token;

export interface YamlSource {
  value: unknown;
  /** The line (1-based) of the deepest node on `path` that exists in the file. */
  lineOf(path: Path): number | undefined;
}

// yaml's composer recurses once per level of nesting; on Node 20 a second
// stack overflow in one process can abort it outright. So the depth is
// measured first, on the parser's token tree (built without recursion, and
// exact about quotes, comments and block scalars, which a scan of the
// characters is not), and deep nesting is refused before composing. The tree
// itself takes about a kilobyte a level: it is built a token at a time, and
// stopped as soon as its open collections pass the limit (a few megabytes of
// "[" once took gigabytes before the check could run).
const MAX_DEPTH = 64;
/** Open collections past MAX_DEPTH at which the reading stops; tooDeepAt is exact below it. */
const STOP_DEPTH = MAX_DEPTH + 8;
const COLLECTIONS = new Set(["block-map", "block-seq", "flow-collection"]);

const tooDeepMessage = `nested more than ${MAX_DEPTH} levels deep; flatten it`;

/**
 * The parser's tokens for `text`, lexeme by lexeme; or, once STOP_DEPTH
 * collections are open, those made so far and the offset of the first
 * collection past MAX_DEPTH.
 */
function cstTokens(text: string, lineCounter: LineCounter): { tokens: CstToken[]; deepAt?: number } {
  const parser = new Parser(lineCounter.addNewLine);
  // As Parser.parse does at the start of its input.
  lineCounter.addNewLine(0);
  const tokens: CstToken[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > STOP_DEPTH) {
      const open = parser.stack.filter((t) => COLLECTIONS.has(t.type));
      if (open.length > STOP_DEPTH) return { tokens, deepAt: open[MAX_DEPTH]!.offset };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

/** The offset of the first collection nested deeper than MAX_DEPTH, if any. */
function tooDeepAt(tokens: readonly CstToken[]): number | undefined {
  const stack: { token: CstToken | undefined; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    if (token.type === "document") {
      stack.push({ token: token.value, depth });
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth + 1 > MAX_DEPTH) return token.offset;
      for (const item of token.items) {
        if ("key" in item) stack.push({ token: item.key ?? undefined, depth: depth + 1 });
        stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * JSON is YAML, and V8 parses it some fifty times faster than a YAML parser
 * (and without recursion): a document that is JSON is read as JSON, its
 * depth checked first, and a line found from the text (json-text.ts). Its
 * numbers are all written as numbers.ts asks.
 */
function fromJson(text: string, file: string): YamlSource | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  // Too deep for JSON.parse to build safely: the YAML reading stops at the limit, and says where.
  if (jsonTooDeepAt(text, MAX_DEPTH) !== undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON after all (YAML flow style, or broken): the YAML parser says which.
    return undefined;
  }
  return { value, lineOf: jsonLines(text) };
}

/** .inf and .nan are left to the schemas, which say that no figure can be one. */
const NOT_FINITE = /^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/;

/** Why a number written another way (see numbers.ts) is refused, and how to write it. */
function numberMessage(written: string, value: number): string {
  return `${written} is read as a number, but medsec-path takes numbers written in digits (45, 41.5): write ${String(value)}, or put text in quotes ("${written}")`;
}

/** The first ISSUES_SHOWN issues, and one counting the rest. */
function withCount(issues: Issue[], count: number, what: string): Issue[] {
  const shown = issues.slice(0, ISSUES_SHOWN);
  const more = count - shown.length;
  return more > 0 ? [...shown, { file: shown[0]!.file, message: `… and ${more} more ${what}${more === 1 ? "" : "s"} written that way` }] : shown;
}

/** Numbers written some other way than plain digits, as issues; keys are left to the schemas. */
function oddNumbers(doc: Document.Parsed, text: string, lineCounter: LineCounter, file: string): Issue[] {
  const issues: Issue[] = [];
  let count = 0;
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === "key" || typeof node.value !== "number" || !node.range) return;
      const written = text.slice(node.range[0], node.range[1]).trim();
      if (NUMBER.test(written) || NOT_FINITE.test(written)) return;
      count++;
      if (issues.length >= ISSUES_SHOWN) return;
      issues.push({ file, line: lineCounter.linePos(node.range[0]).line, field: formatPath(pathOf(ancestors, node)), message: numberMessage(written, node.value) });
    },
  });
  return issues.length > 0 ? withCount(issues, count, "number") : [];
}

/** The keys and indexes from the document down to `node`, from visit's ancestors. */
function pathOf(ancestors: readonly unknown[], node: unknown): PropertyKey[] {
  const path: PropertyKey[] = [];
  const chain = [...ancestors, node];
  chain.forEach((at, i) => {
    if (isPair(at)) path.push(isScalar(at.key) ? String(at.key.value) : String(at.key));
    else if (isSeq(at)) path.push(at.items.indexOf(chain[i + 1] as never));
  });
  return path;
}

export function parseYamlSource(text: string, file: string): YamlSource | { issues: Issue[] } {
  return fromJson(text, file) ?? parseYaml(text, file);
}

function parseYaml(text: string, file: string): YamlSource | { issues: Issue[] } {
  const lineCounter = new LineCounter();
  const { tokens, deepAt = tooDeepAt(tokens) } = cstTokens(text, lineCounter);
  if (deepAt !== undefined) return { issues: [{ file, line: lineCounter.linePos(deepAt).line, message: tooDeepMessage }] };
  // As parseDocument does, from the tokens already made. logLevel "error": the
  // library's warnings (a list used as a key, say) would otherwise go to stderr
  // as Node process warnings around our own message. The library's check for
  // keys given twice searches the mapping for every key (quadratic: a mapping
  // of 40,000 keys took 7 s), so it is done here instead, in one pass.
  const composer = new Composer({ uniqueKeys: false, logLevel: "error" });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "a second document starts here"));
      break;
    }
  }
  if (!doc) return { value: undefined, lineOf: () => undefined };
  const errors = [...doc.errors, ...keysGivenTwice(doc)].sort((a, b) => a.pos[0] - b.pos[0]);
  if (errors.length === 0) {
    const odd = oddNumbers(doc, text, lineCounter, file);
    if (odd.length > 0) return { issues: odd };
  }
  if (errors.length > 0) {
    return {
      issues: errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        // A "---" line (often two files pasted together) starts a second document: say so in our words.
        message:
          e.code === "MULTIPLE_DOCS"
            ? 'holds more than one document: a line of "---" starts another here; keep one set of answers per file, or remove the line'
            : `not valid ${/\.json$/i.test(file) ? "JSON" : "YAML"}: ${e.message.split("\n")[0]}`,
      })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { issues: [{ file, message: `could not be read: ${(e as Error).message}` }] };
  }
  // Each mapping's keys, indexed the first time a path goes through it: a
  // file with 300,000 unknown keys looks up a line per key, and a search of
  // the mapping for each would take quadratic time.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      // Keys that are not strings (1, true) arrive in the path as strings; the first of a name wins.
      for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      indexes.set(map, index);
    }
    return index.get(key);
  };
  const lineOf = (path: Path): number | undefined => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0];
    for (const key of path) {
      if (isMap(node)) {
        // A list or mapping used as a key is stringified differently by toJS:
        // take the first such key when the path names one.
        const pair = pairOf(node, String(key)) ?? (/^[[{]/.test(String(key)) ? node.items.find((p) => isCollection(p.key)) : undefined);
        if (!pair) break;
        offset = (pair.key as Node | null)?.range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  return { value, lineOf };
}

/**
 * Each key given a second time in the same mapping, as the yaml library's own
 * check finds them (scalars with equal values; a list or mapping used as a
 * key only if it is the same node), with a set per mapping.
 */
function keysGivenTwice(doc: Document.Parsed): YAMLParseError[] {
  const found: YAMLParseError[] = [];
  // Nesting is at most MAX_DEPTH deep (checked before composing), so visiting recursively is safe.
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const range = (pair.key as Node | null)?.range ?? map.range ?? [0, 0];
          found.push(new YAMLParseError([range[0], range[1]], "DUPLICATE_KEY", "Map keys must be unique"));
        } else seen.add(key);
      }
    },
  });
  return found;
}

/** Writes a path the way a person would look for it: roles[3].bands[0]. */
export function formatPath(path: Path): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(top level)";
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a mapping" : typeof value;
}

/**
 * Turns zod's issues into ours, each pinned to a line and written for people,
 * into `into`: past the first few, problems are counted, not written.
 */
export function schemaIssues(error: z.ZodError, file: string, source: YamlSource, knownKeys?: (path: Path) => string[], into = new IssueList()): IssueList {
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        into.add(() => {
          const path = [...issue.path, key];
          const guess = knownKeys ? closest(String(key), knownKeys(issue.path)) : undefined;
          return { file, line: source.lineOf(path), field: formatPath(path), message: guess ? `is not a known field (did you mean ${guess}?)` : "is not a known field (check its spelling)" };
        });
      }
      continue;
    }
    into.add(() => issueFor(issue, file, source));
  }
  return into;
}

/** One of zod's issues (not an unknown key) in our words. */
function issueFor(issue: z.core.$ZodIssue, file: string, source: YamlSource): Issue {
  let message = issue.message;
  if (issue.code === "invalid_type") {
    const actual = valueAt(source.value, issue.path);
    // zod's default wording starts "Invalid input"; a schema's own words are kept.
    if (actual === undefined) message = "is required";
    // YAML's .nan and .inf (or 1e999 in JSON) are numbers to JavaScript, but no figure in the data can be one.
    else if (typeof actual === "number" && !Number.isFinite(actual)) message = `should be a finite number, not ${String(actual)}`;
    else if (issue.message.startsWith("Invalid input")) message = `should be ${issue.expected}, not ${describe(actual)}`;
    // "34" in quotes (or tagged !!str) is text to YAML and JSON: say how to write the number.
    if (issue.expected === "number" && typeof actual === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(actual)) {
      message += ` (${JSON.stringify(actual)} is written as text: write ${actual.trim()} without quotes)`;
    }
  } else if (issue.code === "invalid_value") {
    const actual = valueAt(source.value, issue.path);
    const values = issue.values.map(String);
    const guess = typeof actual === "string" ? closest(actual.trim(), values) : undefined;
    message = `must be one of: ${values.join(", ")}${guess ? ` (did you mean ${guess}?)` : ""}`;
  } else if (issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options)) {
    const actual = valueAt(source.value, issue.path);
    message = `${actual === undefined ? "is required" : `"${String(actual)}" is not allowed`}; use one of: ${issue.options.join(", ")}`;
  }
  return { file, line: source.lineOf(issue.path), field: formatPath(issue.path), message };
}

export function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
