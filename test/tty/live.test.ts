// `workshop --live` in a real terminal (tmux): two attendees one after the
// other on the facilitator's machine, as careers staff run it on a projector.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, run } from "../helpers/cli.js";
import { answerQuestionnaire } from "../helpers/answer-keys.js";
import { hasTmux, Tmux } from "../helpers/tmux.js";

// CI installs tmux (.ci/run); only a developer's machine without it may skip.
const runIt = hasTmux || process.env.CI ? it : it.skip;
const TIMEOUT = 60_000;
const BOX_DRAWING = /[\u2500-\u257f]/;

/** One attendee: the name prompt, then the questionnaire. */
async function answerFor(term: Tmux, name: string, wpm: string): Promise<string> {
  await term.waitFor("Name or initials");
  term.type(name);
  term.keys("Enter");
  await answerQuestionnaire(term, { wpm });
  return term.waitFor("What next?");
}

/** Moves on to the next attendee; returns the screen once their name is asked. */
async function nextAttendee(term: Tmux, row: number): Promise<string> {
  await term.waitFor("❯ Next attendee");
  term.keys("Enter");
  await term.waitFor(`Attendee ${row}`);
  return term.waitFor("Name or initials");
}

async function finish(term: Tmux): Promise<string> {
  await term.waitFor("❯ Next attendee");
  term.keys("Down");
  await term.waitFor("❯ Finish and show the group summary");
  term.keys("Enter");
  return term.waitFor(/Attendees assessed.*\n[\s\S]*Attendee/);
}

describe("workshop --live in a terminal", () => {
  let term: Tmux | undefined;
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), "medsec-live-test-"));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    term?.close();
    term = undefined;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  runIt(
    "two attendees: the screen is cleared between them, then a plain group summary without names",
    async () => {
      const cwd = tempDir();
      term = new Tmux(`cd ${cwd} && node ${BIN} workshop --live --plain`, { width: 80, height: 50, env: { NO_COLOR: "1" }, watch: "visible" });

      await term.waitFor("Attendee 1");
      await answerFor(term, "A.B.", "35");
      const first = term.screen();
      expect(first).toContain("Where you stand");
      expect(first).toContain("A.B.");
      // --plain on an 80-column projector: the report has no box drawing and fits.
      expect(first).not.toMatch(BOX_DRAWING);
      for (const line of first.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);

      const second = await nextAttendee(term, 2);
      // Nothing of the first attendee is left for the next one (or the room) to see.
      for (const gone of ["Attendee 1", "A.B.", "Where you stand", "What next?", "Typing speed"]) {
        expect(second, `visible screen still shows ${gone}`).not.toContain(gone);
      }
      // Nor in the scrollback: the clear takes the history with it.
      expect(term.screen()).not.toContain("Where you stand");
      expect(term.screen()).not.toContain("A.B.");

      await answerFor(term, "C.D.", "60");
      expect(term.screen()).toContain("Where you stand");
      await finish(term);
      expect(await term.exitCode()).toBe(0);

      const summary = term.visible();
      expect(summary).toContain("The group");
      expect(summary).toMatch(/Attendees assessed\s+2\b/);
      expect(summary).toMatch(/row 1/);
      expect(summary).toMatch(/row 2/);
      // No --names: the room sees row numbers, not who was assessed.
      expect(summary).not.toContain("A.B.");
      expect(summary).not.toContain("C.D.");
      // The last report went too: only the summary is on the projector.
      expect(summary).not.toContain("Where you stand");
      // --plain: no box drawing, and every line fits 80 columns (wrapped lines are joined by -J).
      expect(summary).not.toMatch(BOX_DRAWING);
      for (const line of summary.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
      // Without --save, nothing was written.
      expect(readdirSync(cwd)).toEqual([]);
    },
    TIMEOUT,
  );

  runIt(
    "--save keeps one YAML per attendee, and each reads back with assess --answers",
    async () => {
      const save = join(tempDir(), "answers");
      term = new Tmux(`node ${BIN} workshop --live --plain --save ${save}`, { width: 100, height: 50, env: { NO_COLOR: "1" }, watch: "visible" });

      await answerFor(term, "A.B.", "35");
      await nextAttendee(term, 2);
      await answerFor(term, "C.D.", "60");
      const summary = await finish(term);
      expect(await term.exitCode()).toBe(0);
      expect(summary).toMatch(/Attendees assessed\s+2\b/);
      expect(term.screen()).toContain(`Saved 2 attendees' answers to ${save}`);

      const files = readdirSync(save).sort();
      expect(files).toEqual(["001-a-b.yaml", "002-c-d.yaml"]);
      for (const [i, [name, wpm]] of [["A.B.", 35], ["C.D.", 60]].entries()) {
        const file = join(save, files[i]!);
        const text = readFileSync(file, "utf8");
        // The same first line as assess --save-answers writes.
        expect(text.split("\n")[0]).toBe(`# medsec-path answers: re-run with  medsec-path assess --answers ${file}`);
        const saved = parse(text) as Record<string, unknown>;
        expect(saved).toMatchObject({ name, typingWpm: wpm, target: "medical-secretary", nation: "england", audioTyping: false });
        // The saved file is an answers file: assess takes it as it is, name and all.
        const r = run(["assess", "--answers", file, "--json"]);
        expect(r.code, r.stderr).toBe(0);
        const report = JSON.parse(r.stdout) as { target: { id: string } };
        expect(report.target.id).toBe("medical-secretary");
      }
    },
    TIMEOUT,
  );

  it("assess --answers takes a file with a name key, as --save writes it", () => {
    const dir = tempDir();
    const file = join(dir, "001-a-b.yaml");
    // The shape runLive writes: { name, ...answers } from the questionnaire.
    const answers = {
      name: "A.B.",
      target: "medical-secretary",
      nation: "england",
      qualifications: ["gcse-english", "gcse-maths"],
      experience: { adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 },
      typingWpm: 35,
      audioTyping: false,
      medicalTerminology: "none",
      officeSkills: "basic",
      needsToEarnWhileLearning: true,
      canStudyPartTime: true,
    };
    writeFileSync(file, stringify(answers));
    const r = run(["assess", "--answers", file, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ target: { id: "medical-secretary" } });
  });
});
