// The typing test's screen, drawn from its state: the passage wrapped to the
// terminal with each typed character marked right or wrong, and the time
// left. Pure (state in, lines out), so that every layout is tested without a
// terminal; session.ts writes the lines.

import type { Passage, Typed } from "../engine/typing.js";
import { wrapText } from "../render/wrap.js";
import { enGB, type Catalogue } from "../render/words/en-gb.js";

export interface ScreenState {
  passage: Passage;
  typed: Typed;
  limitSeconds: number;
  /** Whole seconds left, once the clock has started at the first key. */
  secondsLeft?: number;
}

export interface ScreenSize {
  columns: number;
  rows: number;
}

/** How typed and untyped characters look. Without colour, marks that are not colour carry the meaning. */
export interface Marks {
  right(s: string): string;
  wrong(s: string): string;
  pending(s: string): string;
  bold(s: string): string;
}

const SGR = (on: string) => (s: string) => `\x1b[${on}m${s}\x1b[0m`;

export function makeMarks(color: boolean): Marks {
  return {
    right: color ? SGR("32") : (s) => s,
    // Underlined in both: a wrong space must show, and colour alone is lost on
    // people who cannot tell red from green.
    wrong: color ? SGR("31;4") : SGR("1;4"),
    pending: SGR("2"),
    bold: SGR("1"),
  };
}

/** Lines of the passage no wider than `width`, broken after a space: [start, end) indexes into the text. */
export function layoutPassage(text: string, width: number): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= width) {
      lines.push([start, text.length]);
      break;
    }
    // The space ends its line, so that a space typed wrong is marked where it stands.
    const space = text.lastIndexOf(" ", start + width - 1);
    const end = space >= start ? space + 1 : start + width;
    lines.push([start, end]);
    start = end;
  }
  return lines;
}

/** The passage's widest line: wide enough to read, narrow enough to follow. */
export const MAX_PASSAGE_WIDTH = 72;

export interface Frame {
  lines: string[];
  /** Where the next character goes (0-based), for the terminal's cursor. */
  cursor: { row: number; col: number };
}

function markLine(state: ScreenState, [start, end]: [number, number], marks: Marks): string {
  const { text } = state.passage;
  let out = "";
  let runKind: "right" | "wrong" | "pending" | undefined;
  let run = "";
  const flush = () => {
    if (run) out += marks[runKind!](run);
    run = "";
  };
  for (let i = start; i < end; i++) {
    const kind = i >= state.typed.right.length ? "pending" : state.typed.right[i] ? "right" : "wrong";
    if (kind !== runKind) {
      flush();
      runKind = kind;
    }
    run += text[i];
  }
  flush();
  return out;
}

/** `words` is the catalogue, en-GB unless a test locale is given. */
export function drawFrame(state: ScreenState, size: ScreenSize, marks: Marks, words: Catalogue = enGB): Frame {
  const tw = words.report.typing;
  const width = Math.max(10, Math.min(size.columns, MAX_PASSAGE_WIDTH));
  const { text, title } = state.passage;
  const header = [marks.bold(wrapText(tw.heading(title), width)), wrapText(tw.instructions(state.limitSeconds), width), wrapText(tw.keys, width)].flatMap((s) => s.split("\n"));

  const typedCount = state.typed.text.length;
  const status = state.secondsLeft === undefined ? tw.waiting(state.limitSeconds) : tw.left(state.secondsLeft, typedCount, text.length);

  const layout = layoutPassage(text, width);
  const at = Math.min(typedCount, text.length);
  let cursorLine = layout.findIndex(([s, e]) => at >= s && at < e);
  if (cursorLine < 0) cursorLine = layout.length - 1;

  // Header, a blank line, the passage, a blank line, the status. In a short
  // terminal the header goes first, then the passage shows a window around
  // the line being typed.
  const foot = ["", ...wrapText(status, width).split("\n").map((l) => marks.pending(l))];
  const showHeader = size.rows >= header.length + foot.length + 5;
  const top = showHeader ? [...header, ""] : [];
  const room = Math.max(1, size.rows - top.length - foot.length);
  const first = layout.length <= room ? 0 : Math.max(0, Math.min(cursorLine - Math.floor(room / 3), layout.length - room));
  const shown = layout.slice(first, first + room);
  const lines = [...top, ...shown.map((line) => markLine(state, line, marks)), ...foot];
  const [lineStart] = layout[cursorLine]!;
  return { lines, cursor: { row: top.length + cursorLine - first, col: at - lineStart } };
}
