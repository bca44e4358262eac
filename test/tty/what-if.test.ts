// --set without --answers: the questions are asked, then the answers as typed
// are changed and assessed again. Saved answers stay as typed.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { answerQuestionnaire } from "../helpers/answer-keys.js";
import { hasTmux, Tmux } from "../helpers/tmux.js";

const runIt = hasTmux || process.env.CI ? it : it.skip;

describe("assess --set after the questions", () => {
  let term: Tmux | undefined;
  afterEach(() => term?.close());

  runIt("changes the answers typed, says what the change does, and saves what was typed", async () => {
    const saved = join(mkdtempSync(join(tmpdir(), "medsec-whatif-")), "me.yaml");
    term = new Tmux(`node ${BIN} assess --save-answers ${saved} --set typingWpm=55 --set audioTyping=true`, { width: 120 });
    await answerQuestionnaire(term, { wpm: "35" });
    const screen = await term.waitFor("After medical secretary");
    expect(await term.exitCode()).toBe(0);
    expect(screen).toMatch(/Changing typing speed to 55 wpm and audio typing to yes would close 2 gaps/);
    expect(screen).toMatch(/│ Typing speed\s+│ 35 wpm\s+│ 55 wpm\s+│/);
    expect(readFileSync(saved, "utf8")).toContain("typingWpm: 35");
  });
});
