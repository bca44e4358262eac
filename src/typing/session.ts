// Runs one typing test in the terminal: raw key input, the screen redrawn on
// every key, each second and on resize, and the terminal put back as it was
// however the test ends (Ctrl-C included). Returns the keystrokes and their
// times; src/engine/typing.ts scores them.

import { emitKeypressEvents } from "node:readline";
import type { ReadStream, WriteStream } from "node:tty";
import { holdsPaste, replay, type Keystroke, type Passage, type TypingEnding, type TypingRun } from "../engine/typing.js";
import { Interrupted } from "../errors.js";
import { drawFrame, makeMarks, type ScreenSize } from "./screen.js";

/** The terminal the test runs on: stdin for keys, a TTY stream (stderr) to draw on. */
export interface TypingTerminal {
  input: ReadStream;
  output: WriteStream;
  color: boolean;
  /** Milliseconds on a clock that only moves forward. */
  now(): number;
}

const ALT_SCREEN_ON = "\x1b[?1049h";
const ALT_SCREEN_OFF = "\x1b[?1049l";
const PASTE_MARKS_ON = "\x1b[?2004h";
const PASTE_MARKS_OFF = "\x1b[?2004l";
const CURSOR_HIDE = "\x1b[?25l";
const CURSOR_SHOW = "\x1b[?25h";
const CLEAR = "\x1b[2J";

export function runTypingTest(passage: Passage, limitSeconds: number, term: TypingTerminal): Promise<TypingRun> {
  const { input, output } = term;
  const marks = makeMarks(term.color);
  const keys: Keystroke[] = [];
  let startedAt: number | undefined;
  let pasting = false;
  let over = false;

  const size = (): ScreenSize => ({ columns: output.columns || 80, rows: output.rows || 24 });
  const draw = () => {
    const typed = replay(passage.text, keys);
    const secondsLeft = startedAt === undefined ? undefined : Math.max(0, Math.ceil(limitSeconds - (term.now() - startedAt) / 1000));
    const frame = drawFrame({ passage, typed, limitSeconds, secondsLeft }, size(), marks);
    // One write per frame, each line cleared to its end: no flicker, no leftovers.
    output.write(`${CURSOR_HIDE}\x1b[H${frame.lines.map((l) => `${l}\x1b[K`).join("\r\n")}\x1b[J\x1b[${frame.cursor.row + 1};${frame.cursor.col + 1}H${CURSOR_SHOW}`);
  };
  const redrawAll = () => {
    output.write(CLEAR);
    draw();
  };

  // Put back even if the process is ended some other way while the test is on screen.
  const restoreOnExit = () => {
    try {
      if (input.isTTY) input.setRawMode(false);
    } catch {
      // The terminal has gone: nothing to restore.
    }
    // Writes to a terminal are synchronous, so this lands before the process ends.
    output.write(`${PASTE_MARKS_OFF}${ALT_SCREEN_OFF}${CURSOR_SHOW}`);
  };

  return new Promise<TypingRun>((resolve, reject) => {
    let ticker: NodeJS.Timeout | undefined;
    let timer: NodeJS.Timeout | undefined;

    const finish = (ended: TypingEnding | "interrupted", endedAt: number) => {
      if (over) return;
      over = true;
      clearInterval(ticker);
      clearTimeout(timer);
      input.off("keypress", onKey);
      output.off("resize", redrawAll);
      process.off("exit", restoreOnExit);
      input.setRawMode(false);
      input.pause();
      output.write(`${PASTE_MARKS_OFF}${ALT_SCREEN_OFF}${CURSOR_SHOW}`);
      if (ended === "interrupted") reject(new Interrupted());
      else resolve({ keys, endedAt, ended });
    };

    const start = (at: number) => {
      startedAt = at;
      timer = setTimeout(() => finish("time", at + limitSeconds * 1000), limitSeconds * 1000);
      ticker = setInterval(draw, 250);
    };

    function onKey(str: string | undefined, key: { name?: string; ctrl?: boolean; meta?: boolean; sequence?: string } | undefined) {
      if (over) return;
      const at = term.now();
      if (key?.ctrl && key.name === "c") return finish("interrupted", at);
      if (key?.name === "paste-start") return void (pasting = true);
      if (key?.name === "paste-end") return void (pasting = false);
      // Stopped early: the time counted ends at the last key, not at Esc (which
      // also arrives half a second late, while Node waits to see it is alone).
      if (key?.name === "escape") return finish("stopped", keys.at(-1)?.at ?? at);
      if (key?.name === "backspace") {
        if (startedAt !== undefined) keys.push({ kind: "backspace", at });
      } else if (str !== undefined && str.length === 1 && str >= " " && str !== "\x7f" && !key?.ctrl && !key?.meta) {
        if (startedAt === undefined) start(at);
        keys.push(pasting ? { kind: "char", char: str, at, pasted: true } : { kind: "char", char: str, at });
        if (holdsPaste(keys)) return finish("pasted", at);
        if (replay(passage.text, keys).text.length >= passage.text.length) return finish("finished", at);
      } else {
        // Enter, Tab, arrows and the like mean nothing in a passage of one paragraph.
        return;
      }
      draw();
    }

    emitKeypressEvents(input);
    input.setRawMode(true);
    input.resume();
    input.on("keypress", onKey);
    output.on("resize", redrawAll);
    process.on("exit", restoreOnExit);
    output.write(`${ALT_SCREEN_ON}${PASTE_MARKS_ON}`);
    redrawAll();
  });
}
