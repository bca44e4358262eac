// The typing test in a real terminal (tmux), typed key by key at a known pace
// with known mistakes: the accuracy must come out exactly, the speed within a
// tolerance of what was sent (the machine is shared, so timings wobble).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { readPassagesFile } from "../../src/data/passages.js";
import { REGISTERED_PROMPTS } from "../helpers/answer-keys.js";
import { BIN } from "../helpers/cli.js";
import { hasTmux, Tmux } from "../helpers/tmux.js";

const runIt = hasTmux || process.env.CI ? it : it.skip;
const TIMEOUT = 90_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A passage of exactly 200 characters (the shortest allowed), in a --data
// folder, so that typing it whole takes seconds, not minutes.
const PASSAGE =
  "Dear Dr Sample, thank you for referring Mr Example, who has had a dry cough for six weeks. His chest radiograph is normal. I have arranged spirometry and will write again once the results are to hand.";
const dir = mkdtempSync(join(tmpdir(), "medsec-typing-"));
writeFileSync(join(dir, "passages.yaml"), `passages:\n  - id: short-letter\n    title: Short letter\n    style: clinic-letter\n    text: "${PASSAGE}"\n`);
// Outputs go elsewhere: a .json file in the data folder would be refused as unknown data.
const outDir = mkdtempSync(join(tmpdir(), "medsec-typing-out-"));
afterAll(() => {
  for (const d of [dir, outDir]) rmSync(d, { recursive: true, force: true });
});

/**
 * Types `text` one key at a time, `pace` ms apart; "\b" is Backspace.
 * Returns when the first and last keys were sent.
 */
async function typeSlowly(term: Tmux, text: string, pace: number): Promise<{ first: number; last: number }> {
  let first = 0;
  let last = 0;
  for (const [i, c] of [...text].entries()) {
    if (c === "\b") term.keys("BSpace");
    else term.type(c);
    last = Date.now();
    if (i === 0) first = last;
    await sleep(pace);
  }
  return { first, last };
}

