// Issue 11: a person answers all thirteen questions and the disk is full when
// their answers are saved. The report is still shown, the answers follow it
// on stdout as YAML, one line says what happened, and the exit code is 74.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
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
});
