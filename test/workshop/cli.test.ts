// `medsec-path workshop` end to end, as careers staff would run it: the group
// and attendee tables, the --json contract (docs/contract.md), bad rows, handouts and
// their file names, privacy (--names, --exact) and the usage errors.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type Run } from "../helpers/cli.js";
import { fillIn, nationInfo } from "../../src/engine/nations.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const FIXTURES = join(import.meta.dirname, "../fixtures/workshop");
const GROUP = join(FIXTURES, "group.yaml");
const SIX_ROWS = join(FIXTURES, "six-rows.csv");
const NAMES = ["Ann Ashworth", "Bilal Brennan", "Cara Castellano", "Dev Dimitriou", "Eve Eriksen"];
const SIX_ROW_NAMES = ["Ann Ashworth", "Bilal Brennan", "Cara Castellano", "Dev Dimitriou", "Eve Eriksen", "Fay Fontaine"];
const BOX = /[─│┌┐└┘├┤┬┴┼]/;
// Everyone in these fixtures works in England: titles in England's words.
const routeTitle = (id: string) => fillIn(dataset.routes.find((r) => r.id === id)!.title, undefined, nationInfo(dataset, "england"), "england");

let tmp: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "medsec-workshop-"));
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
});

interface WorkshopJson {
  summary: { attendees: number; ready: number; byRoute: Record<string, number>; commonGaps: { id: string; count: number }[]; medianTypingWpm: number | null };
  attendees: { label: string; ready: boolean; recommended: string; months: number | null; gaps: { id: string; status: string }[] }[];
  errors: { row: number; column: string; message: string }[];
}

/** The cells of each body row of the box table headed `title`. */
function boxRows(stdout: string, title: string): string[][] {
  const lines = stdout.split("\n");
  const start = lines.indexOf(title);
  expect(start).toBeGreaterThanOrEqual(0);
  const out: string[][] = [];
  let seenHead = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("└")) break;
    if (!line.startsWith("│")) continue;
    if (!seenHead) {
      seenHead = true;
      continue;
    }
    out.push(line.split("│").slice(1, -1).map((c) => c.trim()));
  }
  return out;
}

function expectContract(j: WorkshopJson): void {
  expect(Object.keys(j).sort()).toEqual(["attendees", "errors", "summary"]);
  const s = j.summary;
  expect(Number.isInteger(s.attendees)).toBe(true);
  expect(Number.isInteger(s.ready)).toBe(true);
  expect(typeof s.byRoute).toBe("object");
  for (const [id, n] of Object.entries(s.byRoute)) {
    expect(dataset.routes.some((r) => r.id === id)).toBe(true);
    expect(Number.isInteger(n) && n > 0).toBe(true);
  }
  for (const g of s.commonGaps) {
    expect(Object.keys(g).sort()).toEqual(["count", "id"]);
    expect(typeof g.id).toBe("string");
    expect(Number.isInteger(g.count) && g.count > 0).toBe(true);
  }
  expect(s.medianTypingWpm === null || typeof s.medianTypingWpm === "number").toBe(true);
  for (const a of j.attendees) {
    expect(typeof a.label).toBe("string");
    expect(typeof a.ready).toBe("boolean");
    expect(dataset.routes.some((r) => r.id === a.recommended)).toBe(true);
    expect(a.months === null || Number.isInteger(a.months)).toBe(true);
    for (const g of a.gaps) {
      expect(Object.keys(g).sort()).toEqual(["id", "status"]);
      // "unknown" (added in 0.2): the attendee did not say; listed so staff can ask.
      expect(["partial", "missing", "unknown"]).toContain(g.status);
    }
  }
  for (const e of j.errors) {
    expect(Object.keys(e).sort()).toEqual(["column", "message", "row"]);
    expect(Number.isInteger(e.row)).toBe(true);
    expect(typeof e.column).toBe("string");
    expect(e.message.length).toBeGreaterThan(0);
  }
}

