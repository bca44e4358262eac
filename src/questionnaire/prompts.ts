// The real prompts, drawn on stderr so that stdout carries only the report.
// Only the three prompts we use are imported: the rest of @inquirer/prompts
// (the editor prompt and its dependencies) stays out of the bundle.

import { checkbox, input, select } from "@inquirer/prompts";
import type { Prompts } from "./ask.js";

export function terminalPrompts(): Prompts {
  const context = { output: process.stderr };
  return {
    select: (config) => select(config, context),
    input: (config) => input(config, context),
    checkbox: (config) => checkbox(config, context),
    note: (text) => void process.stderr.write(`${text}\n`),
  };
}
