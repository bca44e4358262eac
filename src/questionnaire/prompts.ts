// The real prompts, drawn on stderr so that stdout carries only the report.
// Only the three prompts we use are imported: the rest of @inquirer/prompts
// (the editor prompt and its dependencies) stays out of the bundle.

import { checkbox, input, select } from "@inquirer/prompts";
import type { Prompts } from "./ask.js";
import { CHECKBOX_INDENT, fitAnswer, fitChoices, fitKeysHelp, fitMessage, pageSizeFor, SELECT_INDENT } from "./fit.js";

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
  // One column spare: a line that fills the terminal exactly leaves the
  // cursor waiting to wrap, and some terminals then show a blank line.
  const fitted = () => {
    const { columns, rows } = size();
    return { width: columns - 1, rows };
  };
  const themeFor = (message: string, width: number) => ({
    style: { answer: fitAnswer(message, width), keysHelpTip: (keys: [string, string][]) => fitKeysHelp(keys, width) },
  });
  return {
    ...(typingTest ? { typingTest } : {}),
    select: (config) => {
      const { width, rows } = fitted();
      const message = fitMessage(config.message, width);
      const choices = fitChoices(config.choices, width, SELECT_INDENT);
      return select({ ...config, message, choices, pageSize: pageSizeFor(choices, rows), theme: themeFor(message, width) }, context);
    },
    input: (config) => {
      const { width } = fitted();
      const message = fitMessage(config.message, width);
      return input({ ...config, message, theme: themeFor(message, width) }, context);
    },
    checkbox: (config) => {
      const { width, rows } = fitted();
      const message = fitMessage(config.message, width);
      const choices = fitChoices(config.choices, width, CHECKBOX_INDENT);
      return checkbox({ ...config, message, choices, pageSize: pageSizeFor(choices, rows), theme: themeFor(message, width) }, context);
    },
    // Guidance between questions, wrapped like them.
    note: (text) => void process.stderr.write(`${fitMessage(text, fitted().width)}\n`),
  };
}
