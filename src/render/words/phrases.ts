// How the catalogue writes figures and lists: pounds, counts, lengths of
// time, lists inside sentences, and data titles inside sentences. Numbers go
// through Intl for en-GB; the words around them through the locale's tag.

import { inSentence } from "../../engine/words.js";
import type { Tag } from "./tag.js";

const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const gbpPence = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2 });
const plurals = new Intl.PluralRules("en-GB");

export interface Phrases {
  /** £26,300 */
  money(pounds: number): string;
  /** £7.55, as an hourly rate is written */
  pence(pounds: number): string;
  /** "1 year", "2 years 3 months", "none" */
  duration(months: number): string;
  /** "a, b and c"; "a, b or c" */
  list(items: readonly string[], joiner?: "and" | "or"): string;
  /** One form or the other, by en-GB's plural rules for n. */
  plural(n: number, one: string, other: string): string;
  /** A sentence-case data title inside a sentence. */
  inSentence(title: string): string;
  /** "1 April 2025", from an ISO date. */
  date(iso: string): string;
}

export function phrasesOf(t: Tag): Phrases {
  const plural = (n: number, one: string, other: string) => (plurals.select(n) === "one" ? one : other);
  const list = (items: readonly string[], joiner: "and" | "or" = "and") => {
    if (items.length <= 1) return items[0] ?? "";
    const last = items.at(-1)!;
    const rest = items.slice(0, -1).join(", ");
    return joiner === "and" ? t`${rest} and ${last}` : t`${rest} or ${last}`;
  };
  return {
    money: (pounds) => gbp.format(pounds),
    pence: (pounds) => gbpPence.format(pounds),
    duration: (total) => {
      if (total <= 0) return t`none`;
      const y = Math.floor(total / 12);
      const m = Math.round(total % 12);
      const parts: string[] = [];
      if (y) parts.push(plural(y, t`${y} year`, t`${y} years`));
      if (m) parts.push(plural(m, t`${m} month`, t`${m} months`));
      return parts.join(" ");
    },
    list,
    plural,
    inSentence,
    date: (iso) => {
      const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
      const months = [t`January`, t`February`, t`March`, t`April`, t`May`, t`June`, t`July`, t`August`, t`September`, t`October`, t`November`, t`December`];
      return t`${d} ${months[m - 1] ?? ""} ${y}`;
    },
  };
}