describe("typing-test in a terminal", () => {
  let term: Tmux | undefined;
  afterEach(() => term?.close());

  runIt(
    "typed to the end with three mistakes left and one corrected: exact accuracy, speed near the pace",
    async () => {
      expect(PASSAGE).toHaveLength(200);
      const out = join(outDir, "result.json");
      term = new Tmux(`node ${BIN} --data ${dir} typing-test --passage short-letter --json > ${out}`, { width: 80, height: 24 });
      await term.waitFor("the clock starts when you type");
      // Three wrong characters left in (at 10, 80 and 150), and one typed wrong,
      // erased and typed right (at 40): 201 characters, 197 of them right.
      const chars = [...PASSAGE];
      for (const at of [10, 80, 150]) chars[at] = chars[at] === "x" ? "y" : "x";
      const keys = [...chars.slice(0, 40).join(""), "q", "\b", ...chars.slice(40)].join("");
      const half = keys.length >> 1;
      const sent1 = await typeSlowly(term, keys.slice(0, half), 60);
      // Mid-way the screen counts down and counts what stands typed.
      const left = Number(/(\d+) seconds left · \d+ of 200 characters/.exec(await term.waitFor(/\d+ seconds left · \d+ of 200 characters/))![1]);
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThan(60);
      const sent2 = await typeSlowly(term, keys.slice(half), 60);
      expect(await term.exitCode(20_000)).toBe(0);

      const r = JSON.parse(readFileSync(out, "utf8")) as Record<string, number | string | boolean>;
      expect(r).toMatchObject({ scored: true, ended: "finished", completed: true, charactersTyped: 201, charactersRight: 197, errorsLeft: 3, errorsCorrected: 1 });
      expect(r.accuracy).toBe(Math.round((197 / 201) * 1000) / 10);
      // The speed from the times the keys were sent; the program times their arrival.
      const minutes = (sent2.last - sent1.first) / 60_000;
      const gross = 201 / 5 / minutes;
      expect(r.grossWpm as number).toBeGreaterThan(gross * 0.85);
      expect(r.grossWpm as number).toBeLessThan(gross * 1.15);
      // Net speed by the standard formula, from the program's own figures.
      expect(r.netWpm as number).toBeCloseTo((r.grossWpm as number) - 3 / ((r.seconds as number) / 60), 0);
    },
    TIMEOUT,
  );

  runIt(
    "Ctrl-C exits 130 with the terminal restored: main screen, cursor shown, raw mode off",
    async () => {
      const stty = join(outDir, "stty.txt");
      term = new Tmux(`node ${BIN} typing-test --passage touch-typing; s=$?; stty -a > ${stty}; (exit $s)`, { width: 80, height: 24 });
      await term.waitFor("Typing test: Learning to touch type");
      await typeSlowly(term, "Most of", 80);
      await term.waitFor("seconds left");
      term.keys("C-c");
      expect(await term.exitCode()).toBe(130);
      const screen = term.visible();
      expect(screen).toContain("Interrupted.");
      // Back on the main screen: the passage is gone with the alternate screen.
      expect(screen).not.toContain("Touch typing is different");
      expect(term.cursorVisible()).toBe(true);
      const modes = readFileSync(stty, "utf8");
      expect(modes).toMatch(/(^|\s)icanon(\s|$)/m);
      expect(modes).toMatch(/(^|\s)echo(\s|$)/m);
    },
    TIMEOUT,
  );

  runIt(
    "a resized terminal is redrawn whole at its new width",
    async () => {
      const passage = readPassagesFile("data/passages.yaml").find((p) => p.id === "discharge-summary")!;
      term = new Tmux(`node ${BIN} typing-test --passage discharge-summary`, { width: 80, height: 30, watch: "visible" });
      await term.waitFor("the clock starts when you type");
      await typeSlowly(term, passage.text.slice(0, 12), 80);
      term.resize(40, 30);
      const narrow = await term.waitFor(/^Typing test: Discharge summary\n\(respiratory\)/m);
      for (const line of narrow.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
      // Nothing left over from the wide screen: every passage line is a piece of the passage.
      const lines = narrow.split("\n");
      const start = lines.findIndex((l) => l.startsWith("Discharge summary for"));
      const end = lines.findIndex((l, i) => i > start && l === "");
      const shown = lines.slice(start, end).join(" ").replace(/\s+/g, " ").trim();
      expect(shown.length).toBeGreaterThan(200);
      expect(passage.text.startsWith(shown)).toBe(true);
      term.resize(100, 30);
      await term.waitFor(/^Typing test: Discharge summary \(respiratory\)$/m);
      term.keys("C-c");
      expect(await term.exitCode()).toBe(130);
    },
    TIMEOUT,
  );

  runIt(
    "pasted text is not scored, and says so",
    async () => {
      term = new Tmux(`node ${BIN} --data ${dir} typing-test --passage short-letter`, { width: 80, height: 24 });
      await term.waitFor("the clock starts when you type");
      // As a terminal pastes: the whole text at once, between bracketed-paste marks.
      term.paste(PASSAGE.slice(0, 60));
      expect(await term.exitCode()).toBe(0);
      expect(term.screen()).toMatch(/Not scored: the text arrived faster than anyone types/);
    },
    TIMEOUT,
  );

  runIt(
    "text arriving all at once without paste marks is caught by its speed",
    async () => {
      term = new Tmux(`node ${BIN} --data ${dir} typing-test --passage short-letter --json`, { width: 80, height: 24 });
      await term.waitFor("the clock starts when you type");
      term.type(PASSAGE.slice(0, 60));
      expect(await term.exitCode()).toBe(0);
      expect(term.screen()).toMatch(/"scored": false,\s+"passage": \{[^}]*\},\s+"timeLimit": 60,\s+"ended": "pasted",\s+"reason": "pasted"/);
    },
    TIMEOUT,
  );

  runIt(
    "in the questionnaire, 'I don't know' offers the test, and its speed carries into the report",
    async () => {
      const passages = readPassagesFile("data/passages.yaml");
      term = new Tmux(`node ${BIN} assess`, { width: 100, height: 40 });
      await term.waitFor("Which role are you aiming for?");
      term.keys("Enter");
      await term.waitFor("Where in the UK");
      term.keys("Enter");
      await term.waitFor("What do you do now?");
      term.keys("Enter"); // rather not say
      await term.waitFor("How old are you?");
      term.keys("Enter");
      await term.waitFor("typing speed");
      term.keys("Enter"); // blank: not known
      await term.waitFor("Measure it now with a one-minute typing test?");
      term.keys("Enter"); // Yes
      const shown = await term.waitFor("the clock starts when you type");
      const passage = passages.find((p) => shown.includes(`Typing test: ${p.title}`))!;
      // Some 7 seconds of typing: long enough to be measured (MIN_TYPING_SECONDS).
      await typeSlowly(term, passage.text.slice(0, 40), 180);
      term.keys("Escape"); // stop early: scored on what was typed
      const summary = await term.waitFor(/Typing test: \d+ wpm net \(\d+ gross\), 100% accurate\. Your answer: \d+ wpm\./);
      const wpm = /Your answer: (\d+) wpm/.exec(summary)![1];
      await term.waitFor("audio typing");
      term.keys("Enter");
      for (const q of ["medical terminology", "Office skills", "Which of these do you hold?", "Are you working towards", "office or admin work", "customer-facing work", "working in healthcare", "secretary or PA", "earn while you learn", "study part-time", ...REGISTERED_PROMPTS]) {
        await term.waitFor(q);
        term.keys("Enter");
      }
      const report = await term.waitFor("Step by step");
      expect(await term.exitCode()).toBe(0);
      expect(report).toMatch(new RegExp(`Typing speed\\s+│\\s+${wpm} wpm`));
    },
    TIMEOUT,
  );

  runIt(
    "in the questionnaire, a burst of keys then Esc is not scored, and every answer is kept",
    async () => {
      // "Most" in one burst, then Esc, once scored 83,350 wpm: the answer the schema refused after the last question (exit 65).
      term = new Tmux(`node ${BIN} assess --json`, { width: 100, height: 40 });
      for (const q of ["Which role are you aiming for?", "Where in the UK", "What do you do now?", "How old are you?", "typing speed"]) {
        await term.waitFor(q);
        term.keys("Enter");
      }
      await term.waitFor("Measure it now with a one-minute typing test?");
      term.keys("Enter"); // Yes
      await term.waitFor("the clock starts when you type");
      term.type("Most");
      term.keys("Escape");
      await term.waitFor(/Not scored: it stopped too soon to measure a speed\..*Your typing speed is left as not known\./s);
      for (const q of ["audio typing", "medical terminology", "Office skills", "Which of these do you hold?", "Are you working towards", "office or admin work", "customer-facing work", "working in healthcare", "secretary or PA", "earn while you learn", "study part-time", ...REGISTERED_PROMPTS]) {
        await term.waitFor(q);
        term.keys("Enter");
      }
      expect(await term.exitCode(20_000)).toBe(0);
      const screen = term.screen();
      expect(screen).toContain('"recommended"');
      expect(screen).not.toContain("typingWpm");
    },
    TIMEOUT,
  );
});
