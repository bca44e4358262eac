// Reads an answers file, or standard input for "-".

import { existsSync, readFileSync } from "node:fs";
import { UsageError } from "../errors.js";
import type { Dataset, Profile } from "../engine/types.js";
import { parseAnswers } from "./parse.js";

export function readAnswersText(path: string): string {
  if (path === "-") return readFileSync(0, "utf8");
  if (!existsSync(path)) throw new UsageError(`answers file "${path}" does not exist`, "Check the path, or run without --answers to answer the questions.");
  return readFileSync(path, "utf8");
}

export function readAnswers(path: string, dataset: Dataset): Profile {
  return parseAnswers(readAnswersText(path), dataset, path === "-" ? "<stdin>" : path);
}
