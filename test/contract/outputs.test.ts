// Every `--json` output against its schema (src/render/output-schemas.ts), the
// contract docs/contract.md describes: first as the built CLI prints it for
// the examples and fixtures, then as the renderers build it in-process for
// many more people than it is worth spawning a process for. The schemas are
// strict, so a field that appears or goes without the schema changing fails
// here; the last tests check that they are, and that the outputs checked hold
// every field of every schema at least once.
import { checkFreshness } from "../../src/engine/freshness.js";
import { freshnessJson } from "../../src/render/freshness.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { TYPING_WPM_MAX } from "../../src/answers/limits.js";
import { parseAnswers } from "../../src/answers/parse.js";
import { jsonSchemas } from "../../src/build/compile-data.js";
import { readPassagesFile } from "../../src/data/passages.js";
import { assess } from "../../src/engine/assess.js";
import { compareReports } from "../../src/engine/compare.js";
import { inNation } from "../../src/engine/gaps.js";
import { findSupplements, payScale } from "../../src/engine/pay.js";
import { NATIONS, type Profile, type Report } from "../../src/engine/types.js";
import { typingOutcome, type Keystroke, type TypingRun } from "../../src/engine/typing.js";
import { qualificationsJson, roleJson, rolesJson, routesJson } from "../../src/render/catalogue-json.js";
import { changeJson } from "../../src/render/change-json.js";
import { assessJson, bandsJson, toJson } from "../../src/render/json.js";
import { OUTPUTS } from "../../src/render/output-schemas.js";
import { typingJson } from "../../src/render/typing.js";
import { workshopJson } from "../../src/render/workshop.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";
import { exampleProfile } from "../helpers/examples.js";

type OutputName = keyof typeof OUTPUTS;
const NAMES = Object.keys(OUTPUTS) as OutputName[];

/** What the schema finds wrong with a value, one line a problem: [] when it is right. */
function problems(name: OutputName, value: unknown): string[] {
  const result = (OUTPUTS[name].schema as z.ZodType).safeParse(value);
  return result.success ? [] : result.error.issues.slice(0, 10).map((i) => `${i.path.join(".") || "(the whole)"}: ${i.message}`);
}

/** As a script reads it: through JSON text, where an undefined field is no field at all. */
const wire = (value: unknown): unknown => JSON.parse(toJson(value));

const dataset = shippedDataset();
const EXAMPLES = readdirSync(join(ROOT, "examples")).sort();
const ANSWERS = join("test", "fixtures", "answers");
const WORKSHOP = join("test", "fixtures", "workshop");

// ---------- the CLI ----------

interface Case {
  output: OutputName;
  args: string[];
  /** Some rows could not be read (65): the others are still printed. */
  codes?: number[];
}

const roleIds = dataset.roles.map((r) => r.id);
/** Sheets with no heading the tool knows: not one row can be read. */
const UNREADABLE = ["names-only.csv", "no-known-headers.csv"];
const CASES: Case[] = [
  { output: "bands-output", args: ["bands"] },
  { output: "bands-output", args: ["bands", "--nation", "scotland"] },
  { output: "bands-output", args: ["bands", "--area", "inner-london", "--band", "4"] },
  ...NATIONS.flatMap((n): Case[] => [
    { output: "roles-output", args: ["roles", "--nation", n] },
    { output: "routes-output", args: ["routes", "--nation", n] },
    { output: "qualifications-output", args: ["qualifications", "--nation", n] },
  ]),
  { output: "qualifications-output", args: ["qualifications"] },
  ...roleIds.map((id): Case => ({ output: "role-output", args: ["role", id] })),
  { output: "role-output", args: ["role", "medical-secretary", "--nation", "northern-ireland"] },
  ...EXAMPLES.map((f): Case => ({ output: "assess-output", args: ["assess", "--answers", join("examples", f)] })),
  ...["full.yaml", "minimal.yaml"].map((f): Case => ({ output: "assess-output", args: ["assess", "--answers", join(ANSWERS, f)] })),
  { output: "assess-output", args: ["assess", "--answers", "examples/school-leaver.yaml", "--set", "typingWpm=55", "--set", "qualifications=[gcse-english]"] },
  { output: "assess-output", args: ["assess", "--answers", "examples/gp-receptionist.json", "--set", "currentJob=nhs-admin", "--set", "nhsBand=5", "--set", "target=clinical-coder"] },
  { output: "compare-output", args: ["compare", "examples/school-leaver.yaml", "examples/school-leaver-6-months-on.yaml"] },
  { output: "compare-output", args: ["compare", "examples/career-changer.yaml", "examples/gp-receptionist.json"] },
  ...readdirSync(join(ROOT, WORKSHOP))
    .filter((f) => !UNREADABLE.includes(f))
    .sort()
    .map((f): Case => ({ output: "workshop-output", args: ["workshop", join(WORKSHOP, f)], codes: [0, 65] })),
  { output: "workshop-output", args: ["workshop", join(WORKSHOP, "group.yaml"), "--names"] },
  { output: "data-check-output", args: ["data", "--check", "--today", "2026-12-03"] },
  { output: "data-check-output", args: ["data", "--check"] },
];

