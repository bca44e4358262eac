// The typing test's scoring, from keystroke sequences with set timings.
import { describe, expect, it } from "vitest";
import { holdsPaste, MIN_TYPING_CHARACTERS, MIN_TYPING_SECONDS, PASTE_BURST_CHARS, replay, scoreTyping, typingAgainstRoles, type Keystroke } from "../../src/engine/typing.js";
import type { Dataset, Role } from "../../src/engine/types.js";
import { shippedDataset } from "../helpers/dataset.js";

// 25 characters: typed one every 250 ms, the last lands at 6 s = 0.1 minute,
// so 25 characters (5 words) make 50 gross wpm.
const PASSAGE = "Dear Dr Smith, thank you.";
const STEP = 250;

/** Keystrokes for `typed`, one every `step` ms from `from`; "\b" is Backspace. */
function keys(typed: string, step = STEP, from = 0): Keystroke[] {
  return [...typed].map((c, i) => (c === "\b" ? { kind: "backspace", at: from + i * step } : { kind: "char", char: c, at: from + i * step }));
}

function scored(passage: string, ks: Keystroke[], endedAt?: number) {
  const r = scoreTyping(passage, ks, endedAt);
  if (!r.scored) throw new Error(`not scored: ${r.reason}`);
  return r;
}

describe("scoreTyping", () => {
  it("a perfect run: 100% accuracy, net equals gross", () => {
    const r = scored(PASSAGE, keys(PASSAGE));
    expect(r).toMatchObject({ charactersTyped: 25, charactersRight: 25, errorsLeft: 0, errorsCorrected: 0, accuracy: 100, completed: true, seconds: 6 });
    expect(r.grossWpm).toBeCloseTo(50, 10);
    expect(r.netWpm).toBeCloseTo(50, 10);
  });

  it("two errors left in: accuracy 23/25, net wpm lower by 2 errors / 0.1 minute", () => {
    const typed = "Dear Dr Smoth, thank yoi.";
    const r = scored(PASSAGE, keys(typed));
    expect(r).toMatchObject({ charactersTyped: 25, charactersRight: 23, errorsLeft: 2, errorsCorrected: 0, completed: true });
    expect(r.accuracy).toBeCloseTo(92, 10);
    expect(r.grossWpm).toBeCloseTo(50, 10);
    expect(r.netWpm).toBeCloseTo(50 - 2 / 0.1, 10);
  });

  it("an error corrected: counted in accuracy and gross speed, not taken off net speed", () => {
    // "Dear Dr Sn", Backspace, then on: 26 characters and a Backspace, 27 keys.
    const typed = "Dear Dr Sn\bmith, thank you.";
    const r = scored(PASSAGE, keys(typed));
    expect(r).toMatchObject({ charactersTyped: 26, charactersRight: 25, errorsLeft: 0, errorsCorrected: 1, completed: true });
    const minutes = (26 * STEP) / 60_000;
    expect(r.seconds).toBeCloseTo(6.5, 10);
    expect(r.accuracy).toBeCloseTo((25 / 26) * 100, 10);
    expect(r.grossWpm).toBeCloseTo(26 / 5 / minutes, 10);
    expect(r.netWpm).toBeCloseTo(r.grossWpm, 10);
  });

  it("erasing a right character and typing it again is no error", () => {
    const r = scored(PASSAGE, keys("Dear\b" + "r Dr Smith, thank you."));
    expect(r).toMatchObject({ errorsCorrected: 0, errorsLeft: 0, charactersTyped: 26, charactersRight: 26, accuracy: 100 });
  });

  it("time running out: the time counted is to the end, not to the last key", () => {
    // 10 characters in the first 2.25 s, then nothing until 30 s.
    const r = scored(PASSAGE, keys(PASSAGE.slice(0, 10)), 30_000);
    expect(r).toMatchObject({ completed: false, seconds: 30, charactersTyped: 10 });
    expect(r.grossWpm).toBeCloseTo(10 / 5 / 0.5, 10);
  });

  it("the clock starts at the first key, wherever the keystrokes' clock started", () => {
    expect(scored(PASSAGE, keys(PASSAGE, STEP, 9_000)).grossWpm).toBeCloseTo(50, 10);
  });

  it("net wpm never falls below zero", () => {
    const r = scored(PASSAGE, keys("xxxxxxxxxxxxxxxxxxxxxxxxx"));
    expect(r.accuracy).toBe(0);
    expect(r.netWpm).toBe(0);
  });

  it("keys after the passage's last character count for nothing", () => {
    expect(scored(PASSAGE, keys(PASSAGE + "zz"), 6_000)).toMatchObject({ charactersTyped: 25, errorsLeft: 0 });
  });

  it("nothing typed, or only Backspace, is not scored", () => {
    expect(scoreTyping(PASSAGE, [])).toEqual({ scored: false, reason: "nothing-typed" });
    expect(scoreTyping(PASSAGE, [{ kind: "backspace", at: 5 }])).toEqual({ scored: false, reason: "nothing-typed" });
  });
});

