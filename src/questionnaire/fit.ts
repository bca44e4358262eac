// Fits questions to the terminal before Inquirer draws them. Inquirer breaks
// any line wider than the terminal at the last column, mid-word ("medical
// sec" / "retary"), and a list longer than its page can start on the torn
// tail of a wrapped choice. So messages and choices are wrapped here at word
// boundaries, and a list gets a page tall enough to show it whole where the
// terminal allows.

import { styleText } from "node:util";
import { wrapText } from "../render/wrap.js";
import type { Choice } from "./questions.js";

/** Inquirer's "? " before a message, and the cursor and box before a choice. */
export const MESSAGE_INDENT = 2;
export const SELECT_INDENT = 2;
export const CHECKBOX_INDENT = 3;

/** Inquirer's smallest page; it shows fewer choices only if there are fewer. */
const MIN_PAGE = 7;
/** Lines a list prompt needs besides its page: the question, a description and the key help. */
const PROMPT_CHROME = 6;

export function fitMessage(message: string, width: number): string {
  return wrapText(message, Math.max(10, width - MESSAGE_INDENT));
}

/**
 * Choices with their names wrapped under the first line (a hanging indent)
 * and their descriptions wrapped to the width. Where a name wraps, its
 * one-line form is kept as `short`, which Inquirer prints once answered.
 */
export function fitChoices<C extends Choice<unknown>>(choices: readonly C[], width: number, indent: number): C[] {
  const room = Math.max(10, width - indent);
  return choices.map((c) => {
    const name = wrapText(c.name, room).replace(/\n/g, `\n${" ".repeat(indent)}`);
    const fitted: C = { ...c, name };
    if (name !== c.name && c.short === undefined) fitted.short = c.name;
    if (c.description !== undefined) fitted.description = wrapText(c.description, Math.max(10, width));
    return fitted;
  });
}

/** A page that shows every line of the list when the terminal is tall enough. */
export function pageSizeFor(choices: readonly Choice<unknown>[], rows: number): number {
  const lines = choices.reduce((n, c) => n + c.name.split("\n").length, 0);
  return Math.max(MIN_PAGE, Math.min(lines, rows - PROMPT_CHROME));
}

/**
 * Inquirer's key help ("↑↓ navigate • space select • …") broken between
 * keys, never inside one, in its own bold key and dim action.
 */
export function fitKeysHelp(keys: readonly (readonly [string, string])[], width: number): string {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const [key, action] of keys) {
    const item = `${styleText("bold", key)} ${styleText("dim", action)}`;
    const size = key.length + 1 + action.length;
    if (used > 0 && used + 3 + size > width) {
      lines.push(line);
      line = "";
      used = 0;
    }
    line += used > 0 ? `${styleText("dim", " • ")}${item}` : item;
    used += (used > 0 ? 3 : 0) + size;
  }
  lines.push(line);
  return lines.join("\n");
}

/**
 * Inquirer's answered line is the question with the answer after it. The
 * answer carries on after the question's last line where it fits and wraps
 * under it where it does not, in Inquirer's own cyan.
 */
export function fitAnswer(fittedMessage: string, width: number): (answer: string) => string {
  const lines = fittedMessage.split("\n");
  // "✔ " stands before a question of one line.
  const used = lines.length === 1 ? MESSAGE_INDENT + lines[0]!.length : lines.at(-1)!.length;
  return (answer) => {
    // A placeholder word as long as the question's last line, so the answer's words wrap after it.
    const wrapped = wrapText(`${"x".repeat(used)} ${answer}`, width).split("\n");
    const rest = wrapped[0]!.slice(used).trimStart();
    return styleText("cyan", [rest, ...wrapped.slice(1)].join("\n"));
  };
}