describe("the CLI's --json", () => {
  const printed = new Map<Case, { code: number; stderr: string; value: unknown }>();

  beforeAll(async () => {
    for (const c of CASES) {
      const r = await runCli([...c.args, "--json"]);
      let value: unknown;
      try {
        value = JSON.parse(r.stdout);
      } catch {
        value = `not JSON: ${r.stdout.slice(0, 200)}`;
      }
      printed.set(c, { code: r.code, stderr: r.stderr, value });
    }
  });

  it.each(NAMES.filter((n) => n !== "typing-test-output"))("%s: every run prints what its schema describes", (name) => {
    const cases = CASES.filter((c) => c.output === name);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const { code, stderr, value } = printed.get(c)!;
      const command = `medsec-path ${c.args.join(" ")} --json`;
      expect(c.codes ?? [0], `${command} exited ${code}: ${stderr}`).toContain(code);
      expect(problems(name, value), command).toEqual([]);
    }
  });

  it("a sheet that cannot be read at all prints no JSON, only the problem on stderr, and exits 65", async () => {
    for (const f of UNREADABLE) {
      const r = await runCli(["workshop", join(WORKSHOP, f), "--json"]);
      expect(r.code, f).toBe(65);
      expect(r.stdout, f).toBe("");
      expect(r.stderr, f).toContain("no column heading is one medsec-path knows");
    }
  });

  it("workshop --json writes its keys in the order it streams them, and the fixtures include rows it could not read", () => {
    const groups = CASES.filter((c) => c.output === "workshop-output").map((c) => printed.get(c)!.value as { errors: unknown[] });
    for (const group of groups) expect(Object.keys(group)).toEqual(["attendees", "errors", "summary"]);
    expect(groups.some((g) => g.errors.length > 0)).toBe(true);
  });

  describe("every field of every schema appears in some output checked", () => {
    it.each(NAMES)("%s", (name) => {
      const seen = new Set<string>();
      for (const c of CASES.filter((k) => k.output === name)) pathsIn(printed.get(c)!.value, "", seen);
      for (const value of inProcess()[name]) pathsIn(value, "", seen);
      const unseen = [...schemaPaths(jsonSchema(name))].filter((p) => !seen.has(p));
      expect(unseen, "no output checked here holds these fields: add an input that gives them").toEqual([]);
    });
  });

  describe("the schemas are strict: a field added to or taken from any object fails", () => {
    it.each(NAMES)("%s", (name) => {
      const sample = name === "typing-test-output" ? inProcess()[name] : CASES.filter((c) => c.output === name).map((c) => printed.get(c)!.value);
      const tried = new Set<string>();
      for (const value of sample) {
        for (const at of objectsIn(value, jsonSchema(name))) {
          if (tried.has(at.key)) continue;
          tried.add(at.key);
          const added = structuredClone(value);
          objectAt(added, at.path)["fieldNoOneDefined"] = 1;
          expect(problems(name, added), `a field added at ${at.key || "the top"}`).not.toEqual([]);
          if (at.required) {
            const taken = structuredClone(value);
            delete objectAt(taken, at.path)[at.required];
            expect(problems(name, taken), `${at.required} taken from ${at.key || "the top"}`).not.toEqual([]);
          }
        }
      }
      expect(tried.size).toBeGreaterThan(0);
    });
  });
});

// ---------- the renderers, in-process ----------

const fixtureProfile = (file: string): Profile => parseAnswers(readFileSync(join(ROOT, ANSWERS, file), "utf8"), dataset, file);

