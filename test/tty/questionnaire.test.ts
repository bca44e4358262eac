// The interactive questionnaire in a real terminal (tmux), as a person uses it.
import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, run } from "../helpers/cli.js";
import { hasTmux, Tmux } from "../helpers/tmux.js";

// CI installs tmux (.ci/run); only a developer's machine without it may skip.
const runIt = hasTmux || process.env.CI ? it : it.skip;

describe("the questionnaire in a terminal", () => {
  let term: Tmux | undefined;
  afterEach(() => term?.close());

  runIt("is answered key by key, ends in the verdict and the tables, and saves the answers", async () => {
    const saved = join(mkdtempSync(join(tmpdir(), "medsec-save-")), "me.yaml");
    term = new Tmux(`node ${BIN} assess --save-answers ${saved}`);
    await term.waitFor("Which role are you aiming for?");
    term.keys("Enter");
    await term.waitFor("Where in the UK");
    term.keys("Enter");
    await term.waitFor("typing speed");
    term.type("abc");
    term.keys("Enter");
    await term.waitFor("Type a whole number");
    term.keys("C-u");
    term.type("35");
    term.keys("Enter");
    await term.waitFor("audio typing");
    term.keys("Down", "Enter"); // No
    await term.waitFor("medical terminology");
    term.keys("Enter");
    await term.waitFor("Office skills");
    term.keys("Down", "Enter"); // basic
    await term.waitFor("Which of these do you hold?");
    term.keys("Space", "Down", "Space", "Enter"); // GCSE English and maths
    await term.waitFor("office or admin job");
    term.keys("Enter");
    await term.waitFor("customer-facing job");
    term.keys("C-u");
    term.type("3 years");
    term.keys("Enter");
    await term.waitFor("healthcare setting");
    term.keys("Enter");
    await term.waitFor("secretary or PA");
    term.keys("Enter");
    await term.waitFor("earn while you learn");
    term.keys("Enter");
    await term.waitFor("study part-time");
    term.keys("Enter");
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

  runIt("Ctrl-C at a prompt exits 130 with one line and no stack trace", async () => {
    term = new Tmux(`node ${BIN} assess`);
    await term.waitFor("Which role are you aiming for?");
    term.keys("Down");
    await term.waitFor("❯ Clinical coder");
    term.keys("C-c");
    expect(await term.exitCode()).toBe(130);
    const screen = term.screen();
    expect(screen).toContain("Interrupted.");
    expect(screen).not.toMatch(/\n\s+at /);
    expect(screen).not.toContain("ExitPromptError");
    expect(term.cursorVisible()).toBe(true);
  });
});
