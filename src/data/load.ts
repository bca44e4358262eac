// Reads data files from a folder, validates each against its schema, layers
// them over a base dataset and checks the references between files. Every
// problem found becomes one DataError naming the file, line and field.

import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DataError, IssueList, UsageError, type Issue } from "../errors.js";
import type { Dataset } from "../engine/types.js";
import { readOrdinaryFile } from "./read-file.js";
import { DATA_FILE_MAX_BYTES, DATA_FILES, PASSAGES_FILE, type DataFileName } from "./schema.js";
import { checkDataset, type Origin } from "./references.js";
import { parseYamlSource, schemaIssues, type YamlSource } from "./yaml-source.js";

export const EMPTY_DATASET: Dataset = {
  pay: { tables: [], unconfirmed: [], supplements: [] },
  roles: [],
  qualifications: [],
  routes: [],
  nations: [],
};

interface ParsedFile {
  name: DataFileName;
  path: string;
  source: YamlSource;
  value: Record<string, unknown[]>;
}

/** Every file a --data folder may hold; passages.yaml is read by the typing test alone (src/data/passages.ts). */
export const DATA_FOLDER_FILES: readonly string[] = [...Object.keys(DATA_FILES), PASSAGES_FILE];

function readDataDir(dir: string, requireAll: boolean, only?: readonly DataFileName[]): ParsedFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const names = `${DATA_FOLDER_FILES.slice(0, -1).join(", ")} and ${DATA_FOLDER_FILES.at(-1)}`;
    throw new UsageError(`--data ${dir}: ${existsSync(dir) ? "that is a file" : "no such folder"}`, `--data takes a folder holding any of ${names}.`);
  }
  const issues = new IssueList();
  const parsed: ParsedFile[] = [];
  const known = Object.keys(DATA_FILES);
  const present = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/i.test(f));
  for (const f of present) {
    if (!DATA_FOLDER_FILES.includes(f)) {
      issues.add({ file: join(dir, f), message: `is not a data file medsec-path reads; the names are ${DATA_FOLDER_FILES.join(", ")}` });
    }
  }
  for (const name of known as DataFileName[]) {
    // A file the command has no use for is not read at all: `bands` never needs 100,000 roles (once 2 GB and a minute).
    if (only && !only.includes(name)) continue;
    const path = join(dir, name);
    if (!present.includes(name)) {
      if (requireAll) issues.add({ file: path, message: "is missing" });
      continue;
    }
    const read = readOrdinaryFile(path, "data file", DATA_FILE_MAX_BYTES);
    if (!read.ok) {
      issues.add({ file: path, message: read.message });
      continue;
    }
    const source = parseYamlSource(read.text, path);
    if ("issues" in source) {
      issues.addAll(source.issues);
      continue;
    }
    const result = DATA_FILES[name].safeParse(source.value ?? {});
    if (!result.success) {
      schemaIssues(result.error, path, source, undefined, issues);
      continue;
    }
    parsed.push({ name, path, source, value: result.data as Record<string, unknown[]> });
  }
  if (issues.count > 0) throw new DataError(issues);
  return parsed;
}

/** Items with the same key as one in the base replace it; new ones are added. */
function layer<T extends object>(
  base: readonly T[],
  extra: readonly T[],
  key: (item: T) => string,
  origin: (item: T, index: number) => Origin,
  origins: Map<object, Origin>,
): T[] {
  const merged = [...base];
  // Where each key sits in `merged`: one lookup per item, so a folder of
  // 100,000 roles loads in time proportional to its size.
  const at = new Map<string, number>();
  merged.forEach((b, i) => {
    if (!at.has(key(b))) at.set(key(b), i);
  });
  extra.forEach((item, index) => {
    origins.set(item, origin(item, index));
    const k = key(item);
    const i = at.get(k);
    if (i !== undefined) merged[i] = item;
    else {
      at.set(k, merged.length);
      merged.push(item);
    }
  });
  return merged;
}

/**
 * Layers the data files in `dir` over `base`, validating everything it adds.
 * With `only`, the folder's other files are not read, and a shipped item
 * they might have replaced is not held against the files that were.
 */
