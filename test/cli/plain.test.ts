// --format plain, run as a screen-reader user would: linear text, never a
// table, never colour, whatever the terminal says.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { ANSI, expectQuietStderr, SCHOOL_LEAVER } from "../helpers/expect.js";

const BOX = /[\u2500-\u259f]/;

describe("assess --format plain", () => {
  it("is the report as headings, numbered items and label: value lines", async () => {
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--format", "plain"]);
    expect(r.code).toBe(0);
    expectQuietStderr(r.stderr);
    expect(r.stdout).not.toMatch(BOX);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout.split("\n").slice(0, 3)).toEqual(["Your route to becoming a medical secretary", "", expect.stringMatching(/^Not ready yet: /)]);
    expect(r.stdout).toContain("\nWhere you stand\n\n1. Typing speed\n   You: 30 wpm\n   Needed: 50 wpm (rule of thumb); adverts ask for RSA II or III, or equivalent\n   Status: Missing\n");
    expect(r.stdout).toMatchSnapshot();
  });

  it("has no colour even when colour is forced, and is not wrapped to the terminal", async () => {
    const forced = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--format", "plain"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    const narrow = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--format", "plain"], { env: { COLUMNS: "40" } });
    const normal = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--format", "plain"]);
    expect(forced.stdout).toBe(normal.stdout);
    // A line break mid-sentence is read as a pause; the reader's own display wraps.
    expect(narrow.stdout).toBe(normal.stdout);
  });

  it.each(["examples/career-changer.yaml", "examples/legal-secretary.yaml", "examples/qualified.yaml", "examples/gp-receptionist.json"])("%s", async (file) => {
    const r = await runCli(["assess", "--answers", file, "--format", "plain"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(BOX);
    expect(r.stdout).toContain("\nRoutes for you\n\n1. ");
  });
});
