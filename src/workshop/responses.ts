// Reads a group's answers: a CSV exported from a form (one row per attendee)
// or a YAML/JSON list in the answers-file format. A bad row is reported with
// its row number and column and skipped; the other rows are still read.

import { parse } from "csv-parse/sync";
import { bandProblem, ignoredAnswers, profileFromValue } from "../answers/parse.js";
import { ageGroupName, isTyped, parseDuration, parseRegistered, type TypedValue } from "../answers/typed.js";
import { answerDef, ANSWERS, earlierAnswer } from "../model/answers.js";
import { bandName } from "../engine/pay.js";
import { parseYamlSource } from "../data/yaml-source.js";
import { targetRoles } from "../engine/routes.js";
import { closest } from "../engine/words.js";
import { didYouMean, type Named } from "../render/did-you-mean.js";
import { AGE_GROUPS, type Dataset, type Nation, type Profile } from "../engine/types.js";
import { AnswersError, type Issue } from "../errors.js";
import { NUMBER } from "../data/numbers.js";
import { COLUMNS, fieldFor, type Field } from "./columns.js";

export interface Attendee {
  /** The row in the spreadsheet (header = row 1), or the item's number in a list. */
  row: number;
  /** A name or initials when the sheet has them. */
  name?: string;
  profile: Profile;
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface Responses {
  attendees: Attendee[];
  errors: RowError[];
  ignoredColumns: string[];
  /** The row of the template's sample, if it was left in and skipped. */
  skippedSample?: number;
  /** Answers of the columns or keys added since 0.1 left as "not said", where there were any. */
  notRead?: NotRead;
}

type Cell = { ok: true; value: unknown } | { ok: false; error: string };

const simplify = (s: string) => s.trim().toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/**
 * Longer than any one answer (a choice, a number, a role's title): such a
 * cell is refused unread, so that a cell of a megabyte costs no more than
 * reading it. Names and lists of qualifications may be longer.
 */
const CELL_MAX_CHARS = 1000;

/** A cell's text in quotes for a message: a long one cut short, so that a bad row is one line, not a megabyte. */
function quoted(text: string): string {
  const t = text.trim();
  return `"${t.length > 80 ? `${t.slice(0, 60).replace(/[\uD800-\uDBFF]$/, "")}…` : t}"`;
}

function choice(text: string, values: readonly string[], synonyms: Record<string, string> = {}): Cell {
  const t = simplify(text);
  if (t === "") return { ok: true, value: undefined };
  const hit = values.find((v) => simplify(v) === t) ?? synonyms[t];
  if (hit) return { ok: true, value: hit };
  const guess = closest(t, values as string[]);
  return { ok: false, error: `"${text.trim()}" is not one of: ${values.join(", ")}${guess ? ` (did you mean ${guess}?)` : ""}` };
}

function months(text: string, inYears: boolean): Cell {
  const t = text.trim();
  // A bare number is in the column's own unit: months, unless its heading says years.
  if (NUMBER.test(t)) {
    const n = Number(t) * (inYears ? 12 : 1);
    if (n < 0) return { ok: false, error: `"${t}" is negative; write how long, or "none"` };
    return Number.isInteger(n) ? { ok: true, value: n } : { ok: false, error: `"${t}" is not a whole number of months; write it like "1 year 6 months"` };
  }
  const r = parseDuration(t);
  return r.ok ? { ok: true, value: r.months } : { ok: false, error: `"${t}" is not a length of time; write a number of months, or "2 years", "1 year 6 months", "none"` };
}


/** An age cell: a number of years, or one of the age groups, which fills the column's other answer (the age group). */
function ageCell(text: string, kind: { min: number; max: number }): Cell | { ok: true; value: string; orElse: true } {
  const t = ageGroupName(text).toLowerCase();
  if (t === "" || /^(n\/?a|not sure|rather not say|prefer not to say)$/.test(t)) return { ok: true, value: undefined };
  // Any number (numbers.ts), as in an answers file: 34.0 is 34.
  if (NUMBER.test(t)) {
    const age = Number(t);
    if (!Number.isInteger(age)) return { ok: false, error: `"${text.trim()}" is not a whole number of years` };
    return age >= kind.min && age <= kind.max ? { ok: true, value: age } : { ok: false, error: `"${text.trim()}" is not an age between ${kind.min} and ${kind.max}` };
  }
  // A form's age band ("25-34", "65+") is read as a group when it lies within one.
  const band = /^(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})$/.exec(t) ?? /^(\d{1,3})\s*\+$/.exec(t);
  if (band) {
    const low = Number(band[1]);
    const high = band[2] === undefined ? Infinity : Number(band[2]);
    const group = low >= 21 ? "21+" : low >= 19 && high <= 20 ? "19-20" : low === 18 && high === 18 ? "18" : low >= 16 && high <= 17 ? "16-17" : undefined;
    if (group) return { ok: true, value: group, orElse: true };
  }
  // From the start of a run of spaces only: tried from each space in it, the search took quadratic time.
  const group = t.replace(/(?<!\s)\s*(to|or|and)\s*/, "-").replace(/\s+/g, "");
  if ((AGE_GROUPS as readonly string[]).includes(group)) return { ok: true, value: group, orElse: true };
  return { ok: false, error: `"${text.trim()}" is not an age; write a number of years, or one of: ${AGE_GROUPS.join(", ")}` };
}

