// Reads and validates passages.yaml, the typing test's passages: at build
// time for the shipped file, and at run time for one in a --data folder.
// Passages are kept out of the Dataset (and dist/dataset.json), so commands
// that never run the test never read them.

import { lstatSync } from "node:fs";
import { join } from "node:path";
import { readOrdinaryFile } from "./read-file.js";
import { DataError, type Issue } from "../errors.js";
import type { Passage } from "../engine/typing.js";
import { DATA_FILE_MAX_BYTES, PASSAGES_FILE, passagesFile } from "./schema.js";
import { parseYamlSource, schemaIssues } from "./yaml-source.js";

/** The passages in one file, or a DataError naming its file, line and field. */
export function readPassagesFile(path: string): Passage[] {
  const read = readOrdinaryFile(path, "data file", DATA_FILE_MAX_BYTES);
  if (!read.ok) throw new DataError([{ file: path, message: read.message }]);
  const source = parseYamlSource(read.text, path);
  if ("issues" in source) throw new DataError(source.issues);
  const result = passagesFile.safeParse(source.value ?? {});
  if (!result.success) throw new DataError(schemaIssues(result.error, path, source));
  const issues: Issue[] = [];
  const first = new Map<string, number>();
  result.data.passages.forEach((p, i) => {
    const at = first.get(p.id);
    if (at === undefined) first.set(p.id, i);
    else issues.push({ file: path, line: source.lineOf(["passages", i]), field: `passages[${i}]`, message: `"${p.id}" appears twice in this file (first at passages[${at}])` });
  });
  if (issues.length > 0) throw new DataError(issues);
  return result.data.passages;
}

/** A --data folder's passages layered over `base`: the same id replaces, a new one is added. */
export function layerPassages(base: readonly Passage[], dir: string): Passage[] {
  const path = join(dir, PASSAGES_FILE);
  // A link to nothing is there, and is reported: only a name that is not there at all means no passages of its own.
  if (!lstatSync(path, { throwIfNoEntry: false })) return [...base];
  const merged = [...base];
  for (const p of readPassagesFile(path)) {
    const at = merged.findIndex((b) => b.id === p.id);
    if (at >= 0) merged[at] = p;
    else merged.push(p);
  }
  return merged;
}
