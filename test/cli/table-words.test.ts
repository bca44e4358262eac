// Tables at 60, 80 and 100 columns never cut a word (an id, a date, a figure,
// a range) across lines: a cut id no longer pastes, a cut date no longer
// reads as one. Each command is printed at 400 columns, where nothing needs
// to wrap, and at the narrower width; every word of the wide print's cells
// must be found whole, as often, in the narrow one (as a table, or as blocks
// where its columns cannot fit side by side).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";

const BOX = /[─│┌┐└┘├┤┬┴┼]/g;

/** A word as compared: a label's colon and a rank's full stop ("1." in a block, "1" in a table) do not count. */
const normal = (word: string) => word.replace(/[:.]+$/, "");

function count(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) if (w) counts.set(normal(w), (counts.get(normal(w)) ?? 0) + 1);
  return counts;
}

/** The words of a print, leaving out each table's head (a block layout names its columns differently). */
function bodyWords(out: string): string[] {
  const words: string[] = [];
  let inHead = false;
  for (const line of out.split("\n")) {
    if (line.startsWith("┌")) inHead = true;
    else if (line.startsWith("├") || line.startsWith("└")) inHead = false;
    else if (!inHead) words.push(...line.replace(BOX, " ").split(/\s+/));
  }
  return words;
}

const examples = readdirSync(`${ROOT}examples`).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
const roles = ["medical-receptionist", "ward-clerk", "clinic-administrator", "medical-secretary", "senior-medical-secretary", "medical-pa", "secretarial-team-leader", "practice-manager", "clinical-coder"];
const nations = ["england", "scotland", "wales", "northern-ireland"];

/** The sample people as one workshop group, named after their files. */
const dir = mkdtempSync(join(tmpdir(), "medsec-table-words-"));
const group = join(dir, "group.yaml");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(group, stringify(examples.map((f) => ({ ...(parse(readFileSync(`${ROOT}examples/${f}`, "utf8")) as object), name: f.replace(/\.\w+$/, "") }))));

const commands: string[][] = [
  ["workshop", group, "--names"],
  ["workshop", group, "--summary"],
  ...examples.map((f) => ["assess", "--answers", `examples/${f}`]),
  ["assess", "--answers", "examples/legal-secretary.yaml", "--set", "currentJob=nhs-clinical", "--set", "nhsBand=6", "--set", "nation=wales"],
  ["compare", "examples/school-leaver.yaml", "examples/school-leaver-6-months-on.yaml"],
  ["roles"],
  ...roles.map((r) => ["role", r]),
  ...nations.flatMap((n) => [["routes", "--nation", n], ["qualifications", "--nation", n], ["bands", "--nation", n]]),
  ["qualifications"],
  ["bands", "--area", "inner-london"],
];

describe.each([60, 80, 100])("at %i columns", (width) => {
  it.each(commands.map((c) => [c.join(" "), c]))("%s cuts no word", async (_, args) => {
    const wide = await runCli(args as string[], { env: { COLUMNS: "400" } });
    expect(wide.code, wide.stderr).toBe(0);
    const narrow = await runCli(args as string[], { env: { COLUMNS: String(width) } });
    expect(narrow.code, narrow.stderr).toBe(0);
    // An address is kept whole even where it is wider than the terminal: cut, it stops working.
    for (const line of narrow.stdout.split("\n")) if (!/https?:\/\//.test(line)) expect(line.length, line).toBeLessThanOrEqual(width);
    const found = count(narrow.stdout.replace(BOX, " ").split(/\s+/));
    const cut: string[] = [];
    for (const [word, n] of count(bodyWords(wide.stdout))) if ((found.get(word) ?? 0) < n) cut.push(word);
    expect(cut, narrow.stdout).toEqual([]);
  });
});

describe("the check itself", () => {
  it("finds an id cut after a hyphen, as 80 columns once printed national-5-/english", () => {
    const wide = "┌────┐\n│ Id │\n├────┤\n│ national-5-english │\n└────┘";
    const narrow = "│ national-5- │\n│ english     │";
    const found = count(narrow.replace(BOX, " ").split(/\s+/));
    expect([...count(bodyWords(wide))].filter(([w, n]) => (found.get(w) ?? 0) < n).map(([w]) => w)).toEqual(["national-5-english"]);
  });
});
