// Issue 11: a person answers every question and the disk is full when
// their answers are saved. The report is still shown, the answers follow it
// on stdout as YAML, one line says what happened, and the exit code is 74.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { answerQuestionnaire } from "../helpers/answer-keys.js";
import { hasTmpfs, tmpfsShell } from "../helpers/tmpfs.js";
import { hasTmux, Tmux } from "../helpers/tmux.js";

const runIt = (hasTmux && hasTmpfs) || process.env.CI ? it : it.skip;

describe("--save-answers on a full disk, in a terminal", () => {
  let term: Tmux | undefined;
  let disk = "";
  afterEach(() => {
    term?.close();
    term = undefined;
    if (disk) rmSync(disk, { recursive: true, force: true });
  });

  runIt(
    "shows the report, then the answers as YAML, and exits 74 with one line; no file is left",
    async () => {
      disk = mkdtempSync(join(tmpdir(), "medsec-full-"));
      term = new Tmux(tmpfsShell(disk, 16, true, `node ${BIN} assess --save-answers ${disk}/me.yaml`), { width: 120, height: 200 });
      await answerQuestionnaire(term, { wpm: "35", customerService: "3 years" });
      const screen = await term.waitFor("disk holds:");
      expect(await term.exitCode()).toBe(74);
      expect(screen).toContain("Step by step");
      // The answers, after the report, as a file that would re-run it.
      const yaml = screen.slice(screen.indexOf("# medsec-path answers"), screen.indexOf("error:"));
      expect(parse(yaml)).toMatchObject({ typingWpm: 35, experience: { customerServiceMonths: 36 }, qualifications: ["gcse-english", "gcse-maths"] });
      const error = screen.split("\n").filter((l) => l.startsWith("error:"));
      expect(error).toHaveLength(1);
      expect(error[0]).toMatch(/could not write .*me\.yaml: the disk is full \(ENOSPC\); no partial file was left/);
      // Only the filler: no me.yaml, no temporary file.
      expect(screen).toMatch(/disk holds: fill\s*$/m);
    },
    90_000,
  );

  runIt(
    "workshop --live --save: the session goes on, and at the end the unsaved answers are printed and it exits 74",
    async () => {
      disk = mkdtempSync(join(tmpdir(), "medsec-full-"));
      const command = `node ${BIN} workshop --live --plain --save ${disk}/answers`;
      term = new Tmux(tmpfsShell(disk, 16, true, command), { width: 120, height: 200 });
      for (const [row, name] of [[1, "A.B."], [2, "C.D."]] as const) {
        await term.waitFor(`Attendee ${row}`);
        await term.waitFor("Name or initials");
        term.type(name);
        term.keys("Enter");
        await answerQuestionnaire(term, { wpm: String(30 + row) });
        await term.waitFor(`Attendee ${row}'s answers could not be saved`);
        await term.waitFor("❯ Next attendee");
        if (row === 1) term.keys("Enter");
      }
      term.keys("Down");
      await term.waitFor("❯ Finish and show the group summary");
      term.keys("Enter");
      const screen = await term.waitFor("disk holds:");
      expect(await term.exitCode()).toBe(74);
      expect(screen).toMatch(/Attendees assessed\s+2\b/);
      // Both attendees' answers, as YAML documents that parse back.
      const docs = parseAllDocuments(screen.slice(screen.indexOf("---"), screen.indexOf("Saved 0 attendees' answers to"))).map((d) => d.toJS());
      expect(docs).toMatchObject([
        { name: "A.B.", typingWpm: 31 },
        { name: "C.D.", typingWpm: 32 },
      ]);
      expect(screen).toMatch(/^error: 2 attendees' answers could not be saved to .*the disk is full \(ENOSPC\).*printed above/m);
      // The folder was made before the first question; nothing partial is in it.
      expect(screen).toMatch(/disk holds: answers fill\s*$/m);
    },
    120_000,
  );
});