/** Qualifications and target roles by every name a sheet might use for them, built once a file. */
interface Lookup {
  qualifications: Map<string, string>;
  targets: Map<string, string>;
  targetIds: string[];
  /** The same, for "did you mean …?" on a cell that names none. */
  qualificationNames: Named[];
  targetNames: Named[];
  /** The most words in any qualification's name: a name spans at most that many comma-separated pieces. */
  mostWords: number;
}

function lookupFor(dataset: Dataset): Lookup {
  const qualifications = new Map<string, string>();
  // Former short names too: a sheet made from an older version's names still reads.
  for (const q of dataset.qualifications) for (const name of [q.id, q.title, q.short, ...(q.formerShort ?? [])]) if (name) qualifications.set(simplify(name), q.id);
  const roles = targetRoles(dataset);
  const targets = new Map<string, string>();
  for (const r of roles) for (const name of [r.id, r.title]) targets.set(simplify(name), r.id);
  return {
    qualifications,
    targets,
    targetIds: roles.map((r) => r.id),
    qualificationNames: dataset.qualifications.map((q) => ({ id: q.id, names: [q.title, q.short] })),
    targetNames: roles.map((r) => ({ id: r.id, names: [r.title] })),
    mostWords: Math.max(1, ...[...qualifications.keys()].map((name) => name.split(" ").length)),
  };
}

/** A cell read: its value, which fills the column's other answer where `orElse` (an age group in the age column). */
type Read = Cell | { ok: true; value: unknown; orElse: true };

/**
 * A cell, read by the kind of value its answer holds (src/model/answers.ts).
 * The answers of 0.1 and 0.2 give the messages a sheet has always given them;
 * those added since, their kind's reader's, a bare number in the column's unit.
 */
