// The real prompts, drawn on stderr so that stdout carries only the report.
// Only the three prompts we use are imported: the rest of @inquirer/prompts
// (the editor prompt and its dependencies) stays out of the bundle.

import { checkbox, input, select } from "@inquirer/prompts";
import type { Prompts } from "./ask.js";
import { CHECKBOX_INDENT, fitChoices, fitKeysHelp, fitMessage, pageSizeFor, SELECT_INDENT } from "./fit.js";

export interface TerminalSize {
  columns: number;
  rows: number;
}

/** stderr's size, read when each question is asked: the terminal may have been resized since the last. */
function stderrSize(): TerminalSize {
  return { columns: process.stderr.columns || 80, rows: process.stderr.rows || 24 };
}

export interface TerminalPromptOptions {
  /** The terminal's size when a question is drawn (stderr's, unless a test says otherwise). */
  size?: () => TerminalSize;
  /** The typing test, offered to someone who does not know their speed. */
  typingTest?: () => Promise<number | undefined>;
}

export function terminalPrompts({ size = stderrSize, typingTest }: TerminalPromptOptions = {}): Prompts {
  const context = { output: process.stderr };
  return {
    ...(typingTest ? { typingTest } : {}),
    select: (config) => {
      const { columns, rows } = size();
      const choices = fitChoices(config.choices, columns, SELECT_INDENT);
      const theme = { style: { keysHelpTip: (keys: [string, string][]) => fitKeysHelp(keys, columns) } };
      return select({ ...config, message: fitMessage(config.message, columns), choices, pageSize: pageSizeFor(choices, rows), theme }, context);
    },
    input: (config) => input({ ...config, message: fitMessage(config.message, size().columns) }, context),
    checkbox: (config) => {
      const { columns, rows } = size();
      const choices = fitChoices(config.choices, columns, CHECKBOX_INDENT);
      const theme = { style: { keysHelpTip: (keys: [string, string][]) => fitKeysHelp(keys, columns) } };
      return checkbox({ ...config, message: fitMessage(config.message, columns), choices, pageSize: pageSizeFor(choices, rows), theme }, context);
    },
  };
}
