// The people in examples/, as the tool reads them: the same files the README
// and the end-to-end tests use, so unit tests and users see the same people.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAnswers } from "../../src/answers/parse.js";
import type { Profile } from "../../src/engine/types.js";
import { ROOT } from "./cli.js";
import { shippedDataset } from "./dataset.js";

export function exampleProfile(file: string): Profile {
  return parseAnswers(readFileSync(join(ROOT, "examples", file), "utf8"), shippedDataset(), file);
}
