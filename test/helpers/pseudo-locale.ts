// The test locale's tools (src/render/words/tag.ts): a copy of the dataset
// whose human-readable texts are themselves in the test locale, and a check
// for English left in what is rendered from it. With the catalogue and the
// data both accented, a plain English word on screen can only have come from
// a literal in the code, so none is exempt for being a word the data also uses.
import type { Dataset } from "../../src/engine/types.js";
import { pseudo } from "../../src/render/words/tag.js";

/** Text in the test locale, as the catalogue's own words are. */
export const pseudoText = (text: string): string => pseudo(Object.assign([text], { raw: [text] }));

/**
 * The data's keys that hold text for people (the data schema's `text`
 * fields, src/model/schema.ts), wherever they are: titles, summaries, notes,
 * advice, needs, names. Ids, URLs, dates, numbers, codes (kinds, settings,
 * levels, nations) and pay years are not among them.
 */
const TEXT_KEYS = new Set([
  "title", "short", "summary", "awardingBody", "payNote", "needText", "advice", "note", "notes", "by", "advertWords",
  "monthsBasis", "because", "why", "name", "service", "serviceShort", "text", "from", "checkAt", "rule",
]);

/**
 * Text in the test locale but for what is code inside it: a placeholder the
 * engine fills in ({role}) and a command in backticks (`medsec-path bands`),
 * which the handouts reword for attendees.
 */
function pseudoDataText(text: string): string {
  return text
    .split(/(\{[^{}]+\}|`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : pseudoText(part)))
    .join("");
}

function walk(value: unknown, key: string | undefined): unknown {
  if (typeof value === "string") return key !== undefined && TEXT_KEYS.has(key) ? pseudoDataText(value) : value;
  if (Array.isArray(value)) return value.map((v) => walk(v, key === "notes" ? undefined : key));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
  return value;
}

/** A copy of the dataset with every text for people in the test locale: the same ids, figures, dates and sources. */
export function pseudoDataset(dataset: Dataset): Dataset {
  return walk(dataset, undefined) as Dataset;
}

/** The ids of everything in the dataset: typed by people as code (`medsec-path role ward-clerk`), so never worded. */
export function datasetIds(dataset: Dataset): string[] {
  const ids = new Set<string>();
  for (const r of dataset.roles) {
    ids.add(r.id);
    for (const q of r.requirements) ids.add(q.id);
  }
  for (const q of dataset.qualifications) ids.add(q.id);
  for (const r of dataset.routes) {
    ids.add(r.id);
    for (const s of r.steps) ids.add(s.id);
  }
  for (const s of dataset.pay.supplements) for (const a of s.areas) ids.add(a.id);
  return [...ids];
}

/** The subcommands of the tool, as a command in a sentence names them ("See one role in full: medsec-path role <id>"). */
const COMMAND = /medsec-path(?: (?:assess|bands|roles?|routes|qualifications|typing-test|workshop|compare|data))?(?: <id>)?/g;

/**
 * What is code, not words, in rendered text: web addresses, commands and
 * their options, anything in backticks, and the dataset's ids (those of
 * one word only where they fill a table cell or a line alone, as an id
 * column shows them; a word like "apprenticeship" elsewhere is a word).
 */
export function withoutCode(text: string, ids: readonly string[]): string {
  let out = text.replace(/https?:\/\/\S+/g, " ").replace(/`[^`\n]*`/g, " ").replace(COMMAND, " ").replace(/(^|[\s(])--[a-z][a-z-]*/g, "$1 ");
  // Longest first, so that a longer id is not left in pieces by a shorter one inside it.
  for (const id of [...ids].sort((a, b) => b.length - a.length)) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = id.includes("-")
      ? out.replace(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, "g"), " ")
      : out.replace(new RegExp(`(^|[│|])([ \\t]*)${escaped}(?=[ \\t]*(?:[│|]|$))`, "gm"), "$1$2");
  }
  return out;
}

/** A word the test locale cannot change ("wpm": no vowel, no letter it accents) proves nothing either way. */
const unchanged = (w: string) => pseudoText(w) === w;

/**
 * The plain English words in text rendered by the test locale from the test
 * dataset, code apart: each came from a literal that bypasses the catalogue.
 * Each once, lower case, with the first line it is on (to find it by).
 */
export function plainEnglish(text: string, ids: readonly string[]): string[] {
  const found = new Map<string, string>();
  for (const line of withoutCode(text, ids).split("\n")) {
    for (const w of line.match(/\p{L}{2,}/gu) ?? []) {
      if (!/^[A-Za-z]+$/.test(w) || unchanged(w) || found.has(w.toLowerCase())) continue;
      found.set(w.toLowerCase(), `${w.toLowerCase()}: ${line.trim().slice(0, 160)}`);
    }
  }
  return [...found.keys()].sort().map((w) => found.get(w)!);
}
