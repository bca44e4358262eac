// The typing test's arithmetic: what a run of keystrokes says about a
// person's speed and accuracy, and how that compares with each role's typing
// requirement. Pure: the keystrokes and their times come in, figures go out.
//
// The definitions are the usual ones for typing tests (the README states them):
//   gross wpm = (characters typed / 5) / minutes
//   net wpm   = gross wpm - (errors left uncorrected / minutes), never below 0
//   accuracy  = characters typed right / characters typed, as a percentage
// "Characters typed" counts every character key pressed, including ones later
// erased with Backspace (Backspace itself is not a character); a "word" is
// five characters, spaces and punctuation included.

import { assessRequirement } from "./gaps.js";
import type { Passage } from "../model/schema.js";
import type { Dataset, GapStatus, Requirement, Role } from "./types.js";

/** A passage to type, from data/passages.yaml. */
export type { Passage };

/** One key, `at` milliseconds on any clock that only moves forward. */
export type Keystroke =
  /** `pasted`: the terminal marked it as part of a paste (bracketed paste). */
  | { kind: "char"; char: string; at: number; pasted?: boolean }
  | { kind: "backspace"; at: number };

/**
 * Characters arriving faster than anyone types: this many within
 * PASTE_WINDOW_MS is 240 characters a second, about 2,900 wpm. The record
 * for sustained typing is near 300 wpm, so only a paste (or a program typing)
 * does this. A burst shorter than this can be a pause in reading the input
 * while the person typed on, and is not counted as a paste.
 */
export const PASTE_BURST_CHARS = 12;
export const PASTE_WINDOW_MS = 50;

/**
 * The least run that says anything about a speed. A run stopped early is
 * timed from its first key to its last, so a burst of a few keys is timed
 * over a few milliseconds and gives any figure at all ("Most" then Esc came
 * to 55,000 wpm). Ten characters are two words, where one key more or less
 * moves the figure by a tenth; five seconds is long enough that the jitter
 * of a terminal delivering keys (tens of milliseconds) moves it by under one
 * percent. Shorter runs are not scored.
 */
export const MIN_TYPING_SECONDS = 5;
export const MIN_TYPING_CHARACTERS = 10;

/** What the screen shows: each character typed so far, and whether it matches the passage. */
export interface Typed {
  text: string;
  right: boolean[];
}

/** Replays keystrokes over a passage: what stands typed now. */
export function replay(passage: string, keys: readonly Keystroke[]): Typed {
  const text: string[] = [];
  const right: boolean[] = [];
  for (const key of keys) {
    if (key.kind === "backspace") {
      text.pop();
      right.pop();
    } else if (text.length < passage.length) {
      right.push(key.char === passage[text.length]);
      text.push(key.char);
    }
  }
  return { text: text.join(""), right };
}

/** Whether these keystrokes hold a paste: marked by the terminal, or a burst no one could type. */
export function holdsPaste(keys: readonly Keystroke[]): boolean {
  const times: number[] = [];
  for (const key of keys) {
    if (key.kind !== "char") continue;
    if (key.pasted) return true;
    times.push(key.at);
    const n = times.length;
    if (n >= PASTE_BURST_CHARS && times[n - 1]! - times[n - PASTE_BURST_CHARS]! <= PASTE_WINDOW_MS) return true;
  }
  return false;
}

export interface TypingFigures {
  /** Every character key pressed, erased ones included. */
  charactersTyped: number;
  /** Of those, the ones that matched the passage where they were typed. */
  charactersRight: number;
  /** Wrong characters erased with Backspace. */
  errorsCorrected: number;
  /** Wrong characters still standing at the end. */
  errorsLeft: number;
  /** From the first key to the end of the run. */
  seconds: number;
  grossWpm: number;
  netWpm: number;
  /** A percentage, 0-100. */
  accuracy: number;
  /** Whether the whole passage was typed. */
  completed: boolean;
}

/**
 * Why a run was not scored: a paste, nothing typed, too short to measure
 * (MIN_TYPING_SECONDS, MIN_TYPING_CHARACTERS), or faster than the most an
 * answer may say (so not a person typing).
 */
export type NotScoredReason = "pasted" | "nothing-typed" | "too-short" | "too-fast";

export type TypingResult =
  | ({ scored: true } & TypingFigures)
  | { scored: false; reason: NotScoredReason };

/**
 * Scores a run. `endedAt` is when it ended on the keystrokes' clock: the last
 * key of a finished passage, the moment time ran out, or when the person
 * stopped; the time counted runs from the first key to it. A gross speed
 * above `maxWpm` is not scored: the caller passes the most an answer may
 * say, so that a measured speed can always stand as the answer.
 */
