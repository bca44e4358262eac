// Rows that cannot be read are counted, with the first few kept, so that
// memory and stderr do not grow with them (issue 18, finding 3: a million bad
// rows once took 1.5 GB, and an endless stream of them ended in a crash).
// The memory itself is measured on the built bundle (test/e2e/memory.test.ts)
// and by `npm run bench`.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ROWS = 200_000;
const sheet = (rows: number, bad: (i: number) => string) => `Name,Typing speed (wpm),Office or admin experience (months)\n${Array.from({ length: rows }, (_, i) => `P${i},${bad(i)},12\n`).join("")}`;

describe("finding 3: many bad rows", () => {
  it(`${ROWS.toLocaleString("en-GB")} of them: stderr lists the first 100 and counts the rest; --json lists the first 10,000 and counts the rest`, async () => {
    const r = await runCli(["workshop", "-", "--json"], { input: sheet(ROWS, () => "fast") });
    expect(r.code).toBe(65);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.length).toBeLessThan(110);
    expect(lines[0]).toBe(`${ROWS} rows of <stdin> skipped:`);
    expect(lines[1]).toBe('  row 2, Typing speed (wpm): "fast" is not a typing speed; write words per minute (0-250) in digits, like 45, or leave the cell empty if not known');
    expect(lines).toContain(`  … and ${(ROWS - 100).toLocaleString("en-GB")} more problems: fix these, then run again to see the rest`);
    const json = JSON.parse(r.stdout);
    expect(json.errors).toHaveLength(10_000);
    expect(json.errors.at(-1)).toMatchObject({ row: 10_001 });
    expect(json.summary).toMatchObject({ attendees: 0, rowsSkipped: ROWS, errorsNotListed: ROWS - 10_000 });
  });

  it("a few bad rows among good ones: every problem listed, as before, and nothing counted", async () => {
    const r = await runCli(["workshop", "-", "--json"], { input: sheet(6, (i) => (i % 2 ? "fast" : "40")) });
    expect(r.code).toBe(65);
    const json = JSON.parse(r.stdout);
    expect(json.errors.map((e: { row: number }) => e.row)).toEqual([3, 5, 7]);
    expect(json.summary).toMatchObject({ attendees: 3, rowsSkipped: 3, errorsNotListed: 0 });
    expect(r.stderr).not.toMatch(/more problems/);
  });

  it("a bad cell of a megabyte is quoted short, in one line", async () => {
    const r = await runCli(["workshop", "-", "--json"], { input: sheet(3, () => "x".repeat(1_000_000)) });
    expect(r.code).toBe(65);
    for (const line of r.stderr.split("\n")) expect(line.length).toBeLessThan(300);
    for (const e of JSON.parse(r.stdout).errors) expect(e.message.length).toBeLessThan(300);
  });
});
