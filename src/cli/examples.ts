// The sample answers files in examples/, shipped in the package beside dist/:
// where they are from the folder the tool is run in, written so that a
// person can paste them into a command.

import { isAbsolute, join, relative } from "node:path";
import { shellWord } from "../render/safe-text.js";
import type { Host } from "./host.js";

/** examples/FILE as a shell word: relative where it lies under the working folder (a clone), else in full (an installed package). */
export function examplePath(file: string, host: Pick<Host, "cwd" | "packageDir">): string {
  const full = join(host.packageDir, "examples", file);
  const rel = relative(host.cwd, full);
  return shellWord(rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : full);
}
