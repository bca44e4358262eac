// A typing test's result as sections (for the terminal and other renderers)
// and as the JSON of typing-test --json.
import { describe, expect, it } from "vitest";
import { TYPING_WPM_MAX } from "../../src/answers/limits.js";
import { readPassagesFile } from "../../src/data/passages.js";
import { typingOutcome, type Keystroke } from "../../src/engine/typing.js";
import { renderReport } from "../../src/render/report.js";
import { makeStyle } from "../../src/render/style.js";
import { typingJson, typingModel, typingSummary } from "../../src/render/typing.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const passage = readPassagesFile("data/passages.yaml").find((p) => p.id === "touch-typing")!;

/** 25 characters of the passage with the last two wrong, one every 240 ms: 6 s to the last key. */
function run(): { keys: Keystroke[]; endedAt: number; ended: "time" } {
  const typed = `${passage.text.slice(0, 23)}zz`;
  const keys: Keystroke[] = [...typed].map((c, i) => ({ kind: "char", char: c, at: 1_000 + i * 250 }));
  return { keys, endedAt: 1_000 + 30_000, ended: "time" };
}

describe("a scored run", () => {
  // 25 characters in 30 s: 10 gross wpm; 2 errors left: 10 - 4 = 6 net.
  const outcome = typingOutcome(passage, 30, run(), dataset, TYPING_WPM_MAX);

  it("gives a table of the figures, with net speed first", () => {
    const model = typingModel(outcome);
    expect(model.verdict).toBe("Your typing speed: 6 words a minute (net), 92% accurate.");
    const figures = model.sections[0]!;
    expect(figures.rows.slice(0, 4)).toEqual([
      ["Net speed", "6 wpm"],
      ["Gross speed", "10 wpm"],
      ["Accuracy", "92%"],
      ["Errors left in", "2"],
    ]);
    expect(figures.rows).toContainEqual(["Time", "30 seconds"]);
  });

  it("compares it with each role that sets a speed, and names those that set none", () => {
    const roles = typingModel(outcome).sections[1]!;
    expect(roles.statusColumn).toBe(3);
    expect(roles.rows).toContainEqual(["Medical secretary", "50 wpm", "6 wpm", "Missing"]);
    expect(roles.notes!.join(" ")).toMatch(/Medical receptionist.*no typing speed set in our data/);
  });

  it("draws as the report does, with the definitions at the foot", () => {
    const text = renderReport(typingModel(outcome), makeStyle(false), { width: 60 });
    expect(text).toContain("Your typing test");
    expect(text).toContain("Against each role's typing speed");
    expect(text).toMatch(/five to a word/);
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
  });

  it("as JSON: the figures to one decimal place, each role's status, the roles without a speed", () => {
    expect(typingJson(outcome)).toEqual({
      scored: true,
      passage: { id: "touch-typing", title: passage.title },
      timeLimit: 30,
      ended: "time",
      seconds: 30,
      completed: false,
      netWpm: 6,
      grossWpm: 10,
      accuracy: 92,
      charactersTyped: 25,
      charactersRight: 23,
      errorsLeft: 2,
      errorsCorrected: 0,
      roles: [
        { id: "medical-secretary", title: "Medical secretary", requirement: "typing-speed", essential: true, wpm: 50, status: "missing" },
        { id: "senior-medical-secretary", title: "Senior medical secretary", requirement: "typing-speed", essential: true, wpm: 50, status: "missing" },
      ],
      rolesWithoutSpeed: dataset.roles.filter((r) => r.id !== "medical-secretary" && r.id !== "senior-medical-secretary").map((r) => r.id),
    });
  });

  it("in one line for the questionnaire", () => {
    expect(typingSummary(outcome)).toBe("Typing test: 6 wpm net (10 gross), 92% accurate. Your answer: 6 wpm.");
  });
});

describe("a pasted run", () => {
  const pasted = { keys: [...passage.text.slice(0, 30)].map((c, i): Keystroke => ({ kind: "char", char: c, at: i })), endedAt: 30, ended: "pasted" as const };
  const outcome = typingOutcome(passage, 60, pasted, dataset, TYPING_WPM_MAX);

  it("says it was not scored and why, with no figures", () => {
    const model = typingModel(outcome);
    expect(model.verdict).toMatch(/^Not scored: the text arrived faster than anyone types/);
    expect(model.sections).toEqual([]);
    expect(typingJson(outcome)).toEqual({ scored: false, reason: "pasted", passage: { id: "touch-typing", title: passage.title }, timeLimit: 60, ended: "pasted" });
    expect(typingSummary(outcome)).toMatch(/left as not known/);
  });
});

describe("a run stopped too soon", () => {
  // "Most" in one burst, then Esc: timed over three milliseconds.
  const burst = { keys: [..."Most"].map((c, i): Keystroke => ({ kind: "char", char: c, at: 5_000 + i })), endedAt: 5_003, ended: "stopped" as const };
  const outcome = typingOutcome(passage, 60, burst, dataset, TYPING_WPM_MAX);

  it("gives no speed, says why and what to do, in JSON as not scored", () => {
    expect(typingModel(outcome).verdict).toMatch(/^Not scored: it stopped too soon to measure a speed\. Run the test again and type for at least 5 seconds/);
    expect(typingJson(outcome)).toEqual({ scored: false, reason: "too-short", passage: { id: "touch-typing", title: passage.title }, timeLimit: 60, ended: "stopped" });
    expect(typingSummary(outcome)).toMatch(/left as not known/);
  });
});
