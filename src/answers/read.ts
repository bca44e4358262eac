// Reads an answers file, or standard input for "-".

import { existsSync, readFileSync, statSync } from "node:fs";
import { UsageError } from "../errors.js";
import type { Dataset, Profile } from "../engine/types.js";
import { parseAnswers } from "./parse.js";

/** The text of an input file, or of stdin for "-"; `what` names it in the error ("answers file"). */
export function readInputText(path: string, what: string, hint: string): string {
  if (path === "-") return readFileSync(0, "utf8");
  if (!existsSync(path)) throw new UsageError(`${what} "${path}" does not exist`, hint);
  if (statSync(path).isDirectory()) throw new UsageError(`${what} "${path}" is a folder, not a file`, hint);
  return readFileSync(path, "utf8");
}

export function readAnswersText(path: string): string {
  return readInputText(path, "answers file", "Check the path, or run without --answers to answer the questions.");
}

export function readAnswers(path: string, dataset: Dataset): Profile {
  return parseAnswers(readAnswersText(path), dataset, path === "-" ? "<stdin>" : path);
}
