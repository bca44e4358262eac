// The end of a report in a real terminal (tmux, 35 rows, as in issue 19): the
// verdict again in one line and what to do next are on screen when it ends,
// a long report opens in less at its top, and a person pressing Enter through
// every question gets a report that says something.
import { afterEach, describe, expect, it } from "vitest";
import { REGISTERED_PROMPTS } from "../helpers/answer-keys.js";
import { BIN, ROOT } from "../helpers/cli.js";
import { hasTmux, Tmux } from "../helpers/tmux.js";

// CI installs tmux (.ci/run); only a developer's machine without it may skip.
const runIt = hasTmux || process.env.CI ? it : it.skip;
const SIZE = { width: 100, height: 35 };
const SCHOOL_LEAVER = `${ROOT}examples/school-leaver.yaml`;

/** The report's lines, each table row as one line: its cells' wrapped lines joined, column by column. */
function reportLines(screen: string): string[] {
  const out: string[] = [];
  let row: string[][] = [];
  const flush = () => {
    if (row.length) out.push(row[0]!.map((_, i) => row.map((cells) => cells[i]?.trim() ?? "").join(" ").trim()).join(" | "));
    row = [];
  };
  for (const line of screen.split("\n")) {
    if (line.startsWith("│")) row.push(line.split("│").slice(1, -1));
    else {
      flush();
      if (!/^[┌├└]/.test(line)) out.push(line);
    }
  }
  flush();
  return out;
}

describe("the end of a report in a terminal", () => {
  let term: Tmux | undefined;
  afterEach(() => term?.close());

  runIt("with --no-pager, the verdict in one line and the next steps are the last lines on screen", async () => {
    term = new Tmux(`node ${BIN} assess --answers ${SCHOOL_LEAVER} --no-pager`, { ...SIZE, env: { PAGER: "less" } });
    expect(await term.exitCode()).toBe(0);
    const visible = term.visible().trimEnd().split("\n");
    // The line wraps at 100 columns: read the screen as text.
    const shown = visible.join("\n").replace(/\s+/g, " ");
    expect(shown).toContain("In short: not ready yet (5 essential gaps); best route: Admin apprenticeship in the NHS, 16–27 months.");
    expect(shown).toContain(`medsec-path assess --answers ${SCHOOL_LEAVER} --format markdown > report.md`);
    // The last line is the report's, not a pay note: nothing after the next steps.
    expect(visible.filter((l) => !/^\d+$/.test(l.trim())).at(-1)).toContain("--set typingWpm=55");
  });

  runIt("a long report opens in less at its top; at its end the verdict is repeated, and stays on screen after q", async () => {
    // PAGER and LESS unset: less, with medsec-path's own -FRX.
    term = new Tmux(`env -u PAGER -u LESS node ${BIN} assess --answers ${SCHOOL_LEAVER}`, { ...SIZE, watch: "visible" });
    const top = await term.waitFor("Not ready yet: 5 essential gaps");
    expect(top).toContain("What you told us");
    expect(top).not.toContain("In short");
    term.keys("G");
    await term.waitFor("In short: not ready yet");
    term.keys("q");
    expect(await term.exitCode()).toBe(0);
    // -X: less leaves the last page on screen, and the verdict with it.
    expect(term.visible()).toContain("In short: not ready yet");
  });

  runIt("into a pipe, no pager and no ending: the report alone", async () => {
    term = new Tmux(`node ${BIN} assess --answers ${SCHOOL_LEAVER} | tail -n 3`, { ...SIZE, env: { PAGER: "less" } });
    expect(await term.exitCode()).toBe(0);
    const shown = term.visible();
    expect(shown).toContain("hospitals and other employers in the NHS.");
    expect(shown).not.toContain("In short");
  });

  runIt(
    "pressing Enter through every question gives a report with at most three \"not known\" lines, and ends on the verdict",
    async () => {
      term = new Tmux(`node ${BIN} assess`, SIZE);
      // Every prompt's question, in order; Enter at each (the blank typing speed brings the offer of the test).
      const questions = [
        "Which role are you aiming for?",
        "Where in the UK",
        "What do you do now?",
        "How old are you?",
        "typing speed",
        "Measure it now",
      ];
      for (const q of questions) {
        await term.waitFor(q);
        term.keys("Enter");
      }
      // Enter at the offer starts the typing test: Esc leaves it unscored, as someone who does not want it would.
      await term.waitFor("Typing test:");
      term.keys("Escape");
      for (const q of ["audio typing", "medical terminology", "Office skills", "Which of these do you hold?", "Are you working towards", "office or admin work", "customer-facing work", "working in healthcare", "secretary or PA", "earn while you learn", "study part-time", ...REGISTERED_PROMPTS]) {
        await term.waitFor(q);
        term.keys("Enter");
      }
      expect(await term.exitCode(20_000)).toBe(0);
      const screen = term.screen();
      const report = screen.slice(screen.indexOf("What you told us"));
      // A row whose cells wrap ("not" over "known") counts once, as the line of the report it is.
      const notKnown = reportLines(report).filter((l) => /not known/i.test(l));
      expect(notKnown.length).toBeGreaterThan(0);
      expect(notKnown.length, notKnown.join("\n")).toBeLessThanOrEqual(3);
      expect(report).toMatch(/Now\s+│\s+studying, or not in a job/);
      expect(report).toMatch(/Age\s+│\s+21\+/);
      // The verdict is on screen when the report ends, and what to do next.
      const visible = term.visible();
      expect(visible).toMatch(/In short: (not ready yet|you may be ready|you are ready)/);
      expect(visible).toContain("medsec-path assess --save-answers me.yaml");
    },
    60_000,
  );
});
