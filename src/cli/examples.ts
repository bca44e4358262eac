// The sample answers files in examples/, shipped in the package beside dist/:
// where they are from the folder the tool is run in, written so that a
// person can paste them into a command.

import { isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { shellWord } from "../render/safe-text.js";

/** The folder itself (the bundle's chunks all sit in dist/, one level below it). */
export function examplesFolder(): string {
  return fileURLToPath(new URL("../examples/", import.meta.url));
}

/** examples/FILE as a shell word: relative where it lies under `cwd` (a clone), else in full (an installed package). */
export function examplePath(file: string, cwd = process.cwd()): string {
  const full = `${examplesFolder()}${file}`;
  const rel = relative(cwd, full);
  return shellWord(rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : full);
}
