// A group's answers as a stream of outcomes, one row or item at a time: a
// CSV through csv-parse's streaming parser, a JSON list item by item, so that
// memory stays flat however large the group. A YAML list (or a JSON object
// holding `attendees:`) is read whole, up to a cap, as YAML needs the whole
// document to be sure of any part of it.

import { parse as parseCsvStream } from "csv-parse";
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { utf16Error } from "../answers/read.js";
import { megabytes, utf16Problem } from "../data/read-file.js";
import { parseYamlSource } from "../data/yaml-source.js";
import type { Dataset } from "../engine/types.js";
import { AnswersError } from "../errors.js";
import { JsonListError, JsonListSplitter } from "./json-list.js";
import { CSV_OPTIONS, CsvSheet, listItemOutcome, listOutcomes, NotRead, type RowError, type RowOutcome } from "./responses.js";

/** A YAML list is parsed whole: beyond this, a group is better sent as CSV or a JSON list, which stream. */
export const YAML_LIST_MAX_BYTES = 16 * 1024 * 1024;

export interface GroupStream {
  outcomes: AsyncIterable<RowOutcome>;
  /** Known once the outcomes have been read: headings the sheet had that medsec-path does not use. */
  ignoredColumns(): string[];
  /** Known once the outcomes have been read: the row of the template's sample, if it was skipped. */
  skippedSample(): number | undefined;
  /**
   * Known once the outcomes have been read: cells of the columns added since 0.1 (or a list's
   * keys, with `list`) left as "not said" (the first few), and how many in all.
   */
  notRead(): { cells: readonly RowError[]; count: number; list?: boolean };
}

type Bytes = AsyncIterable<Buffer | string>;