function readCell(field: Field, text: string, lookup: Lookup, inYears = false): Read {
  if (field === "label") return { ok: true, value: text.trim() || undefined };
  const def = answerDef(field)!;
  const kind = def.value;
  // Names and lists of qualifications may be long; no other answer is.
  if (text.length > CELL_MAX_CHARS && kind.type !== "qualifications") {
    const length = text.trim().length;
    // A list of circumstances is never echoed (see the choices reader): it may hold a private reason.
    if (length > CELL_MAX_CHARS && kind.type === "choices") return { ok: false, error: `the cell holds ${length.toLocaleString("en-GB")} characters, more than any answer to this column; check that the columns line up` };
    if (length > CELL_MAX_CHARS) return { ok: false, error: `${quoted(text)} holds ${length.toLocaleString("en-GB")} characters, more than any answer to this column; check that the columns line up` };
  }
  const earlier = earlierAnswer(field) !== undefined;
  switch (kind.type) {
    case "yes-no":
      if (!earlier) break;
      return yesNoCell(text, kind);
    case "choice":
      if (!earlier) break;
      return choice(text, kind.values, def.column?.synonyms);
    case "wpm": {
      if (!earlier) break;
      const r = parseRegistered(kind, text);
      return r.ok ? { ok: true, value: r.value } : { ok: false, error: `${quoted(text)} is not a typing speed; write words per minute (0-${kind.max}) in digits, like 45, or leave the cell empty if not known` };
    }
    case "months":
      if (kind.blank !== "none") break;
      return months(text, inYears);
    case "band":
      return bandCell(text, kind.values);
    case "age":
      return ageCell(text, kind);
    case "role": {
      const t = simplify(text);
      if (t === "") return { ok: true, value: undefined };
      const id = lookup.targets.get(t);
      if (id) return { ok: true, value: id };
      return { ok: false, error: `"${text.trim()}" is not a role to aim for${didYouMean(text, lookup.targetNames)}; use one of: ${lookup.targetIds.join(", ")}` };
    }
    case "qualifications":
      return qualificationIds(text, lookup);
  }
  if (!isTyped(kind)) return { ok: true, value: undefined };
  // An answer added since 0.2: read by the reader for its kind of value, a bare number in the column's unit.
  const r = parseRegistered(kind, text, inYears ? "years" : "months");
  // A list of circumstances is never echoed (it may hold a private reason); any other message is given the cell.
  return r.ok ? r : { ok: false, error: kind.type === "choices" ? r.error : `${quoted(text)}: ${r.error}` };
}

function yesNoCell(text: string, kind: TypedValue): Cell {
  const r = parseRegistered(kind, text);
  return r.ok ? { ok: true, value: r.value } : { ok: false, error: `"${text.trim()}" is not yes or no; leave the cell empty if not known` };
}

function bandCell(text: string, bands: readonly string[]): Cell {
  const t = bandName(text);
  if (t === "" || /^(n\/?a|none|notsure|unknown)$/.test(t)) return { ok: true, value: undefined };
  return bands.includes(t) ? { ok: true, value: t } : { ok: false, error: `"${text.trim()}" is not an Agenda for Change band; write 1-9 or 8a-8d, or leave it empty` };
}

/**
 * Qualifications in one cell, separated by ";" or "|" or new lines, or by
 * commas as form checkbox exports write them, although some titles hold a
 * comma themselves: the longest run of comma-separated pieces that names a
 * qualification wins.
 */
function qualificationIds(text: string, lookup: Lookup): Cell {
  const ids: string[] = [];
  for (const part of text.split(/[;|\n]/)) {
    // Simplified, pieces joined by commas are the pieces' own words joined by spaces; a piece with no letter or digit ("a,,b") adds none.
    const pieces = part.split(",").flatMap((raw) => {
      const words = simplify(raw);
      return words === "" ? [] : [{ raw, words }];
    });
    let i = 0;
    while (i < pieces.length) {
      // No name has more words than mostWords, so no longer run is tried: trying every run to the end of the cell took cubic time (a cell of 2,000 ids, nine minutes).
      let found = -1;
      let id: string | undefined;
      for (let j = Math.min(pieces.length, i + lookup.mostWords); j > i; j--) {
        id = lookup.qualifications.get(pieces.slice(i, j).map((p) => p.words).join(" "));
        if (id) {
          found = j;
          break;
        }
      }
      const piece = pieces[i]!.raw;
      if (found < 0 || !id) return { ok: false, error: `${quoted(piece)} is not a qualification${piece.length > CELL_MAX_CHARS ? "" : didYouMean(piece, lookup.qualificationNames)}; use ids from \`medsec-path qualifications\`` };
      ids.push(id);
      i = found;
    }
  }
  return { ok: true, value: ids };
}

