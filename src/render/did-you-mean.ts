// "Did you mean …?" for an id typed or written wrong: a misspelling
// (medical-secretery), an abbreviation made of the starts of the id's words
// (medsec for medical-secretary), or a word from its name (AMSPAR, which two
// qualifications carry). Nearest spelling alone (engine/words.ts closest)
// finds only the first.

import { closest } from "../engine/words.js";

// Error messages only, so worded here: loading the report's catalogue would put it on every command's
// start-up path (bands --json among them), for a line most runs never print.
const orList = new Intl.ListFormat("en-GB", { type: "disjunction" });

export interface Named {
  id: string;
  /** Titles and short names people also use for it. */
  names?: readonly (string | undefined)[];
}

/** Suggestions are kept to a few: past that, a list of every id (the hint) helps more. */
const MOST = 3;

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");
const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Whether `typed` is the starts of two or more of the id's words, in order from its first: "medsec", "gcsemaths", "clinadmin". */
export function abbreviates(typed: string, id: string): boolean {
  const w = squash(typed);
  const parts = words(id);
  const from = (at: number, part: number): boolean => {
    if (at === w.length) return part >= 2;
    const p = parts[part];
    if (p === undefined) return false;
    for (let k = Math.min(p.length, w.length - at); k >= 1; k--) if (p.startsWith(w.slice(at, at + k)) && from(at + k, part + 1)) return true;
    return false;
  };
  return w.length >= 2 && from(0, 0);
}

/** Longer than any id or title: no guess, and no time spent on one (a cell may hold a megabyte). */
const LONGEST_GUESSED = 200;

/** The ids `typed` most likely means, best first; none where nothing is close. */
export function guessIds(typed: string, candidates: readonly Named[]): string[] {
  const t = typed.trim();
  if (t === "" || t.length > LONGEST_GUESSED) return [];
  const ids = candidates.map((c) => c.id);
  const near = closest(t, ids);
  if (near) return [near];
  const byName = new Map<string, string>();
  for (const c of candidates) for (const n of c.names ?? []) if (n) byName.set(n, c.id);
  const nearName = closest(t, [...byName.keys()]);
  if (nearName) return [byName.get(nearName)!];
  const few = (found: string[]) => (found.length > 0 && found.length <= MOST ? found : undefined);
  const short = few(ids.filter((id) => abbreviates(t, id)));
  if (short) return short;
  const s = squash(t);
  if (s.length < 3) return [];
  return few(candidates.filter((c) => [c.id, ...(c.names ?? [])].some((n) => n && squash(n).includes(s))).map((c) => c.id)) ?? [];
}

/** " (did you mean a?)", " (did you mean a or b?)", or "" when there is no likely guess. */
export function didYouMean(typed: string, candidates: readonly Named[]): string {
  const ids = guessIds(typed, candidates);
  return ids.length ? ` (did you mean ${orList.format(ids)}?)` : "";
}