/** Everyone the tests know, aiming at every role, as they are and as NHS staff of two kinds and as GP practice staff. */
function reports(): Report[] {
  const people = [...EXAMPLES.map(exampleProfile), fixtureProfile("full.yaml"), fixtureProfile("minimal.yaml")];
  const jobs: Partial<Profile>[] = [{}, { currentJob: "nhs-admin", nhsBand: "4" }, { currentJob: "nhs-clinical", nhsBand: "5" }, { currentJob: "gp-practice" }];
  return people.flatMap((p) => roleIds.flatMap((target) => jobs.map((job) => assess({ ...p, ...job, target }, dataset))));
}

function typingOutcomes() {
  const passage = readPassagesFile(join(ROOT, "data", "passages.yaml"))[0]!;
  const typed = (text: string, msEach: number, ended: TypingRun["ended"], endedAt?: number): TypingRun => {
    const keys: Keystroke[] = [...text].map((c, i) => ({ kind: "char", char: c, at: 1_000 + i * msEach }));
    return { keys, endedAt: endedAt ?? 1_000 + text.length * msEach, ended };
  };
  const runs: [number, TypingRun][] = [
    [60, typed(`${passage.text.slice(0, 120)}zz`, 250, "time", 61_000)],
    [60, typed(passage.text, 150, "finished")],
    [30, typed(passage.text.slice(0, 40), 300, "stopped")],
    [60, typed(passage.text.slice(0, 30), 1, "pasted")],
    [60, typed("", 1, "stopped", 5_000)],
    [60, typed("Most", 1, "stopped")],
  ];
  return runs.map(([limit, r]) => typingOutcome(passage, limit, r, dataset, TYPING_WPM_MAX));
}

let built: Record<OutputName, unknown[]> | undefined;
/** Each output, built by its renderer for many inputs, as a script would read it. */
function inProcess(): Record<OutputName, unknown[]> {
  if (built) return built;
  const all = reports();
  const scales = dataset.pay.tables.flatMap((table) => {
    const supplements = findSupplements(dataset.pay, table.nation, table.payYear);
    return [payScale(table), payScale(table, { band: "4" }), ...(supplements?.areas ?? []).map((area) => payScale(table, { area, supplements }))];
  });
  // And one whose later answers leave a skill to be implied: since a qualification no longer overrides an answer (issue 15), only a blank is.
  const implied = assess({ ...fixtureProfile("minimal.yaml"), currentJob: "nhs-clinical" }, dataset);
  // And one who gave answers added since 0.2 (years on the band, part-time hours): their notes and pay point are findings (issue 21).
  const adult = assess({ ...fixtureProfile("full.yaml"), currentJob: "nhs-admin", nhsBand: "3", bandYears: 2, hoursPerWeek: 20 }, dataset);
  // And one whose pay point is below the legal minimum an hour (Northern Ireland's band 2 before its 2026/27 award).
  const belowMinimum = assess({ ...fixtureProfile("full.yaml"), nation: "northern-ireland", currentJob: "nhs-clinical", nhsBand: "2", bandYears: 6, age: 41 }, dataset);
  const pairs = [...all.slice(1).map((after, i) => [all[i]!, after] as const).filter((_, i) => i % 7 === 0), [all[0]!, implied] as const, [adult, adult] as const, [belowMinimum, belowMinimum] as const];
  const entries = all.filter((_, i) => i % 5 === 0).map((report, i) => ({ row: i + 2, ...(i % 2 ? { name: `Attendee ${i}` } : {}), report }));
  const rowErrors = [{ row: 7, column: "Typing speed (wpm)", message: "should be a number of words per minute" }];
  built = {
    "bands-output": scales.map(bandsJson),
    "roles-output": NATIONS.map((n) => rolesJson(dataset, n)),
    "role-output": NATIONS.flatMap((n) => dataset.roles.map((r) => roleJson(r, dataset, n))),
    "routes-output": NATIONS.map((n) => routesJson(dataset, n)),
    "qualifications-output": [
      ...[undefined, ...NATIONS].map((n) => qualificationsJson(dataset.qualifications.filter((q) => inNation(q, n)), n)),
      // No shipped qualification shows a typing speed yet; a --data folder's may.
      qualificationsJson([{ ...dataset.qualifications[0]!, grants: { typingWpm: 40, audioTyping: true } }], undefined),
    ],
    "assess-output": [...all, adult, belowMinimum].map((r, i) => assessJson(r, dataset, i % 3 === 0 ? "The pay shown is for 2025/26." : undefined)),
    "compare-output": pairs.map(([a, b]) => ({ before: { file: "a.yaml", report: assessJson(a, dataset) }, after: { file: "b.yaml", report: assessJson(b, dataset) }, change: changeJson(compareReports(a, b), dataset) })),
    "workshop-output": [workshopJson(entries, rowErrors, false), workshopJson(entries, [], true), workshopJson([], [], false)],
    "typing-test-output": typingOutcomes().map(typingJson),
    // Today, and a day far enough on that every source is stale (and one with nothing unconfirmed).
    "data-check-output": [
      freshnessJson(checkFreshness(dataset, "2026-12-03"), dataset),
      freshnessJson(checkFreshness(dataset, "2040-01-01"), dataset),
      freshnessJson(checkFreshness({ ...dataset, qualifications: [], pay: { ...dataset.pay, unconfirmed: [] } }, "2000-01-01"), dataset),
    ],
  };
  for (const name of NAMES) built[name] = built[name].map(wire);
  return built;
}