/** A row that is exactly the template's sample, cell for cell. */
function isTemplateSample(record: string[], fields: (Field | undefined)[]): boolean {
  let compared = 0;
  for (const [i, field] of fields.entries()) {
    if (!field) continue;
    const sample = COLUMNS.find((c) => c.field === field)?.sample ?? "";
    if ((record[i] ?? "").trim() !== sample) return false;
    compared++;
  }
  return compared >= 3;
}

/** Columns added since 0.1: a cell that cannot be read means "not said". */
const ADDED_FIELDS = new Set<Field>(COLUMNS.filter((c) => c.unreadIsUnsaid).map((c) => c.field));
/** The same answers as keys of a YAML or JSON list's item (an age may be given as ageGroup there). */
const ADDED_KEYS = new Set<string>([...ADDED_FIELDS, "ageGroup"]);
/** As many as stderr lists of the rows skipped (README: "the first 100"); the rest are counted. */
export const NOT_READ_SHOWN = 100;

/**
 * Answers of the columns (or a list's keys) added since 0.1 that could not be
 * read and were left as "not said": the first few kept, every one counted, so
 * that a million-row sheet holds no more than a screenful.
 */
export class NotRead {
  readonly cells: RowError[] = [];
  count = 0;

  add(e: RowError): void {
    if (this.cells.length < NOT_READ_SHOWN) this.cells.push(e);
    this.count++;
  }

  /** Another's, after these: its cells as far as room is left, and its count. */
  addAll(other: NotRead): void {
    for (const e of other.cells) this.add(e);
    this.count += other.count - other.cells.length;
  }
}

/** The column's field that holds an answer: its own, or the column that takes it instead (the age group, in the age column). */
function fieldOf(key: string): Field {
  const plain = key.replace(/\[.*$/, "");
  return (ANSWERS.find((a) => a.column?.orElse === plain)?.key ?? plain) as Field;
}

/** Header text per answers key, so a schema problem can name the sheet's column. */
function columnNameFor(key: string, headers: Map<Field, string>): string {
  return headers.get(fieldOf(key)) ?? key;
}

/**
 * A column as a reason names it: the sheet's own heading, or the template's
 * where the sheet has none, without its bracketed hint (the values it takes).
 */
function columnShortName(key: string, headers: Map<Field, string>): string {
  const heading = headers.get(fieldOf(key)) ?? ANSWERS.find((d) => d.key === key)?.column?.header ?? key;
  return heading.replace(/\s*\([^)]*\)\s*$/, "") || heading;
}

function setAt(answers: Record<string, unknown>, key: string, value: unknown): void {
  const [outer, inner] = key.split(".") as [string, string | undefined];
  if (inner === undefined) answers[outer] = value;
  else answers[outer] = { ...(answers[outer] as object | undefined), [inner]: value };
}

/** A row's errors, and a last one counting those past the first few, as an answers file's are. */
function withMore(e: AnswersError, row: number, errors: RowError[]): RowError[] {
  return e.more > 0 ? [...errors, { row, column: "(item)", message: `… and ${e.more} more problem${e.more === 1 ? "" : "s"} in this row` }] : errors;
}

/** What one row (or list item) came to: an attendee, or the problems that kept it out. */
export type RowOutcome = { kind: "attendee"; attendee: Attendee; ignored?: RowError[] } | { kind: "errors"; errors: RowError[] };

/** The answers the rules ignore for an attendee (Welsh outside Wales), each by its column (or key): warnings, not errors. */
function ignoredIn(profile: Profile, row: number, column: (key: string) => string, name: (key: string) => string = column): RowError[] | undefined {
  const ignored = ignoredAnswers(profile, name);
  return ignored.length > 0 ? ignored.map(({ key, message }) => ({ row, column: column(key), message })) : undefined;
}

/**
 * A form's CSV export read one record at a time, so that a group of any size
 * streams through: the first non-empty record is the heading row, each later
 * one becomes an attendee or a list of errors. Blank records still count, so
 * that a record's index is its row in the spreadsheet (header = row 1).
 */
