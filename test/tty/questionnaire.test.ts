// The interactive questionnaire in a real terminal (tmux), as a person uses it.
import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, run } from "../helpers/cli.js";
import { answerQuestionnaire } from "../helpers/answer-keys.js";
import { hasTmux, Tmux } from "../helpers/tmux.js";
import { QUESTION_COUNT } from "../../src/questionnaire/ask.js";

// CI installs tmux (.ci/run); only a developer's machine without it may skip.
const runIt = hasTmux || process.env.CI ? it : it.skip;

describe("the questionnaire in a terminal", () => {
  let term: Tmux | undefined;
  afterEach(() => term?.close());

  runIt("is answered key by key, ends in the verdict and the tables, and saves the answers", async () => {
    const saved = join(mkdtempSync(join(tmpdir(), "medsec-save-")), "me.yaml");
    term = new Tmux(`node ${BIN} assess --save-answers ${saved}`);
    await answerQuestionnaire(term, { badWpm: "abc", wpm: "35", customerService: "3 years" });
    const screen = await term.waitFor("Step by step");
    expect(await term.exitCode()).toBe(0);
    for (const heading of ["Not ready yet", "What you told us", "Where you stand", "Routes for you", "Step by step"]) {
      expect(screen).toContain(heading);
    }
    expect(screen).toMatch(/Customer-facing work\s+│\s+3 years/);
    // The saved file gives the same verdict without the questions.
    const again = run(["assess", "--answers", saved, "--json"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ target: { id: "medical-secretary" }, ready: false });
    expect(readFileSync(saved, "utf8")).toContain("customerServiceMonths: 36");
  });

  runIt("asks a school leaver eighteen questions, each answered in a key or two, then prints the report", async () => {
    // Screens, not seconds, are counted (no timings in tests): eighteen short ones are about three minutes.
    term = new Tmux(`node ${BIN} assess --json`);
    const screens: [string, ...string[]][] = [
      ["Which role are you aiming for?", "Enter"],
      ["Where in the UK", "Enter"],
      ["What do you do now?", "Enter"], // studying, or not in a job
      ["How old are you?", "Up", "Up", "Up", "Enter"], // 16 or 17
      ["typing speed", "3", "0", "Enter"],
      ["audio typing", "Enter"],
      ["medical terminology", "Enter"],
      ["Office skills", "Enter"],
      ["Which of these do you hold?", "Enter"],
      ["Are you working towards", "Enter"],
      ["office or admin work", "Enter"],
      ["customer-facing work", "Enter"],
      ["working in healthcare", "Enter"],
      ["secretary or PA", "Enter"],
      ["earn while you learn", "Enter"],
      ["study part-time", "Enter"],
      ["hours a week", "Enter"],
      ["Do any of these apply", "Enter"],
    ];
    for (const [question, ...keys] of screens) {
      await term.waitFor(question);
      term.keys(...keys);
    }
    expect(await term.exitCode(20_000)).toBe(0);
    expect(term.screen()).toContain('"recommended"');
    expect(term.screen()).not.toContain("last paid job");
    expect(screens).toHaveLength(QUESTION_COUNT.typical);
  });

  runIt("Ctrl-C at a prompt exits 130 with one line and no stack trace", async () => {
    term = new Tmux(`node ${BIN} assess`);
    await term.waitFor("Which role are you aiming for?");
    term.keys("Down");
    await term.waitFor("❯ Medical receptionist");
    term.keys("C-c");
    expect(await term.exitCode()).toBe(130);
    const screen = term.screen();
    expect(screen).toContain("Interrupted.");
    expect(screen).not.toMatch(/\n\s+at /);
    expect(screen).not.toContain("ExitPromptError");
    expect(term.cursorVisible()).toBe(true);
  });
});