describe("the renderers' JSON, built in-process", () => {
  it.each(NAMES)("%s: every one is what its schema describes", (name) => {
    const values = inProcess()[name];
    expect(values.length).toBeGreaterThan(0);
    values.forEach((value, i) => expect(problems(name, value), `${name} #${i}`).toEqual([]));
  });

  it("the typing test's outcomes include scored runs and each way of not being scored", () => {
    const outs = inProcess()["typing-test-output"] as { scored: boolean; reason?: string }[];
    expect(outs.filter((o) => o.scored).length).toBeGreaterThanOrEqual(2);
    expect(new Set(outs.map((o) => o.reason).filter(Boolean))).toEqual(new Set(["pasted", "nothing-typed", "too-short"]));
  });
});

// ---------- walking a value beside its JSON Schema ----------

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

const jsonSchema = (name: OutputName) => jsonSchemas()[`${name}.schema.json`] as JsonSchema;

/** Every field the schema names, as a path: `routes[].steps[].pay.kept`. A record's own keys are data, not fields. */
function schemaPaths(schema: JsonSchema, at = "", out = new Set<string>()): Set<string> {
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    const path = at ? `${at}.${key}` : key;
    out.add(path);
    schemaPaths(sub, path, out);
  }
  if (schema.items) schemaPaths(schema.items, `${at}[]`, out);
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) schemaPaths(branch, at, out);
  return out;
}

/** The paths of the fields a JSON value holds, in the same form. */
function pathsIn(value: unknown, at: string, out: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => pathsIn(v, `${at}[]`, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      const path = at ? `${at}.${key}` : key;
      out.add(path);
      pathsIn(v, path, out);
    }
  }
}

/** The branches of a schema that describe an object. */
const objectSchemas = (s: JsonSchema): JsonSchema[] => [s, ...(s.anyOf ?? []), ...(s.oneOf ?? [])].filter((b) => b.properties !== undefined);

/** Each object in the value whose schema allows no other fields, with the way to it and a field it must have. */
function objectsIn(value: unknown, schema: JsonSchema, path: (string | number)[] = [], key = ""): { path: (string | number)[]; key: string; required?: string }[] {
  if (Array.isArray(value)) {
    const items = [schema, ...(schema.anyOf ?? [])].find((s) => s.items)?.items;
    return items ? value.flatMap((v, i) => objectsIn(v, items, [...path, i], `${key}[]`)) : [];
  }
  if (value === null || typeof value !== "object") return [];
  const branches = objectSchemas(schema);
  const strict = branches.length > 0 && branches.every((b) => b.additionalProperties === false);
  const here = strict ? [{ path, key, required: branches[0]!.required?.[0] }] : [];
  return [
    ...here,
    ...Object.entries(value).flatMap(([k, v]) => {
      const sub = branches.map((b) => b.properties![k]).find(Boolean);
      return sub ? objectsIn(v, sub, [...path, k], key ? `${key}.${k}` : k) : [];
    }),
  ];
}

function objectAt(root: unknown, path: (string | number)[]): Record<string, unknown> {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root) as Record<string, unknown>;
}