export class CsvSheet {
  readonly ignoredColumns: string[] = [];
  /**
   * Cells of the columns added in 0.2 (current job, NHS band, age, working towards) and since that could
   * not be read: left as "not said", never a skipped row, so that a sheet
   * which already had, say, an "Age" column of its own reads as it did.
   */
  private readonly unread = new NotRead();
  /** The row of the template's sample, if it was left in and skipped. */
  skippedSample?: number;
  private first?: string[];
  private fields: (Field | undefined)[] = [];
  private readonly headers = new Map<Field, string>();
  /** The column each field is read from: the first with its heading. */
  private readonly columnOf = new Map<Field, number>();
  private readonly lookup: Lookup;

  /** The cells left as "not said" (the first few). */
  get notRead(): readonly RowError[] {
    return this.unread.cells;
  }

  /** How many cells were left as "not said", including those past the first few kept. */
  get notReadCount(): number {
    return this.unread.count;
  }

  constructor(
    private readonly dataset: Dataset,
    private readonly file: string,
  ) {
    this.lookup = lookupFor(dataset);
  }

  /** Whether a heading row has been seen. */
  get started(): boolean {
    return this.first !== undefined;
  }

  /** Reads the record at `index` (0-based); undefined for the heading row and rows that are skipped. */
  push(record: string[], index: number): RowOutcome | undefined {
    if (!this.first) {
      if (record.some((c) => c.trim() !== "")) this.heading(record, index);
      return undefined;
    }
    const first = this.first;
    if (record.every((c) => c.trim() === "")) return undefined;
    // Two exports pasted together repeat the heading row: it is not an attendee.
    if (record.every((c, i) => c.trim() === (first[i] ?? "").trim())) return undefined;
    // Nor is the template's sample row, left in by mistake.
    if (isTemplateSample(record, this.fields)) {
      this.skippedSample = index + 1;
      return undefined;
    }
    return this.row(record, index + 1);
  }

  private heading(record: string[], index: number): void {
    this.first = record;
    this.fields = record.map((h) => fieldFor(h));
    record.forEach((h, i) => {
      const f = this.fields[i];
      if (f && !this.columnOf.has(f)) {
        this.headers.set(f, h.trim());
        this.columnOf.set(f, i);
      } else if (h.trim()) this.ignoredColumns.push(h.trim());
    });
    if (this.headers.size <= (this.headers.has("label") ? 1 : 0)) {
      throw new AnswersError([{ file: this.file, line: index + 1, message: `no column heading is one medsec-path knows; run \`medsec-path workshop --template\` for the headings (${COLUMNS.map((c) => c.header).join("; ")})` }]);
    }
  }

  /** Whether a bare number in the field's column is years: where its heading says so, or, for an answer in years, unless it says months. */
  private inYears(field: Field): boolean {
    const header = this.headers.get(field) ?? "";
    const kind = field === "label" ? undefined : answerDef(field)?.value.type;
    if (kind === "years") return !/\bmonths?\b/i.test(header);
    return kind === "months" && /\byears?\b/i.test(header);
  }