describe("a run too short or too fast to be a speed", () => {
  it("a few keys in a burst, then Esc, is not scored (it once came to 55,000 wpm)", () => {
    // "Most" in one read of the terminal: four keys a millisecond apart, stopped at the last.
    const burst = keys("Most", 1, 10_000);
    expect(scoreTyping(PASSAGE, burst, burst.at(-1)!.at)).toEqual({ scored: false, reason: "too-short" });
  });

  it("needs both the least time and the least characters", () => {
    const slowFew = keys(PASSAGE.slice(0, MIN_TYPING_CHARACTERS - 1), 1_000);
    expect(scoreTyping(PASSAGE, slowFew, 60_000)).toEqual({ scored: false, reason: "too-short" });
    const quickMany = keys(PASSAGE.slice(0, 20), 100);
    expect(scoreTyping(PASSAGE, quickMany)).toEqual({ scored: false, reason: "too-short" });
    // Just enough of each: scored.
    const enough = keys(PASSAGE.slice(0, MIN_TYPING_CHARACTERS), (MIN_TYPING_SECONDS * 1000) / (MIN_TYPING_CHARACTERS - 1));
    expect(scoreTyping(PASSAGE, enough).scored).toBe(true);
  });

  it("a speed above the most an answer may say is not scored, and one at it is", () => {
    // 25 characters in 6 s: 50 gross wpm.
    expect(scoreTyping(PASSAGE, keys(PASSAGE), undefined, 49)).toEqual({ scored: false, reason: "too-fast" });
    expect(scoreTyping(PASSAGE, keys(PASSAGE), undefined, 50).scored).toBe(true);
  });
});

describe("a paste", () => {
  it("the passage arriving within milliseconds is not scored", () => {
    expect(scoreTyping(PASSAGE, keys(PASSAGE, 0.5))).toEqual({ scored: false, reason: "pasted" });
  });

  it("a paste partway through a typed run is not scored either", () => {
    const typed = keys("Dear Dr ");
    const pasted = keys("Smith, thank you.", 1, 3_000);
    expect(scoreTyping(PASSAGE, [...typed, ...pasted])).toEqual({ scored: false, reason: "pasted" });
  });

  it("characters the terminal marked as pasted are a paste, however slowly they came", () => {
    const ks = keys(PASSAGE).map((k, i) => (i === 3 && k.kind === "char" ? { ...k, pasted: true } : k));
    expect(scoreTyping(PASSAGE, ks)).toEqual({ scored: false, reason: "pasted" });
  });

  it("a few characters bunched together (input read late while the person typed on) is no paste", () => {
    const bunch = keys(PASSAGE.slice(0, PASTE_BURST_CHARS - 1), 0, 0);
    // Typed on for long enough to be measured.
    const rest = keys(PASSAGE.slice(PASTE_BURST_CHARS - 1), 400, 1_000);
    expect(holdsPaste([...bunch, ...rest])).toBe(false);
    expect(scoreTyping(PASSAGE, [...bunch, ...rest]).scored).toBe(true);
  });

  it("a fast typist's steady 200 wpm (60 ms a character) is no paste", () => {
    expect(holdsPaste(keys(PASSAGE, 60))).toBe(false);
  });
});

describe("replay", () => {
  it("marks each character typed right or wrong, and Backspace takes the last away", () => {
    expect(replay("Dear", keys("Dx"))).toEqual({ text: "Dx", right: [true, false] });
    expect(replay("Dear", keys("Dx\be"))).toEqual({ text: "De", right: [true, true] });
    expect(replay("Dear", keys("\b\bD"))).toEqual({ text: "D", right: [true] });
  });
});

describe("typingAgainstRoles", () => {
  const dataset = shippedDataset();
  const secretary = (wpm: number) => typingAgainstRoles(wpm, dataset).withSpeed.find((r) => r.role.id === "medical-secretary");

  it("judges a speed as the gap analysis does: met, within 10 wpm partly, else missing", () => {
    const need = dataset.roles.find((r) => r.id === "medical-secretary")!.requirements.find((r) => r.kind === "typing") as { wpm: number };
    expect(secretary(need.wpm)).toMatchObject({ wpm: need.wpm, status: "met", requirement: { id: "typing-speed", essential: true } });
    expect(secretary(need.wpm - 10)?.status).toBe("partial");
    expect(secretary(need.wpm - 11)?.status).toBe("missing");
  });

  it("lists the roles that set no speed, and every role lands in one list or the other", () => {
    const { withSpeed, noSpeed } = typingAgainstRoles(40, dataset);
    expect(noSpeed.map((r) => r.id)).toContain("medical-receptionist");
    const ids = new Set([...withSpeed.map((r) => r.role.id), ...noSpeed.map((r) => r.id)]);
    expect([...ids].sort()).toEqual(dataset.roles.map((r) => r.id).sort());
  });

  it("reads any role's typing requirement from the data, not a list of its own", () => {
    const typist: Role = {
      ...dataset.roles[0]!,
      id: "audio-typist",
      title: "Audio typist",
      requirements: [{ id: "speed", title: "Typing speed", kind: "typing", wpm: 35, essential: false, closedBy: [] }],
    };
    const extended: Dataset = { ...dataset, roles: [...dataset.roles, typist] };
    expect(typingAgainstRoles(36, extended).withSpeed.find((r) => r.role.id === "audio-typist")).toMatchObject({ wpm: 35, status: "met", requirement: { essential: false } });
  });
});
