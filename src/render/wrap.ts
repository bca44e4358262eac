// Word wrapping for anything drawn in a terminal: tables, notes and the
// questionnaire's prompts. Apart from table.ts so that the prompts can wrap
// without loading cli-table3.

import { stripVTControlCharacters } from "node:util";
import { safeLines } from "./safe-text.js";

/**
 * Wraps text to `width` columns ourselves, control characters shown, not acted on: cli-table3 cuts off a word longer
 * than its column with "…", which would hide the end of an id like
 * senior-medical-secretary. Long words break after a hyphen where they can.
 */
export function wrapText(text: string, width: number): string {
  // Whatever is wrapped for a terminal is made safe first: data and answers reach here.
  if (width < 1) return safeLines(text);
  const len = (s: string) => stripVTControlCharacters(s).length;
  const lines: string[] = [];
  for (const paragraph of safeLines(text).split("\n")) {
    // Tokens: the words, with over-long ones split into parts that join without a space.
    const tokens: { text: string; space: boolean }[] = [];
    for (const word of paragraph.split(/ +/)) {
      let rest = word;
      let space = true;
      // A URL stays whole even when wider than the column: broken, it stops working.
      while (len(rest) > width && !/^https?:\/\//.test(rest)) {
        // Break after a hyphen or a dash ("£25,760–£27,476") where there is one.
        const hyphen = Math.max(rest.lastIndexOf("-", width - 1), rest.lastIndexOf("–", width - 1));
        const cut = hyphen > 0 ? hyphen + 1 : width;
        tokens.push({ text: rest.slice(0, cut), space });
        rest = rest.slice(cut);
        space = false;
      }
      tokens.push({ text: rest, space });
    }
    let line = "";
    for (const token of tokens) {
      const gap = line && token.space ? 1 : 0;
      if (line && len(line) + gap + len(token.text) > width) {
        lines.push(line);
        line = token.text;
      } else {
        line += (gap ? " " : "") + token.text;
      }
    }
    lines.push(line);
  }
  return lines.join("\n");
}