  private row(record: string[], row: number): RowOutcome {
    // Every answers file holds its months of work, if only as {}.
    const answers: Record<string, unknown> = { experience: {} };
    let name: string | undefined;
    const rowErrors: RowError[] = [];
    // Told only if the row is kept: a skipped row's cells were not left as not said, they were not read at all.
    const unread: RowError[] = [];
    const notRead = (field: Field, message: string) => unread.push({ row, column: this.headers.get(field)!, message });
    record.forEach((cell, i) => {
      const field = this.fields[i];
      if (!field || this.columnOf.get(field) !== i) return;
      const read = readCell(field, cell, this.lookup, this.inYears(field));
      if (!read.ok) {
        if (ADDED_FIELDS.has(field)) {
          notRead(field, read.error);
          return;
        }
        rowErrors.push({ row, column: this.headers.get(field)!, message: read.error });
        return;
      }
      if (read.value === undefined) return;
      if (field === "label") name = String(read.value);
      else setAt(answers, "orElse" in read ? answerDef(field)!.column!.orElse! : field, read.value);
    });
    // A band the row's nation does not have (band 1 outside Scotland, in the shipped data) is, like any band cell that cannot be read, left as not said.
    for (const def of ANSWERS) {
      const band = def.value.type === "band" ? answers[def.key] : undefined;
      const bandIssue = typeof band === "string" ? bandProblem(band, answers.nation as Nation | undefined, this.dataset) : undefined;
      if (bandIssue) {
        notRead(def.key as Field, bandIssue);
        delete answers[def.key];
      }
    }
    if (rowErrors.length > 0) return { kind: "errors", errors: rowErrors };
    // As in a list: a cell of an added column read well on its own but refused with the rest of the row
    // (a qualification worked towards that is also held) is left as not said; each pass drops one such, so this ends.
    for (;;) {
      try {
        const profile = profileFromValue(answers, this.dataset, `row ${row}`);
        const ignored = ignoredIn(profile, row, (key) => columnNameFor(key, this.headers), (key) => columnShortName(key, this.headers));
        for (const e of unread) this.unread.add(e);
        return { kind: "attendee", attendee: { row, ...(name ? { name } : {}), profile }, ...(ignored ? { ignored } : {}) };
      } catch (e) {
        if (!(e instanceof AnswersError)) throw e;
        const { added, others } = splitAdded(e, answers);
        if (others.length > 0 || added.length === 0) {
          return { kind: "errors", errors: withMore(e, row, others.map((issue) => ({ row, column: columnNameFor(issue.field ?? "", this.headers), message: issue.message }))) };
        }
        for (const issue of added) {
          const key = addedKeyOf(issue.field)!;
          unread.push({ row, column: columnNameFor(key, this.headers), message: issue.message });
          delete answers[key];
        }
      }
    }
  }
}

/**
 * csv-parse's options for a form export. Blank lines are kept as records so
 * that a record's index is its row; rows may end in CRLF or LF, even mixed (a
 * template saved on Windows and extended elsewhere). One record is capped, so
 * that a file with no line ends cannot fill memory.
 */
export const CSV_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  record_delimiter: ["\r\n", "\n", "\r"],
  max_record_size: 1024 * 1024,
};

/** Collects outcomes into the Responses of a whole sheet or list. */
function collect(outcomes: Iterable<RowOutcome | undefined>): Pick<Responses, "attendees" | "errors"> {
  const attendees: Attendee[] = [];
  const errors: RowError[] = [];
  for (const o of outcomes) {
    if (o?.kind === "attendee") attendees.push(o.attendee);
    // One at a time: spreading a long list of errors into push() overflows the stack.
    else if (o?.kind === "errors") for (const e of o.errors) errors.push(e);
  }
  return { attendees, errors };
}

/** A whole CSV held in memory (tests, small files); the workshop command streams instead (see stream.ts). */
export function readCsvResponses(text: string, dataset: Dataset, file = "responses"): Responses {
  const records = parse(text, CSV_OPTIONS) as string[][];
  const sheet = new CsvSheet(dataset, file);
  const { attendees, errors } = collect(records.map((r, i) => sheet.push(r, i)));
  return { attendees, errors, ignoredColumns: sheet.ignoredColumns, ...(sheet.skippedSample ? { skippedSample: sheet.skippedSample } : {}) };
}

/**
 * What an item that is not a mapping is, in a few words: never its text,
 * which may be megabytes (spread into a mapping, a long string was once a
 * mapping of one key per character, and an error for each).
 */
function notMapping(item: unknown): string {
  if (item === null || item === undefined) return "is empty; each item should be a mapping of answers, with `experience:` at least";
  const what = Array.isArray(item) ? "a list" : typeof item === "string" ? "text" : typeof item === "number" ? "a number" : typeof item === "boolean" ? "true or false" : typeof item;
  return `is ${what}; it should be a mapping of answers, like \`typingWpm: 45\``;
}