export function scoreTyping(passage: string, keys: readonly Keystroke[], endedAt?: number, maxWpm = Number.POSITIVE_INFINITY): TypingResult {
  if (holdsPaste(keys)) return { scored: false, reason: "pasted" };
  const first = keys.find((k) => k.kind === "char");
  if (!first) return { scored: false, reason: "nothing-typed" };

  // The characters standing, each with whether it was right when typed.
  const standing: boolean[] = [];
  let charactersTyped = 0;
  let charactersRight = 0;
  let errorsCorrected = 0;
  for (const key of keys) {
    if (key.kind === "backspace") {
      if (standing.pop() === false) errorsCorrected++;
      continue;
    }
    // Past the end of the passage nothing more is typed: the run is over.
    if (standing.length >= passage.length) continue;
    const right = key.char === passage[standing.length];
    charactersTyped++;
    if (right) charactersRight++;
    standing.push(right);
  }
  const errorsLeft = standing.filter((r) => !r).length;
  const last = keys.at(-1)!.at;
  const ms = Math.max(0, (endedAt ?? last) - first.at);
  if (ms < MIN_TYPING_SECONDS * 1000 || charactersTyped < MIN_TYPING_CHARACTERS) return { scored: false, reason: "too-short" };
  const minutes = ms / 60_000;
  const grossWpm = charactersTyped / 5 / minutes;
  // Net is never above gross, so a gross speed in range makes an answer in range.
  if (grossWpm > maxWpm) return { scored: false, reason: "too-fast" };
  const netWpm = Math.max(0, grossWpm - errorsLeft / minutes);
  return {
    scored: true,
    charactersTyped,
    charactersRight,
    errorsCorrected,
    errorsLeft,
    seconds: ms / 1000,
    grossWpm,
    netWpm,
    accuracy: charactersTyped > 0 ? (charactersRight / charactersTyped) * 100 : 0,
    completed: standing.length === passage.length,
  };
}

/** The speed a person would give as their answer: net wpm, to the whole word. */
export function answeredWpm(figures: Pick<TypingFigures, "netWpm">): number {
  return Math.round(figures.netWpm);
}

export interface TypingAgainstRole {
  role: Pick<Role, "id" | "title">;
  requirement: Pick<Requirement, "id" | "title" | "essential">;
  wpm: number;
  status: GapStatus;
}

/**
 * A measured speed against every role that sets a typing speed, judged by the
 * same rule as the gap analysis (so the two never disagree); and the roles
 * that set none.
 */
export function typingAgainstRoles(wpm: number, dataset: Dataset): { withSpeed: TypingAgainstRole[]; noSpeed: Pick<Role, "id" | "title">[] } {
  const withSpeed: TypingAgainstRole[] = [];
  const noSpeed: Pick<Role, "id" | "title">[] = [];
  const profile = { typingWpm: wpm, qualifications: [], experience: { adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 } };
  for (const role of dataset.roles) {
    const speeds = role.requirements.filter((r): r is Extract<Requirement, { kind: "typing" }> => r.kind === "typing");
    if (speeds.length === 0) noSpeed.push({ id: role.id, title: role.title });
    for (const req of speeds) {
      const gap = assessRequirement(req, profile, { typingWpm: wpm, implied: {}, shownBy: {}, beyondSaid: {} }, dataset);
      withSpeed.push({ role: { id: role.id, title: role.title }, requirement: { id: req.id, title: req.title, essential: req.essential }, wpm: req.wpm, status: gap.status });
    }
  }
  return { withSpeed, noSpeed };
}

/** How a run ended: the passage typed to its end, the time up, stopped early (Esc), or a paste. */
export type TypingEnding = "finished" | "time" | "stopped" | "pasted";

/** One run of the test, as the terminal recorded it. */
export interface TypingRun {
  keys: Keystroke[];
  /** When the run ended, on the keys' clock; the time counted runs from the first key to this. */
  endedAt: number;
  ended: TypingEnding;
}

export interface TypingOutcome {
  passage: Passage;
  limitSeconds: number;
  ended: TypingEnding;
  result: TypingResult;
  /** The measured speed (as answered: net, whole words) against each role, when the run was scored. */
  roles?: ReturnType<typeof typingAgainstRoles>;
}

/**
 * Everything a run says: its figures, and where they stand against each
 * role's typing speed. `maxWpm` is the fastest speed an answer may give
 * (TYPING_WPM_MAX in src/answers/limits.ts); a run above it is not scored.
 */
export function typingOutcome(passage: Passage, limitSeconds: number, run: TypingRun, dataset: Dataset, maxWpm: number): TypingOutcome {
  const result = scoreTyping(passage.text, run.keys, run.endedAt, maxWpm);
  const outcome: TypingOutcome = { passage, limitSeconds, ended: run.ended, result };
  if (result.scored) outcome.roles = typingAgainstRoles(answeredWpm(result), dataset);
  return outcome;
}
