// Build step: validates data/*.yaml as a whole dataset, writes it as the JSON
// the bundle reads, and writes a JSON Schema per data file (and one for
// answers files) for editors, and one per --json output for scripts. It sits
// above data/ and answers/, as cli/ does.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DataError } from "../errors.js";
import { EMPTY_DATASET, loadDataLayer } from "../data/load.js";
import { readPassagesFile } from "../data/passages.js";
import { DATA_FILES, PASSAGES_FILE, passagesFile } from "../data/schema.js";
import { answersSchema } from "../answers/schema.js";
import { OUTPUTS } from "../render/output-schemas.js";

export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of [...Object.entries(DATA_FILES), [PASSAGES_FILE, passagesFile] as const]) {
    out[name.replace(/\.yaml$/, ".schema.json")] = {
      ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }),
      title: `medsec-path ${name}`,
    };
  }
  // The answers file is a public contract too: editors can check one as it is typed.
  out["answers.schema.json"] = { ...z.toJSONSchema(answersSchema, { io: "input", unrepresentable: "any" }), title: "medsec-path answers file" };
  // What each --json prints, exactly as this version prints it (docs/contract.md): later versions may add fields.
  for (const [name, { command, schema }] of Object.entries(OUTPUTS)) {
    out[`${name}.schema.json`] = { ...z.toJSONSchema(schema, { io: "output" }), title: `medsec-path ${command}` };
  }
  return out;
}

/**
 * Writes the dataset to `outFile` and the typing test's passages beside it
 * (passages.json): only the typing test reads them, so every other command
 * starts without parsing them.
 */
export function compileData(dataDir: string, outFile: string, schemaDir: string): void {
  const dataset = loadDataLayer(dataDir, EMPTY_DATASET, true);
  const passages = readPassagesFile(join(dataDir, PASSAGES_FILE));
  mkdirSync(join(outFile, ".."), { recursive: true });
  writeFileSync(outFile, JSON.stringify(dataset));
  writeFileSync(join(outFile, "..", "passages.json"), JSON.stringify(passages));
  mkdirSync(schemaDir, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(join(schemaDir, name), JSON.stringify(schema, null, 2) + "\n");
  }
}

// Run as the build's step (node compile-data.mjs DATA OUT SCHEMAS), not when imported by a test.
const [dataDir, outFile, schemaDir] = process.argv.slice(2);
if (process.argv[1]?.endsWith("compile-data.mjs") && dataDir && outFile && schemaDir) {
  try {
    compileData(dataDir, outFile, schemaDir);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    process.stderr.write(`The data does not validate:\n${e.message}\n`);
    process.exitCode = 65;
  }
}
