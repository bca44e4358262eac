// Takes the typing test on this process's terminal (keys from stdin, the
// screen on stderr, so stdout carries only the result) and scores it. Used
// by `medsec-path typing-test` and by the questionnaire's offer to measure.

import { performance } from "node:perf_hooks";
import type { ReadStream, WriteStream } from "node:tty";
import { TYPING_WPM_MAX } from "../answers/limits.js";
import { answeredWpm, typingOutcome, type Passage, type TypingOutcome } from "../engine/typing.js";
import type { Dataset } from "../engine/types.js";
import { closest } from "../engine/words.js";
import { UsageError } from "../errors.js";
import { typingSummary } from "../render/typing.js";
import { wrapText } from "../render/wrap.js";
import { runTypingTest } from "./session.js";

export const DEFAULT_SECONDS = 60;

/** The passage with this id (a usage error, with a suggestion, if there is none); without an id, one at random. */
export function choosePassage(passages: readonly Passage[], id: string | undefined, random: () => number = Math.random): Passage {
  if (id === undefined) return passages[Math.floor(random() * passages.length)]!;
  const found = passages.find((p) => p.id === id);
  if (found) return found;
  const ids = passages.map((p) => p.id);
  const guess = passageGuess(id, ids);
  throw new UsageError(`"${id}" is not a passage${guess ? ` (did you mean ${guess}?)` : ""}`, `Passages: ${ids.join(", ")}.`);
}

/**
 * The id a mistyped or shortened one most likely means: the nearest spelling,
 * else the only id that holds it ("discharge" for discharge-summary).
 */
function passageGuess(id: string, ids: readonly string[]): string | undefined {
  const near = closest(id, ids);
  if (near) return near;
  const word = id.trim().toLowerCase();
  const holding = word.length >= 3 ? ids.filter((p) => p.toLowerCase().includes(word)) : [];
  return holding.length === 1 ? holding[0] : undefined;
}

export async function takeTypingTest(passage: Passage, limitSeconds: number, dataset: Dataset, color: boolean): Promise<TypingOutcome> {
  const run = await runTypingTest(passage, limitSeconds, {
    input: process.stdin as ReadStream,
    output: process.stderr as WriteStream,
    color,
    now: () => performance.now(),
  });
  // A result faster than an answer may say is not scored, so that the
  // questionnaire can always take the measured speed as the answer.
  return typingOutcome(passage, limitSeconds, run, dataset, TYPING_WPM_MAX);
}


/**
 * The questionnaire's offer: a test on a passage at random, a line saying how
 * it went (on stderr, with the questions), and its net wpm as the answer, or
 * undefined if it was not scored.
 */
export async function measureTypingSpeed(dataset: Dataset, passages: Passage[], color: boolean): Promise<number | undefined> {
  const passage = choosePassage(passages, undefined);
  const outcome = await takeTypingTest(passage, DEFAULT_SECONDS, dataset, color);
  process.stderr.write(`${wrapText(typingSummary(outcome), process.stderr.columns || 80)}\n`);
  return outcome.result.scored ? answeredWpm(outcome.result) : undefined;
}