describe("a YAML list of 5 people", () => {
  let table: Run, exact: Run, jsonRun: Run, j: WorkshopJson;
  beforeAll(async () => {
    table = await runCli(["workshop", GROUP], { env: { COLUMNS: "200" } });
    exact = await runCli(["workshop", GROUP, "--exact"], { env: { COLUMNS: "200" } });
    jsonRun = await runCli(["workshop", GROUP, "--json"]);
    j = JSON.parse(jsonRun.stdout) as WorkshopJson;
  });

  it("prints the group summary and the attendee table, exit 0", async () => {
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^The group$/m);
    expect(table.stdout).toMatch(/^Attendees$/m);
    const group = boxRows(table.stdout, "The group");
    expect(group.find((r) => r[0] === "Attendees assessed")?.[1]).toBe("5");
    const people = boxRows(table.stdout, "Attendees");
    expect(people.map((r) => r[0])).toEqual(["row 1", "row 2", "row 3", "row 4", "row 5"]);
    expect(people.every((r) => r.length === 5)).toBe(true);
  });

  it("--json follows the contract in docs/contract.md", async () => {
    expect(jsonRun.code).toBe(0);
    expectContract(j);
    expect(j.summary.attendees).toBe(5);
    expect(j.attendees).toHaveLength(5);
    expect(j.errors).toEqual([]);
    // The five people in the fixture: each goes a different way; Eve is ready. Dev did
    // not say where he works, so moving across inside the NHS is not assumed for him.
    expect(j.attendees.map((a) => a.recommended)).toEqual(["apprenticeship", "receptionist-stepping-stone", "apply-and-learn-in-post", "terminology-top-up", "direct-application"]);
    expect(j.attendees.map((a) => a.ready)).toEqual([false, false, false, false, true]);
    expect(j.summary.ready).toBe(1);
    expect(j.summary.medianTypingWpm).toBe(42);
    expect(j.summary.commonGaps.map((g) => g.count)).toEqual([...j.summary.commonGaps.map((g) => g.count)].sort((a, b) => b - a));
  });

  it("--json agrees with the attendee table", async () => {
    const people = boxRows(table.stdout, "Attendees");
    expect(people).toHaveLength(j.attendees.length);
    j.attendees.forEach((a, i) => {
      const [label, ready, gaps, route, time] = people[i]!;
      expect(label).toBe(a.label);
      expect(ready).toBe(a.ready ? "yes" : "no");
      expect(route).toBe(routeTitle(a.recommended));
      if (a.ready) {
        expect(time).toBe("now");
        expect(a.months).toBe(0);
      } else {
        expect(time).toMatch(new RegExp(`\\b${a.months} months$`));
      }
      if (a.gaps.length === 0) expect(gaps).toBe("none");
      else expect(gaps).not.toBe("none");
    });
  });

  it("--json agrees with the group table (--exact shows the same counts)", async () => {
    expect(exact.code).toBe(0);
    const group = new Map(boxRows(exact.stdout, "The group").map((r) => [r[0]!, r[1]!]));
    expect(group.get("Attendees assessed")).toBe(String(j.summary.attendees));
    expect(group.get("Ready to apply now")).toBe(String(j.summary.ready));
    for (const [id, n] of Object.entries(j.summary.byRoute)) expect(group.get(`Best route: ${routeTitle(id)}`)).toBe(String(n));
    const gapCounts = [...group].filter(([k]) => k.startsWith("Gap: ")).map(([, v]) => Number(v));
    expect(gapCounts).toEqual(j.summary.commonGaps.slice(0, 5).map((g) => g.count));
    expect(group.get("Median typing speed")).toBe(`${Math.round(j.summary.medianTypingWpm!)} wpm (of 5 who knew it)`);
  });

  it("labels are row numbers, and no name appears anywhere, unless --names", async () => {
    expect(j.attendees.map((a) => a.label)).toEqual(["row 1", "row 2", "row 3", "row 4", "row 5"]);
    for (const out of [table.stdout, table.stderr, exact.stdout, jsonRun.stdout, jsonRun.stderr]) {
      for (const name of NAMES) for (const part of name.split(" ")) expect(out).not.toMatch(new RegExp(`\\b${part}\\b`));
    }
  });

  it("--names shows the names in the table and the JSON", async () => {
    const named = await runCli(["workshop", GROUP, "--names"], { env: { COLUMNS: "200" } });
    expect(named.code).toBe(0);
    expect(boxRows(named.stdout, "Attendees").map((r) => r[0])).toEqual(NAMES);
    const namedJson = JSON.parse((await runCli(["workshop", GROUP, "--json", "--names"])).stdout) as WorkshopJson;
    expect(namedJson.attendees.map((a) => a.label)).toEqual(NAMES);
  });

  it("shows counts of 1 and 2 as 'fewer than 3', and as numbers with --exact", async () => {
    const group = new Map(boxRows(table.stdout, "The group").map((r) => [r[0]!, r[1]!]));
    expect(group.get("Ready to apply now")).toBe("fewer than 3");
    expect(group.get(`Best route: ${routeTitle("apprenticeship")}`)).toBe("fewer than 3");
    expect(table.stdout).toMatch(/--exact/);
    const exactGroup = new Map(boxRows(exact.stdout, "The group").map((r) => [r[0]!, r[1]!]));
    expect(exactGroup.get("Ready to apply now")).toBe("1");
    expect(exactGroup.get(`Best route: ${routeTitle("apprenticeship")}`)).toBe("1");
    expect(exact.stdout).not.toContain("fewer than");
    // Counts of 3 or more are shown either way.
    const threes = [...group].filter(([k, v]) => k.startsWith("Gap: ") && exactGroup.get(k) === "3").map(([, v]) => v);
    expect(threes.length).toBeGreaterThan(0);
    expect(threes.every((v) => v === "3")).toBe(true);
  });

  it("COLUMNS=60 --plain has no box drawing and no line over 80 columns", async () => {
    const plain = await runCli(["workshop", GROUP, "--plain"], { env: { COLUMNS: "60" } });
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toMatch(BOX);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    for (const line of plain.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    expect(plain.stdout).toContain("row 5");
    expect(plain.stdout).toContain("Ready to apply now");
  });
});

