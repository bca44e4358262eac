// How the catalogue writes figures and lists: pounds, counts, lengths of
// time, lists inside sentences, and data titles inside sentences. Numbers go
// through Intl for en-GB; the words around them through the locale's tag.

import { inSentence } from "../../engine/words.js";
import type { Tag } from "./tag.js";

const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const gbpPence = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2 });
// A count of hours or years is said to one decimal place at most ("17.5", not
// "16.666666"); its plural follows the figure as written ("1 hour" for 1.04).
// Only the words are rounded: sums use the figure as given.
const figures = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const plurals = new Intl.PluralRules("en-GB", { maximumFractionDigits: 1 });

export interface Phrases {
  /** £26,300 */
  money(pounds: number): string;
  /** £7.55, as an hourly rate is written */
  pence(pounds: number): string;
  /** "1 year", "2 years 3 months", "none" */
  duration(months: number): string;
  /** "a, b and c"; "a, b or c" */
  list(items: readonly string[], joiner?: "and" | "or"): string;
  /** One form or the other, by en-GB's plural rules for n as written (to one decimal place). */
  plural(n: number, one: string, other: string): string;
  /** A count as a person says it, to one decimal place at most: 17.5, 16.7, 20. */
  figure(n: number): string;
  /** "1 hour", "17.5 hours", "16.7 hours" */
  hours(n: number): string;
  /** "1 year", "2.5 years" */
  years(n: number): string;
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
  const figure = (n: number) => figures.format(n);
  return {
    figure,
    hours: (n) => plural(n, t`${figure(n)} hour`, t`${figure(n)} hours`),
    years: (n) => plural(n, t`${figure(n)} year`, t`${figure(n)} years`),
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
