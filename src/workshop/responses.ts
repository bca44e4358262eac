// Reads a group's answers: a CSV exported from a form (one row per attendee)
// or a YAML/JSON list in the answers-file format. A bad row is reported with
// its row number and column and skipped; the other rows are still read.

import { parse } from "csv-parse/sync";
import { profileFromValue } from "../answers/parse.js";
import { parseDuration, parseWpm, parseYesNo } from "../answers/typed.js";
import { parseYamlSource } from "../data/yaml-source.js";
import { targetRoles } from "../engine/routes.js";
import { closest } from "../engine/words.js";
import { AGE_GROUPS, CURRENT_JOBS, NATIONS, type Dataset, type Profile } from "../engine/types.js";
import { NHS_BANDS } from "../answers/schema.js";
import { AnswersError } from "../errors.js";
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
}

type Cell = { ok: true; value: unknown } | { ok: false; error: string };

const simplify = (s: string) => s.trim().toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

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
  if (/^\d+(\.\d+)?$/.test(t)) {
    const n = Number(t) * (inYears ? 12 : 1);
    return Number.isInteger(n) ? { ok: true, value: n } : { ok: false, error: `"${t}" is not a whole number of months; write it like "1 year 6 months"` };
  }
  const r = parseDuration(t);
  return r.ok ? { ok: true, value: r.months } : { ok: false, error: `"${t}" is not a length of time; write a number of months, or "2 years", "1 year 6 months", "none"` };
}

const JOB_SYNONYMS: Record<string, string> = {
  "not working": "not-working",
  unemployed: "not-working",
  student: "not-working",
  retail: "customer-facing",
  gp: "gp-practice",
  "gp practice": "gp-practice",
  "nhs admin": "nhs-admin",
  "nhs clinical": "nhs-clinical",
  care: "care-or-private-healthcare",
  "private healthcare": "care-or-private-healthcare",
};

/** An age cell: a number of years, or one of the age groups; it fills `age` or `ageGroup`. */
function ageCell(text: string): Cell {
  const t = text.trim().toLowerCase().replace(/\s*(or over|and over|plus)$/, "+");
  if (t === "" || /^(n\/?a|not sure|rather not say|prefer not to say)$/.test(t)) return { ok: true, value: undefined };
  if (/^\d{1,3}$/.test(t)) return { ok: true, value: { age: Number(t) } };
  const group = t.replace(/\s*(to|or|and)\s*/, "-").replace(/\s+/g, "");
  if ((AGE_GROUPS as readonly string[]).includes(group)) return { ok: true, value: { ageGroup: group } };
  return { ok: false, error: `"${text.trim()}" is not an age; write a number of years, or one of: ${AGE_GROUPS.join(", ")}` };
}

/** Qualifications and target roles by every name a sheet might use for them, built once a file. */
interface Lookup {
  qualifications: Map<string, string>;
  targets: Map<string, string>;
  targetIds: string[];
}

function lookupFor(dataset: Dataset): Lookup {
  const qualifications = new Map<string, string>();
  for (const q of dataset.qualifications) for (const name of [q.id, q.title, q.short]) if (name) qualifications.set(simplify(name), q.id);
  const roles = targetRoles(dataset);
  const targets = new Map<string, string>();
  for (const r of roles) for (const name of [r.id, r.title]) targets.set(simplify(name), r.id);
  return { qualifications, targets, targetIds: roles.map((r) => r.id) };
}

