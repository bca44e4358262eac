// The columns of a workshop responses sheet: what each is called in the
// template, and the other headings an online form's export might give it.
// Each answer's column comes from its registry entry (src/model/answers.ts),
// in the place it always had; the answers added since 0.2 follow the older
// ones, so that an older sheet still reads.

import { answersInFileOrder, REGISTERED_ANSWERS, type EarlierKey, type RegisteredKey } from "../model/answers.js";

/** A column's field: the attendee's name, or the key of the answer it holds (experience.adminMonths for one nested in an answers file). */
export type Field = "label" | EarlierKey | RegisteredKey;

export interface Column {
  field: Field;
  header: string;
  sample: string;
  aliases: string[];
  /** A cell that cannot be read is left as not said, never a skipped row (the columns added since 0.1). */
  unreadIsUnsaid?: true;
}

const registered = new Set<string>(REGISTERED_ANSWERS.map((a) => a.key));

export const COLUMNS: Column[] = [
  { field: "label", header: "Name or initials", sample: "A.B.", aliases: ["name", "initials", "label", "attendee", "full name", "your name"] },
  ...answersInFileOrder(REGISTERED_ANSWERS).flatMap((a): Column[] => {
    if (!a.column) return [];
    const { header, sample, aliases, unreadIsUnsaid } = a.column;
    return [{ field: a.key as Field, header, sample, aliases: [...aliases], ...(unreadIsUnsaid || registered.has(a.key) ? { unreadIsUnsaid: true as const } : {}) }];
  }),
];

/**
 * Headings as forms export them vary in case, spacing, punctuation and a unit
 * in brackets: "Typing speed (wpm)", "typing_speed", " TYPING SPEED ".
 */
export function normaliseHeader(header: string): string {
  return withoutBracketed(header.replace(/^\uFEFF/, "").toLowerCase())
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Each "(…)" or "[…]" replaced by a space, as /\([^)]*\)|\[[^\]]*\]/g
 * would, in one pass: that pattern, tried at every "(" of a heading with no
 * ")", took quadratic time.
 */
function withoutBracketed(text: string): string {
  const lastClose = { "(": text.lastIndexOf(")"), "[": text.lastIndexOf("]") };
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const open = text[i];
    if (open !== "(" && open !== "[") continue;
    // Past the last closing bracket, no opening one can be closed.
    if (i > lastClose[open]) continue;
    const close = text.indexOf(open === "(" ? ")" : "]", i + 1);
    out += `${text.slice(from, i)} `;
    from = close + 1;
    i = close;
  }
  return out + text.slice(from);
}

const BY_ALIAS = new Map<string, Field>();
for (const c of COLUMNS) {
  BY_ALIAS.set(normaliseHeader(c.header), c.field);
  for (const a of c.aliases) BY_ALIAS.set(normaliseHeader(a), c.field);
}

export function fieldFor(header: string): Field | undefined {
  return BY_ALIAS.get(normaliseHeader(header));
}

/** The CSV template: the header row and one sample row, with plain line ends. */
export function templateCsv(): string {
  const quote = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `${COLUMNS.map((c) => quote(c.header)).join(",")}\n${COLUMNS.map((c) => quote(c.sample)).join(",")}\n`;
}