/** The input's text, piece by piece, refusing UTF-16 before the first piece. */
async function* textOf(input: Bytes, file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let first = true;
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (first && bytes.length > 0) {
      if (utf16Problem(bytes)) throw utf16Error(file);
      first = false;
    }
    const text = decoder.write(bytes);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The first piece of text with something in it, and an iterable that gives the whole text again. */
async function peek(pieces: AsyncGenerator<string>): Promise<{ first: string; all: AsyncIterable<string> }> {
  let first = "";
  const seen: string[] = [];
  for (;;) {
    const next = await pieces.next();
    if (next.done) break;
    seen.push(next.value);
    first += next.value;
    if (first.trim() !== "") break;
  }
  async function* all(): AsyncGenerator<string> {
    yield* seen;
    yield* pieces;
  }
  return { first, all: all() };
}

/**
 * Opens the group in `input`: a CSV unless `list` says it is a YAML or JSON
 * list (by its name), or, for stdin, unless it starts like one.
 */
export async function streamGroup(input: Bytes, dataset: Dataset, file: string, list: boolean | "sniff"): Promise<GroupStream> {
  const { first, all } = await peek(textOf(input, file));
  const isList = list === "sniff" ? /^\s*(\[|-(\s|$)|attendees\s*:)/.test(first) : list;
  if (!isList) return csvStream(all, dataset, file);
  if (/^\s*\[/.test(first)) return jsonListStream(all, dataset, file);
  return wholeListStream(all, dataset, file);
}

function csvStream(text: AsyncIterable<string>, dataset: Dataset, file: string): GroupStream {
  const sheet = new CsvSheet(dataset, file);
  async function* outcomes(): AsyncGenerator<RowOutcome> {
    const parser = parseCsvStream(CSV_OPTIONS);
    const source = Readable.from(text);
    // pipe() minds the parser's pace; an error in the text (UTF-16, say) is the parser's error too.
    source.on("error", (e) => parser.destroy(e));
    source.pipe(parser);
    let index = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        const outcome = sheet.push(record, index++);
        if (outcome) yield outcome;
      }
    } catch (e) {
      if (e instanceof AnswersError) throw e;
      const err = e as Error & { code?: string; lines?: number };
      if (err.code === "CSV_MAX_RECORD_SIZE") {
        throw new AnswersError([{ file, line: err.lines, message: `a row is longer than ${megabytes(CSV_OPTIONS.max_record_size)}; is this the CSV exported from the form?` }]);
      }
      if (err.code?.startsWith("CSV_")) throw new AnswersError([{ file, line: err.lines, message: `not valid CSV: ${err.message}` }]);
      throw e;
    } finally {
      source.destroy();
    }
  }
  return { outcomes: outcomes(), ignoredColumns: () => sheet.ignoredColumns, skippedSample: () => sheet.skippedSample, notRead: () => ({ cells: sheet.notRead, count: sheet.notReadCount }) };
}

function jsonListStream(text: AsyncIterable<string>, dataset: Dataset, file: string): GroupStream {
  const notRead = new NotRead();
  async function* outcomes(): AsyncGenerator<RowOutcome> {
    const splitter = new JsonListSplitter();
    let row = 0;
    const read = (items: { text: string; line: number }[]) =>
      items.map((item) => {
        row++;
        const source = parseYamlSource(item.text, file);
        if ("issues" in source) {
          return { kind: "errors", errors: source.issues.map((i) => ({ row, column: "(item)", message: `line ${item.line + (i.line ?? 1) - 1}: ${i.message}` })) } satisfies RowOutcome;
        }
        return listItemOutcome(
          source.value,
          row,
          dataset,
          file,
          (path) => {
            const at = source.lineOf(path);
            return at === undefined ? undefined : item.line + at - 1;
          },
          notRead,
        );
      });
    try {
      for await (const piece of text) yield* read(splitter.push(piece));
      splitter.end();
    } catch (e) {
      if (e instanceof JsonListError) throw new AnswersError([{ file, line: e.line, message: e.message }]);
      throw e;
    }
  }
  return { outcomes: outcomes(), ignoredColumns: () => [], skippedSample: () => undefined, notRead: () => ({ cells: notRead.cells, count: notRead.count, list: true }) };
}

function wholeListStream(text: AsyncIterable<string>, dataset: Dataset, file: string): GroupStream {
  const notRead = new NotRead();
  async function* outcomes(): AsyncGenerator<RowOutcome> {
    let whole = "";
    for await (const piece of text) {
      whole += piece;
      if (whole.length > YAML_LIST_MAX_BYTES) {
        throw new AnswersError([{ file, message: `is a YAML list of more than ${megabytes(YAML_LIST_MAX_BYTES)}; for a group this large use the CSV, or a JSON list ([ {…}, {…} ]), which are read a row at a time` }]);
      }
    }
    yield* yamlItemOutcomes(whole, dataset, file, notRead) ?? listOutcomes(whole, dataset, file, notRead);
  }
  return { outcomes: outcomes(), ignoredColumns: () => [], skippedSample: () => undefined, notRead: () => ({ cells: notRead.cells, count: notRead.count, list: true }) };
}

/**
 * The items of a plain top-level YAML list ("- " at the start of a line),
 * each with the line it starts on; undefined for anything else (a mapping
 * holding `attendees:`, a second document, aliases that may reach across
 * items), which is then parsed whole.
 */
export function yamlItems(text: string): { text: string; line: number }[] | undefined {
  // An alias (*name) may refer to an anchor in another item: only the whole document can resolve it.
  if (/(^|[\s[{,:])\*[^\s,[\]{}]/m.test(text)) return undefined;
  const lines = text.split("\n");
  const items: { text: string; line: number }[] = [];
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^-(\s|$)/.test(line)) {
      if (start >= 0) items.push({ text: lines.slice(start, i).join("\n"), line: start + 1 });
      start = i;
    } else if (line === "" || /^[\s#]/.test(line) || (start < 0 && /^(---\s*|%.*)$/.test(line))) {
      // Indented lines belong to the item above; blank lines, comments and, before the list, a document start or directive, to none.
    } else {
      return undefined;
    }
  }
  if (start >= 0) items.push({ text: lines.slice(start).join("\n"), line: start + 1 });
  return items;
}

/**
 * A plain YAML list read item by item: yaml's parser slows down on one large
 * document, and an item parsed alone is the same item. If any item fails to
 * parse alone, the list is parsed whole, so its errors read as they always did.
 */
function yamlItemOutcomes(text: string, dataset: Dataset, file: string, notRead: NotRead): RowOutcome[] | undefined {
  const items = yamlItems(text);
  if (!items) return undefined;
  const outcomes: RowOutcome[] = [];
  // Kept apart until every item has parsed: if one fails, the whole list is read again, and counted once.
  const itemsNotRead = new NotRead();
  for (const [i, item] of items.entries()) {
    const source = parseYamlSource(item.text, file);
    if ("issues" in source || !Array.isArray(source.value) || source.value.length !== 1) return undefined;
    outcomes.push(
      listItemOutcome(
        source.value[0],
        i + 1,
        dataset,
        file,
        (path) => {
          const at = source.lineOf([0, ...path]);
          return at === undefined ? undefined : item.line + at - 1;
        },
        itemsNotRead,
      ),
    );
  }
  notRead.addAll(itemsNotRead);
  return outcomes;
}