function readCell(field: Field, text: string, lookup: Lookup, inYears = false): Cell {
  switch (field) {
    case "label":
      return { ok: true, value: text.trim() || undefined };
    case "typingWpm": {
      const r = parseWpm(text);
      return r.ok ? { ok: true, value: r.value } : { ok: false, error: `"${text.trim()}" is not a typing speed; write whole words per minute (0-250), or leave the cell empty if not known` };
    }
    case "audioTyping":
    case "needsToEarnWhileLearning":
    case "canStudyPartTime": {
      const r = parseYesNo(text);
      return r.ok ? { ok: true, value: r.value } : { ok: false, error: `"${text.trim()}" is not yes or no; leave the cell empty if not known` };
    }
    case "medicalTerminology":
      return choice(text, ["none", "some", "qualified"], { "a qualification": "qualified", "no": "none" });
    case "officeSkills":
      return choice(text, ["none", "basic", "confident"], { "not really": "none", "no": "none" });
    case "nation":
      return choice(text, NATIONS, { ni: "northern-ireland", uk: "england" });
    case "currentJob":
      return choice(text, CURRENT_JOBS, JOB_SYNONYMS);
    case "nhsBand": {
      const t = text.trim().toLowerCase().replace(/^band\s*/, "");
      if (t === "" || /^(n\/?a|none|not sure|unknown)$/.test(t)) return { ok: true, value: undefined };
      return NHS_BANDS.includes(t as (typeof NHS_BANDS)[number]) ? { ok: true, value: t } : { ok: false, error: `"${text.trim()}" is not an Agenda for Change band; write 2-9 or 8a-8d, or leave it empty` };
    }
    case "age":
      return ageCell(text);
    case "target": {
      const t = simplify(text);
      if (t === "") return { ok: true, value: undefined };
      const id = lookup.targets.get(t);
      if (id) return { ok: true, value: id };
      const guess = closest(t, lookup.targetIds);
      return { ok: false, error: `"${text.trim()}" is not a role to aim for; use one of: ${lookup.targetIds.join(", ")}${guess ? ` (did you mean ${guess}?)` : ""}` };
    }
    case "qualifications":
      return qualificationIds(text, lookup);
    case "adminMonths":
    case "customerServiceMonths":
    case "healthcareMonths":
    case "secretarialMonths":
      return months(text, inYears);
  }
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
    const pieces = part.split(",");
    let i = 0;
    while (i < pieces.length) {
      if (simplify(pieces[i]!) === "") {
        i++;
        continue;
      }
      let found = -1;
      let id: string | undefined;
      for (let j = pieces.length; j > i; j--) {
        id = lookup.qualifications.get(simplify(pieces.slice(i, j).join(",")));
        if (id) {
          found = j;
          break;
        }
      }
      if (found < 0 || !id) return { ok: false, error: `"${pieces[i]!.trim()}" is not a qualification; use ids from \`medsec-path qualifications\`` };
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

const EXPERIENCE_FIELDS = new Set<Field>(["adminMonths", "customerServiceMonths", "healthcareMonths", "secretarialMonths"]);

/** Header text per answers key, so a schema problem can name the sheet's column. */
function columnNameFor(key: string, headers: Map<Field, string>): string {
  const plain = key.startsWith("experience.") ? key.slice("experience.".length) : key.replace(/\[.*$/, "");
  const field = (plain === "ageGroup" ? "age" : plain) as Field;
  return headers.get(field) ?? key;
}

export function readCsvResponses(text: string, dataset: Dataset, file = "responses"): Responses {
  // Blank lines are kept as records so that a record's index is its row in the
  // spreadsheet (header = row 1), even where a cell spans several lines.
  // Rows may end in CRLF or LF, even mixed: a template saved on Windows and
  // extended with rows typed elsewhere must not run its rows together.
  const records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, record_delimiter: ["\r\n", "\n", "\r"] }) as string[][];
  const responses: Responses = { attendees: [], errors: [], ignoredColumns: [] };
  const lookup = lookupFor(dataset);
  const headerAt = records.findIndex((r) => r.some((c) => c.trim() !== ""));
  const first = records[headerAt];
  if (!first) return responses;
  const fields = first.map((h) => fieldFor(h));
  const headers = new Map<Field, string>();
  /** The column each field is read from: the first with its heading. */
  const columnOf = new Map<Field, number>();
  first.forEach((h, i) => {
    const f = fields[i];
    if (f && !columnOf.has(f)) {
      headers.set(f, h.trim());
      columnOf.set(f, i);
    } else if (h.trim()) responses.ignoredColumns.push(h.trim());
  });
  const inYears = (field: Field) => EXPERIENCE_FIELDS.has(field) && /\byears?\b/i.test(headers.get(field) ?? "");
  if (headers.size <= (headers.has("label") ? 1 : 0)) {
    throw new AnswersError([{ file, line: headerAt + 1, message: `no column heading is one medsec-path knows; run \`medsec-path workshop --template\` for the headings (${COLUMNS.map((c) => c.header).join("; ")})` }]);
  }

  for (let index = headerAt + 1; index < records.length; index++) {
    const record = records[index]!;
    if (record.every((c) => c.trim() === "")) continue;
    // Two exports pasted together repeat the heading row: it is not an attendee.
    if (record.every((c, i) => c.trim() === (first[i] ?? "").trim())) continue;
    // Nor is the template's sample row, left in by mistake.
    if (isTemplateSample(record, fields)) {
      responses.skippedSample = index + 1;
      continue;
    }
    const row = index + 1;
    const answers: Record<string, unknown> = {};
    const experience: Record<string, unknown> = {};
    let name: string | undefined;
    const rowErrors: RowError[] = [];
    record.forEach((cell, i) => {
      const field = fields[i];
      if (!field || columnOf.get(field) !== i) return;
      const read = readCell(field, cell, lookup, inYears(field));
      if (!read.ok) {
        rowErrors.push({ row, column: headers.get(field)!, message: read.error });
        return;
      }
      if (read.value === undefined) return;
      if (field === "label") name = String(read.value);
      else if (EXPERIENCE_FIELDS.has(field)) experience[field] = read.value;
      else if (field === "age") Object.assign(answers, read.value);
      else answers[field] = read.value;
    });
    if (rowErrors.length > 0) {
      responses.errors.push(...rowErrors);
      continue;
    }
    try {
      const profile = profileFromValue({ ...answers, experience }, dataset, `row ${row}`);
      responses.attendees.push({ row, ...(name ? { name } : {}), profile });
    } catch (e) {
      if (!(e instanceof AnswersError)) throw e;
      for (const issue of e.issues) responses.errors.push({ row, column: columnNameFor(issue.field ?? "", headers), message: issue.message });
    }
  }
  return responses;
}

/** A YAML or JSON list of answers (or `attendees:` holding one); each may carry a `name`. */
export function readListResponses(text: string, dataset: Dataset, file: string): Responses {
  const source = parseYamlSource(text, file);
  if ("issues" in source) throw new AnswersError(source.issues);
  const value = source.value as unknown;
  const list = Array.isArray(value) ? value : (value as { attendees?: unknown } | null)?.attendees;
  const path = Array.isArray(value) ? [] : ["attendees"];
  if (!Array.isArray(list)) {
    throw new AnswersError([{ file, line: 1, message: "should be a list of answers (- typingWpm: 45 …), or `attendees:` holding one" }]);
  }
  const responses: Responses = { attendees: [], errors: [], ignoredColumns: [] };
  list.forEach((item, i) => {
    const row = i + 1;
    const { label, ...answers } = (item ?? {}) as Record<string, unknown>;
    const name = answers.name;
    const shown = typeof name === "string" ? name : typeof label === "string" ? label : undefined;
    try {
      const lineOf = (p: readonly PropertyKey[]) => source.lineOf([...path, i, ...p]);
      const profile = profileFromValue(answers, dataset, file, { value: answers, lineOf });
      responses.attendees.push({ row, ...(shown ? { name: shown } : {}), profile });
    } catch (e) {
      if (!(e instanceof AnswersError)) throw e;
      for (const issue of e.issues) {
        responses.errors.push({ row, column: issue.field ?? "(item)", message: `${issue.line ? `line ${issue.line}: ` : ""}${issue.message}` });
      }
    }
  });
  return responses;
}
