// The last lines of a report in a terminal: the verdict again in one line,
// then what to do next, each command on a line of its own so that it can be
// copied whole. By the end of a long report the verdict at the top has
// scrolled away, and nothing else says the answers are not kept.

import { shellWord } from "./safe-text.js";
import type { Style } from "./style.js";
import { wrapText } from "./wrap.js";
import { enGB, type Catalogue } from "./words/en-gb.js";

/** Where the answers came from, which decides what is worth doing next. */
export type AnswersSource =
  | { kind: "questions" }
  | { kind: "saved"; file: string }
  | { kind: "file"; file: string }
  | { kind: "stdin" };

export interface NextStep {
  what: string;
  command: string;
}

export function nextSteps(source: AnswersSource, words: Catalogue = enGB): NextStep[] {
  const r = words.report;
  const printable = (file: string) => `medsec-path assess --answers ${shellWord(file)} --format markdown > report.md`;
  switch (source.kind) {
    case "questions":
      return [
        { what: r.keepAnswers, command: "medsec-path assess --save-answers me.yaml" },
        { what: r.thenPrintable, command: printable("me.yaml") },
      ];
    case "saved":
      return [
        { what: r.savedIn(shellWord(source.file)), command: printable(source.file) },
        { what: r.atNextReview, command: `medsec-path compare ${shellWord(source.file)} later.yaml` },
      ];
    case "file":
      return [
        { what: r.printable, command: printable(source.file) },
        { what: r.whatIf, command: `medsec-path assess --answers ${shellWord(source.file)} --set typingWpm=55` },
      ];
    case "stdin":
      return [
        { what: r.keepAsFile, command: "--save-answers me.yaml" },
        { what: r.printableAdd, command: "--format markdown > report.md" },
      ];
  }
}

export function renderEnding(verdictLine: string, steps: readonly NextStep[], style: Style, width: number, words: Catalogue = enGB): string {
  const out = [style.bold(wrapText(verdictLine, width)), words.report.next];
  for (const step of steps) {
    out.push(indent(wrapText(step.what, width - 2), 2));
    // A command is not wrapped: broken, it no longer pastes.
    out.push(`    ${step.command}`);
  }
  return `${out.join("\n")}\n`;
}

const indent = (text: string, by: number) => text.replace(/^/gm, " ".repeat(by));