describe("list items that are not mappings", () => {
  // A JSON list holding one long string was read as a mapping of a key per
  // character: 200,000 errors, then a stack overflow spreading them (exit 1).
  it.each([
    ["long.json", `[{"experience": {}}, "${"x".repeat(200_000)}", null]`],
    ["long.yaml", `- experience: {}\n- ${"x".repeat(200_000)}\n- null\n`],
  ])("%s: one error per bad item, naming the file, and exit 65", async (name, text) => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    const r = await runCli(["workshop", file]);
    expect(r.code).toBe(65);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toContain(`2 rows of ${file} skipped:`);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}row 2, \(item\): line \d+: is text; it should be a mapping of answers/));
    // A null item says it is empty, not that `experience` is missing.
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}row 3, \(item\): line \d+: is empty; /));
    expect(r.stderr).not.toContain("experience: is required");
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(r.stdout).toContain("Attendees assessed");
  });
});

describe("a CSV with 2 bad rows of 6", () => {
  let r: Run;
  beforeAll(async () => {
    r = await runCli(["workshop", SIX_ROWS], { env: { COLUMNS: "200" } });
  });

  it("exits 65 and lists each bad row with its column and problem on stderr", async () => {
    expect(r.code).toBe(65);
    // The file is named: a facilitator may run several.
    expect(r.stderr.split("\n")).toContain(`2 rows of ${SIX_ROWS} skipped:`);
    expect(r.stderr).toMatch(/^ {2}row 3, Typing speed \(wpm\): \S.*$/m);
    expect(r.stderr).toMatch(/^ {2}row 6, Office or admin experience \(months\): \S.*$/m);
    expect(r.stderr).toMatch(/Ignored columns.*Timestamp/);
  });

  it("still prints the 4 good attendees, by row", async () => {
    expect(boxRows(r.stdout, "Attendees").map((row) => row[0])).toEqual(["row 2", "row 4", "row 5", "row 7"]);
    expect(new Map(boxRows(r.stdout, "The group").map((row) => [row[0], row[1]])).get("Attendees assessed")).toBe("4");
  });

  it("--json gives the 4 attendees and the 2 errors, exit 65", async () => {
    const jr = await runCli(["workshop", SIX_ROWS, "--json"]);
    expect(jr.code).toBe(65);
    const j = JSON.parse(jr.stdout) as WorkshopJson;
    expectContract(j);
    expect(j.summary.attendees).toBe(4);
    expect(j.attendees.map((a) => a.label)).toEqual(["row 2", "row 4", "row 5", "row 7"]);
    expect(j.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "Typing speed (wpm)"],
      [6, "Office or admin experience (months)"],
    ]);
  });

  it("shows no name on stdout or stderr without --names", async () => {
    for (const name of SIX_ROW_NAMES) for (const part of name.split(" ")) expect(r.stdout + r.stderr).not.toMatch(new RegExp(`\\b${part}\\b`));
  });
});