export function loadDataLayer(dir: string, base: Dataset, requireAll = false, only?: readonly DataFileName[]): Dataset {
  const files = readDataDir(dir, requireAll, only);
  const origins = new Map<object, Origin>();
  const dataset: Dataset = structuredClone(base);
  markShipped(dataset, origins);
  for (const file of files) {
    const at = (list: string) => (_: unknown, i: number): Origin => ({ file: file.path, source: file.source, path: [list, i] });
    const v = file.value as unknown as Record<string, never[]>;
    switch (file.name) {
      case "bands.yaml": {
        const pay = dataset.pay;
        const byYear = (t: { nation: string; payYear: string }) => `${t.nation} ${t.payYear}`;
        pay.tables = layer(pay.tables, v.tables ?? [], byYear, at("tables"), origins);
        pay.supplements = layer(pay.supplements, v.supplements ?? [], byYear, at("supplements"), origins);
        pay.unconfirmed = layer(pay.unconfirmed, v.unconfirmed ?? [], (u: { nation: string; payYear: string; what: string }) => `${byYear(u)} ${u.what}`, at("unconfirmed"), origins);
        if (v.apprenticeRates) pay.apprenticeRates = v.apprenticeRates;
        if (v.minimumWage) pay.minimumWage = v.minimumWage;
        const trainee = (file.value as { traineePay?: Dataset["pay"]["traineePay"] }).traineePay;
        if (trainee) pay.traineePay = trainee;
        break;
      }
      case "roles.yaml":
        dataset.roles = layer(dataset.roles, v.roles ?? [], (r: { id: string }) => r.id, at("roles"), origins);
        break;
      case "qualifications.yaml":
        dataset.qualifications = layer(dataset.qualifications, v.qualifications ?? [], (q: { id: string }) => q.id, at("qualifications"), origins);
        break;
      case "routes.yaml":
        dataset.routes = layer(dataset.routes, v.routes ?? [], (r: { id: string }) => r.id, at("routes"), origins);
        break;
      case "nations.yaml":
        dataset.nations = layer(dataset.nations, v.nations ?? [], (n: { id: string }) => n.id, at("nations"), origins);
        break;
    }
  }
  const across = checkDataset(dataset, origins).filter((issue) => !only || !issue.file.startsWith("shipped "));
  const issues = [...files.flatMap((f) => checkDuplicates(f)), ...across];
  if (issues.length > 0) throw new DataError(issues);
  return dataset;
}

/**
 * Gives each item of the base an origin of its own, so that a check broken by
 * the folder (a qualification it withdraws that a shipped route still takes,
 * a role a shipped route goes through that no route now leads to) is reported
 * rather than passed over.
 */
function markShipped(dataset: Dataset, origins: Map<object, Origin>): void {
  const nowhere: YamlSource = { value: undefined, lineOf: () => undefined };
  const mark = (file: string, list: string, items: readonly object[]) =>
    // Named by id, not by a position in a file the person cannot see.
    items.forEach((item, i) => origins.set(item, { file: `shipped ${file}`, source: nowhere, path: [list, "id" in item && typeof item.id === "string" ? item.id : i], shipped: true }));
  mark("bands.yaml", "tables", dataset.pay.tables);
  mark("bands.yaml", "supplements", dataset.pay.supplements);
  mark("roles.yaml", "roles", dataset.roles);
  mark("qualifications.yaml", "qualifications", dataset.qualifications);
  mark("routes.yaml", "routes", dataset.routes);
  mark("nations.yaml", "nations", dataset.nations);
}

/** Two items with one id in the same file is a mistake, not a layering. */
function checkDuplicates(file: ParsedFile): Issue[] {
  const issues: Issue[] = [];
  for (const [list, items] of Object.entries(file.value)) {
    if (!Array.isArray(items)) continue;
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const it = item as Record<string, unknown>;
      const key =
        typeof it.id === "string"
          ? it.id
          : it.nation && it.payYear
            ? [it.nation, it.payYear, it.what].filter(Boolean).join(" ")
            : undefined;
      if (key === undefined) return;
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push({
          file: file.path,
          line: file.source.lineOf([list, i]),
          field: `${list}[${i}]`,
          message: `"${key}" appears twice in this file (first at ${list}[${first}])`,
        });
      } else seen.set(key, i);
    });
  }
  return issues;
}