/** The key added since 0.1 that an answers file's problem is about ("studying[2]" is studying), if it is one. */
function addedKeyOf(field: string | undefined): string | undefined {
  const key = field?.replace(/\[.*$/, "").split(".")[0];
  return key !== undefined && ADDED_KEYS.has(key) ? key : undefined;
}

/** A row's problems: those about a key added since 0.1 that it holds (left as not said), and the rest (the row skipped). */
function splitAdded(e: AnswersError, answers: Record<string, unknown>): { added: Issue[]; others: Issue[] } {
  const added = e.issues.filter((issue) => addedKeyOf(issue.field) !== undefined && addedKeyOf(issue.field)! in answers);
  return { added, others: e.issues.filter((issue) => !added.includes(issue)) };
}

/**
 * One item of a YAML or JSON list: its `name` (or `label`) kept apart, the
 * rest read as an answers file. As in a sheet (docs/contract.md, "Workshop
 * sheets"), a value that cannot be read under a key added since 0.1 (hours a
 * week, years on band, …) is left as "not said" and told in `notRead`, never
 * a skipped attendee: a workshop leader must not lose someone for a late
 * question. Any other problem skips the item, as before.
 */
export function listItemOutcome(item: unknown, row: number, dataset: Dataset, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined, notRead?: NotRead): RowOutcome {
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    const line = lineOf([]);
    return { kind: "errors", errors: [{ row, column: "(item)", message: `${line ? `line ${line}: ` : ""}${notMapping(item)}` }] };
  }
  const { label, ...answers } = item as Record<string, unknown>;
  const name = answers.name;
  const shown = typeof name === "string" ? name : typeof label === "string" ? label : undefined;
  const message = (issue: { line?: number | undefined; message: string }) => `${issue.line ? `line ${issue.line}: ` : ""}${issue.message}`;
  // Told only if the item is kept: a skipped item's values were not left as not said, they were not read at all.
  const unread: RowError[] = [];
  // Each pass drops the added keys the last one could not read; a key dropped is gone, so this ends.
  for (;;) {
    try {
      const profile = profileFromValue(answers, dataset, file, { value: answers, lineOf });
      const ignored = ignoredIn(profile, row, (key) => key);
      for (const u of unread) notRead?.add(u);
      return { kind: "attendee", attendee: { row, ...(shown ? { name: shown } : {}), profile }, ...(ignored ? { ignored } : {}) };
    } catch (e) {
      if (!(e instanceof AnswersError)) throw e;
      const { added, others } = splitAdded(e, answers);
      for (const issue of added) unread.push({ row, column: issue.field!, message: message(issue) });
      if (others.length > 0 || added.length === 0) {
        return { kind: "errors", errors: withMore(e, row, others.map((issue) => ({ row, column: issue.field ?? "(item)", message: message(issue) }))) };
      }
      for (const issue of added) delete answers[addedKeyOf(issue.field)!];
    }
  }
}

/** A YAML or JSON list of answers (or `attendees:` holding one); each may carry a `name`. */
export function readListResponses(text: string, dataset: Dataset, file: string): Responses {
  const notRead = new NotRead();
  return { ...collect(listOutcomes(text, dataset, file, notRead)), ignoredColumns: [], ...(notRead.count > 0 ? { notRead } : {}) };
}

/** Each item of a YAML or JSON list read whole, in order. */
export function listOutcomes(text: string, dataset: Dataset, file: string, notRead?: NotRead): RowOutcome[] {
  const source = parseYamlSource(text, file);
  if ("issues" in source) throw new AnswersError(source.issues);
  const value = source.value as unknown;
  const list = Array.isArray(value) ? value : (value as { attendees?: unknown } | null)?.attendees;
  const path = Array.isArray(value) ? [] : ["attendees"];
  if (!Array.isArray(list)) {
    throw new AnswersError([{ file, line: 1, message: "should be a list of answers (- typingWpm: 45 …), or `attendees:` holding one" }]);
  }
  return list.map((item, i) => listItemOutcome(item, i + 1, dataset, file, (p) => source.lineOf([...path, i, ...p]), notRead));
}