describe("--handouts", () => {
  const handoutFiles = (dir: string) => readdirSync(dir).sort();

  it("writes one Markdown and one self-contained HTML handout per attendee, with the chart", async () => {
    const dir = join(tmp, "group");
    const r = await runCli(["workshop", GROUP, "--handouts", dir]);
    expect(r.code).toBe(0);
    const files = handoutFiles(dir);
    expect(files).toHaveLength(10);
    expect(files.filter((f) => f.endsWith(".md"))).toHaveLength(5);
    expect(files.filter((f) => f.endsWith(".html"))).toHaveLength(5);
    for (const f of files) {
      expect(f).toMatch(/^[0-9]{3}-[a-z0-9-]+\.(md|html)$/);
      const body = readFileSync(join(dir, f), "utf8");
      if (f.endsWith(".html")) {
        expect(body).toMatch(/^<!doctype html>/i);
        expect(body).toContain("<svg");
        expect(body).toMatch(/@media print/);
        expect(body).toMatch(/size:\s*A4/);
        expect(body).not.toMatch(/<script/i);
        expect(body).not.toMatch(/\b(?:src|href|xlink:href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?\/\//i);
        expect(body).not.toMatch(/url\(\s*["']?\s*(?:https?:)?\/\//i);
        expect(body).not.toMatch(/@import|<link\b|<iframe|<img\b|<object|<embed/i);
      } else {
        expect(body).toMatch(/^# /);
        expect(body).toContain("## Pay year by year");
      }
    }
    // The apprentice's handout carries the pay chart's figures.
    expect(readFileSync(join(dir, "001-ann-ashworth.md"), "utf8")).toMatch(/\| 1 \| £[\d,]+ \| .*apprenticeship/);
  });

  it("will not overwrite without --force: exit 2 and nothing written; with --force it replaces them", async () => {
    const dir = join(tmp, "again");
    expect((await runCli(["workshop", GROUP, "--handouts", dir])).code).toBe(0);
    const files = handoutFiles(dir);
    // Mark one file, and remove another, to see whether a second run touches either.
    const marked = join(dir, files[0]!);
    const removed = join(dir, files[1]!);
    writeFileSync(marked, "sentinel");
    unlinkSync(removed);
    const before = new Map(readdirSync(dir).map((f) => [f, { mtime: statSync(join(dir, f)).mtimeMs, body: readFileSync(join(dir, f), "utf8") }]));

    const refused = await runCli(["workshop", GROUP, "--handouts", dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--force/);
    expect(refused.stdout).toBe("");
    const after = new Map(readdirSync(dir).map((f) => [f, { mtime: statSync(join(dir, f)).mtimeMs, body: readFileSync(join(dir, f), "utf8") }]));
    expect(after).toEqual(before);

    const forced = await runCli(["workshop", GROUP, "--handouts", dir, "--force"]);
    expect(forced.code).toBe(0);
    expect(handoutFiles(dir)).toEqual(files);
    expect(readFileSync(marked, "utf8")).not.toBe("sentinel");
    expect(readFileSync(removed, "utf8")).toMatch(/^# |^<!doctype/i);
  });

  // An answers list checks `name` against the schema (at most 200 characters);
  // a CSV cell has no such limit, so it gets the 300-character one.
  const hostile = (long: number) => ["../../etc/passwd", "CON", "a/b\\c", "   ", "😀 Zoë", "x".repeat(long), "<script>", "Zoe", "..", "-", "nul.txt"];

  it.each([
    ["a JSON list", "hostile.json", () => JSON.stringify(hostile(200).map((name) => ({ name, typingWpm: 40, experience: {} })))],
    ["a CSV", "hostile.csv", () => `Name,Typing speed\r\n${hostile(300).map((n) => `"${n.replace(/"/g, '""')}",40`).join("\r\n")}\r\n`],
  ])("hostile labels from %s give safe, unique file names inside DIR, and escaped HTML", async (_what, file, content) => {
    const HOSTILE = hostile(0);
    const parent = join(tmp, `hostile-${file}`);
    mkdirSync(parent);
    const input = join(parent, file);
    writeFileSync(input, content());
    const dir = join(parent, "out");
    const r = await runCli(["workshop", input, "--handouts", dir], { cwd: parent });
    expect(r.code).toBe(0);
    // Nothing outside DIR: the parent holds only the input and DIR.
    expect(readdirSync(parent).sort()).toEqual([file, "out"].sort());
    const files = handoutFiles(dir);
    expect(files).toHaveLength(HOSTILE.length * 2);
    expect(new Set(files).size).toBe(files.length);
    for (const f of files) {
      expect(f).toMatch(/^[0-9]{3}-[a-z0-9-]+\.(md|html)$/);
      expect(statSync(join(dir, f)).isFile()).toBe(true);
      expect(f.length).toBeLessThanOrEqual(60);
    }
    const html = files.filter((f) => f.endsWith(".html")).map((f) => readFileSync(join(dir, f), "utf8"));
    for (const h of html) expect(h).not.toMatch(/<script/i);
    expect(html.some((h) => h.includes("&lt;script&gt;"))).toBe(true);
    expect(html.some((h) => h.includes("😀 Zoë"))).toBe(true);
    // Summaries still show no name.
    for (const name of ["passwd", "Zoë", "Zoe", "<script>", "xxxxxxxxxx"]) expect(r.stdout).not.toContain(name);
  });
});

describe("usage errors (exit 2)", () => {
  it("--save without --live", async () => {
    const r = await runCli(["workshop", GROUP, "--save", join(tmp, "saved")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--save/);
    expect(r.stdout).toBe("");
  });

  it("no responses file: a hint to use --template", async () => {
    const r = await runCli(["workshop"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/workshop --template/);
    expect(r.stdout).toBe("");
  });

  it("--live with stdin not a terminal", async () => {
    const r = await runCli(["workshop", "--live"], { input: "A.B.\n" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/terminal/);
    expect(r.stdout).toBe("");
  });
});
