// The data loader: every mistake in a --data folder is one DataError (exit 65)
// naming the file, the line and the field, never a stack trace or a crash.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { layerPassages } from "../../src/data/passages.js";
import { jsonSchemas } from "../../src/build/compile-data.js";
import { DATA_FOLDER_FILES, EMPTY_DATASET, loadDataLayer } from "../../src/data/load.js";
import type { Dataset } from "../../src/engine/types.js";
import { DataError, UsageError, type Issue } from "../../src/errors.js";
import { ROOT } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";
import { CONTRACT_QUALIFICATIONS, CONTRACT_ROLES } from "../helpers/contract.js";

const BAD = join(ROOT, "test/fixtures/bad-data");
const GOOD = join(ROOT, "test/fixtures/good-data");

/** Loads a folder that must fail, and returns the DataError it fails with. */
function failure(dir: string, base: Dataset = shippedDataset(), requireAll = false): DataError {
  let caught: unknown;
  try {
    loadDataLayer(dir, base, requireAll);
  } catch (e) {
    caught = e;
  }
  expect(caught, `${dir} should not load`).toBeInstanceOf(DataError);
  const error = caught as DataError;
  expect(error.exitCode).toBe(65);
  expect(error.issues.length).toBeGreaterThan(0);
  // A message for people: no stack frames in what the CLI prints.
  expect(error.message).not.toContain("    at ");
  return error;
}

/** The one issue about `field` (or, for problems with no field, the only issue). */
function issueAbout(error: DataError, field?: string): Issue {
  const matching = error.issues.filter((i) => i.field === field);
  expect(matching, `issues: ${JSON.stringify(error.issues)}`).toHaveLength(1);
  return matching[0]!;
}

interface BadCase {
  name: string;
  file: string;
  line: number;
  field?: string;
  message: RegExp;
  base?: () => Dataset;
}

/** The shipped data without Scotland's tables: no pay table has band 1. */
function shippedWithoutBand1(): Dataset {
  const base = structuredClone(shippedDataset());
  base.pay.tables = base.pay.tables.filter((t) => !t.bands.some((b) => b.band === "1"));
  expect(base.pay.tables.length).toBeGreaterThan(0);
  return base;
}

const CASES: BadCase[] = [
  { name: "bad-yaml", file: "roles.yaml", line: 4, message: /not valid YAML/ },
  { name: "missing-field", file: "roles.yaml", line: 3, field: "roles[0].summary", message: /is required/ },
  { name: "wrong-type", file: "roles.yaml", line: 5, field: "roles[0].bands", message: /should be array, not number/ },
  // No band that passes the schema's pattern is absent from every shipped table
  // (band 1 is Scotland's), so over the shipped data the schema catches "12"...
  { name: "unknown-band", file: "roles.yaml", line: 5, field: "roles[0].bands[0]", message: /Agenda for Change band/ },
  // ...and the cross-file check catches a valid band name that has no pay table.
  {
    name: "absent-band",
    file: "roles.yaml",
    line: 7,
    field: "roles[0].bands[0]",
    message: /"1" is not a band in any pay table/,
    base: shippedWithoutBand1,
  },
  { name: "unknown-leads-to", file: "roles.yaml", line: 10, field: "roles[0].leadsTo[1]", message: /"medical-secertary" is not a role id/ },
  { name: "duplicate-id", file: "roles.yaml", line: 10, field: "roles[1]", message: /"trust-admin-lead" appears twice/ },
  { name: "unknown-skip-role", file: "routes.yaml", line: 14, field: "routes[0].steps[0].skipIfReadyFor", message: /"medical-secertary" is not a role id/ },
  { name: "unknown-step-key", file: "routes.yaml", line: 14, field: "routes[0].steps[0].setings", message: /not a known field/ },
  { name: "bad-status", file: "qualifications.yaml", line: 8, field: "qualifications[0].status", message: /open|withdrawn|unconfirmed/ },
  { name: "bad-seen", file: "qualifications.yaml", line: 10, field: "qualifications[0].seen", message: /YYYY-MM-DD/ },
  { name: "impossible-date", file: "qualifications.yaml", line: 10, field: "qualifications[0].seen", message: /a day on the calendar/ },
  {
    name: "pay-out-of-order",
    file: "bands.yaml",
    line: 12,
    field: "tables[0].bands[0].points[2].afterYears",
    message: /in order of afterYears/,
  },
  { name: "deep-nesting", file: "roles.yaml", line: 3, message: /nested more than 64 levels/ },
  { name: "apostrophe-nesting", file: "roles.yaml", line: 4, message: /nested more than 64 levels/ },
  { name: "self-leads-to", file: "roles.yaml", line: 10, field: "roles[0].leadsTo[1]", message: /cannot lead to itself/ },
  { name: "not-a-number", file: "bands.yaml", line: 10, field: "tables[0].bands[0].points[0].salary", message: /should be a finite number, not NaN/ },
  // The schema says "must be whole pounds"; that, not "should be int, not number", is what a person should read.
  {
    name: "fractional-salary",
    file: "bands.yaml",
    line: 10,
    field: "tables[0].bands[0].points[0].salary",
    message: /whole pounds/,
  },
];

describe("loadDataLayer: one broken file per mistake, layered over the shipped data", () => {
  it.each(CASES)("$name: names $file, line $line and the field", ({ name, file, line, field, message, base }) => {
    const dir = join(BAD, name);
    const path = join(dir, file);
    // The fixture must hold just the one file under test.
    expect(readdirSync(dir)).toEqual([file]);
    const error = failure(dir, base?.());
    const issue = issueAbout(error, field);
    expect(issue.file).toBe(path);
    expect(issue.line).toBe(line);
    expect(issue.field).toBe(field);
    expect(issue.message).toMatch(message);
    // The printed message carries all three, in the file:line: field: form.
    expect(error.message).toContain(field ? `${path}:${line}: ${field}: ` : `${path}:${line}: `);
  });

  it("the line numbers point at the offending text in the fixture", async () => {
    // Guards the hand-written numbers above against edits to the fixtures.
    const lineOf = (name: string, file: string, n: number) => readFileSync(join(BAD, name, file), "utf8").split("\n")[n - 1] ?? "";
    expect(lineOf("bad-yaml", "roles.yaml", 4)).toMatch(/title: Admin lead: outpatients/);
    expect(lineOf("missing-field", "roles.yaml", 3)).toMatch(/^ {2}- id: trust-admin-lead/);
    expect(lineOf("wrong-type", "roles.yaml", 5)).toMatch(/bands: 4$/);
    expect(lineOf("unknown-band", "roles.yaml", 5)).toMatch(/bands: \["12"\]/);
    expect(lineOf("absent-band", "roles.yaml", 7)).toMatch(/- "1"/);
    expect(lineOf("unknown-leads-to", "roles.yaml", 10)).toMatch(/- medical-secertary/);
    expect(lineOf("duplicate-id", "roles.yaml", 10)).toMatch(/^ {2}- id: trust-admin-lead/);
    expect(lineOf("unknown-step-key", "routes.yaml", 14)).toMatch(/setings: hospital-trust/);
    expect(lineOf("pay-out-of-order", "bands.yaml", 12)).toMatch(/afterYears: 2,/);
    expect(lineOf("deep-nesting", "roles.yaml", 3)).toMatch(/\[{65}/);
    expect(lineOf("apostrophe-nesting", "roles.yaml", 4)).toMatch(/\[{65}/);
    expect(lineOf("self-leads-to", "roles.yaml", 10)).toMatch(/- trust-admin-lead/);
    expect(lineOf("not-a-number", "bands.yaml", 10)).toMatch(/salary: \.nan/);
    expect(lineOf("fractional-salary", "bands.yaml", 10)).toMatch(/salary: 26000.50/);
  });

  it("every band name the schema allows has a shipped pay table (why absent-band needs a reduced base)", async () => {
    const shipped = new Set(shippedDataset().pay.tables.flatMap((t) => t.bands.map((b) => b.band)));
    for (const b of ["1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"]) expect(shipped.has(b), `band ${b}`).toBe(true);
  });

  it("a file with a name the loader does not read is named, with the names it does read", async () => {
    const dir = join(BAD, "unknown-file");
    const error = failure(dir);
    const issue = issueAbout(error, undefined);
    expect(issue.file).toBe(join(dir, "role.yaml"));
    expect(issue.message).toMatch(/not a data file/);
    for (const name of ["bands.yaml", "qualifications.yaml", "roles.yaml", "routes.yaml"]) expect(issue.message).toContain(name);
  });

  it("a folder that does not exist is a usage error (exit 2) that says so, not a crash", async () => {
    const load = () => loadDataLayer(join(BAD, "no-such-folder"), shippedDataset());
    expect(load).toThrow(UsageError);
    expect(load).toThrow(/no such folder/);
    try {
      load();
    } catch (e) {
      expect((e as UsageError).exitCode).toBe(2);
      // The hint names every file the loader reads, from the loader's own list.
      expect(DATA_FOLDER_FILES).toEqual(expect.arrayContaining(["bands.yaml", "roles.yaml", "qualifications.yaml", "routes.yaml", "nations.yaml", "passages.yaml"]));
      for (const name of DATA_FOLDER_FILES) expect((e as UsageError).hint).toContain(name);
    }
  });

  it("with requireAll, each missing data file is named", async () => {
    const dir = join(GOOD, "overlay");
    const error = failure(dir, EMPTY_DATASET, true);
    const missing = error.issues.filter((i) => i.message === "is missing").map((i) => i.file);
    expect(missing.sort()).toEqual(["bands.yaml", "nations.yaml", "qualifications.yaml", "routes.yaml"].map((f) => join(dir, f)));
  });

  it("does not change the base dataset it is given, even when it fails", async () => {
    const base = shippedDataset();
    const before = structuredClone(base);
    failure(join(BAD, "unknown-leads-to"), base);
    loadDataLayer(join(GOOD, "overlay"), base);
    expect(base).toEqual(before);
  });
});

describe("loadDataLayer: a valid overlay", () => {
  it("adds a new role and replaces a shipped role with the same id", async () => {
    const shipped = shippedDataset();
    const merged = loadDataLayer(join(GOOD, "overlay"), shipped);

    const added = merged.roles.find((r) => r.id === "trust-admin-lead");
    expect(added).toMatchObject({ title: "Outpatient admin lead", bands: ["4", "5"], leadsTo: ["practice-manager"] });
    // Defaults fill what the file leaves out.
    expect(added?.requirements).toEqual([]);

    const replaced = merged.roles.filter((r) => r.id === "ward-clerk");
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatchObject({ title: "Ward clerk (our trust)", leadsTo: ["medical-secretary", "trust-admin-lead"] });
    // Replaced whole, not merged: the shipped requirements are gone.
    expect(replaced[0]!.requirements).toEqual([]);

    // Everything else is the shipped data, in the shipped order, with the new role last.
    expect(merged.roles.map((r) => r.id)).toEqual([...shipped.roles.map((r) => r.id), "trust-admin-lead"]);
    for (const role of shipped.roles.filter((r) => r.id !== "ward-clerk")) {
      expect(merged.roles.find((r) => r.id === role.id)).toEqual(role);
    }
    expect(merged.pay).toEqual(shipped.pay);
    expect(merged.routes).toEqual(shipped.routes);
    expect(merged.qualifications).toEqual(shipped.qualifications);
  });
});

describe("loadDataLayer: a folder that breaks what the shipped data relies on", () => {
  /** A folder holding one file, written from an item of the shipped data changed by `edit`. */
  function folderWith(file: string, list: "qualifications" | "routes", id: string, edit: (item: Record<string, unknown>) => void): string {
    const dir = mkdtempSync(join(tmpdir(), "medsec-shipped-"));
    const item = structuredClone((shippedDataset()[list] as unknown as { id: string }[]).find((x) => x.id === id)) as unknown as Record<string, unknown>;
    edit(item);
    writeFileSync(join(dir, file), stringify({ [list]: [item] }));
    return dir;
  }

  it("a qualification withdrawn in the folder that a shipped route still sends people to is named at that route", async () => {
    const dir = folderWith("qualifications.yaml", "qualifications", "amspar-medical-terminology", (q) => Object.assign(q, { status: "withdrawn", withdrawnOn: "2026-01-01" }));
    try {
      const error = failure(dir);
      const step = shippedDataset().routes.find((r) => r.id === "terminology-top-up")!.steps.findIndex((x) => x.qualification === "amspar-medical-terminology");
      expect(step).toBeGreaterThanOrEqual(0);
      const issue = error.issues.find((i) => i.field === `routes.terminology-top-up.steps[${step}].qualification`);
      expect(issue, JSON.stringify(error.issues)).toBeDefined();
      expect(issue!.file).toBe("shipped routes.yaml");
      expect(issue!.message).toMatch(/was withdrawn on 2026-01-01.*give your own version of it, with the same id, in the folder's routes\.yaml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a shipped route that goes through a role no route now leads to is named, not dropped", async () => {
    // The folder's medical-secretary routes aim elsewhere: nothing leads to medical-secretary.
    const dir = mkdtempSync(join(tmpdir(), "medsec-shipped-"));
    const leading = shippedDataset().routes.filter((r) => r.targets.includes("medical-secretary"));
    const retargeted = leading.map((r) => ({ ...structuredClone(r), targets: r.targets.filter((t) => t !== "medical-secretary").concat(r.targets.length === 1 ? ["clinic-administrator"] : []) }));
    writeFileSync(join(dir, "routes.yaml"), stringify({ routes: retargeted }));
    try {
      const error = failure(dir);
      expect(error.issues.some((i) => i.file === "shipped routes.yaml" && /no route leads to "medical-secretary"/.test(i.message))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("loadDataLayer: the day a source was last read", () => {
  /** A folder whose roles.yaml holds the shipped ward clerk with its source's `seen` set to `seen`. */
  function wardClerkSeen(seen: string): string {
    const dir = mkdtempSync(join(tmpdir(), "medsec-seen-"));
    const role = structuredClone(shippedDataset().roles.find((r) => r.id === "ward-clerk")!);
    writeFileSync(join(dir, "roles.yaml"), stringify({ roles: [{ ...role, source: { url: role.source.url, asOf: role.source.asOf, seen } }] }));
    return dir;
  }

  it("keeps a source's seen, and refuses one that is not a date, naming the field", async () => {
    const good = wardClerkSeen("2026-12-03");
    const bad = wardClerkSeen("2026-02-30");
    try {
      expect(loadDataLayer(good, shippedDataset()).roles.find((r) => r.id === "ward-clerk")!.source.seen).toBe("2026-12-03");
      const { issues } = failure(bad);
      expect(issues.find((i) => i.field === "roles[0].source.seen"), JSON.stringify(issues)).toBeDefined();
    } finally {
      rmSync(good, { recursive: true, force: true });
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe("the shipped data", () => {
  it("loads from data/ with every file required, and passes every check", async () => {
    const dataset = loadDataLayer(join(ROOT, "data"), EMPTY_DATASET, true);
    const roleIds = dataset.roles.map((r) => r.id);
    for (const id of CONTRACT_ROLES) {
      expect(roleIds).toContain(id);
    }
    const qualIds = dataset.qualifications.map((q) => q.id);
    for (const id of CONTRACT_QUALIFICATIONS) {
      expect(qualIds).toContain(id);
    }
    const routeIds = dataset.routes.map((r) => r.id);
    for (const id of ["apprenticeship", "amspar-diploma", "receptionist-stepping-stone", "direct-application"]) expect(routeIds).toContain(id);
    const secretary = dataset.roles.find((r) => r.id === "medical-secretary")!;
    const reqIds = secretary.requirements.map((q) => q.id);
    for (const id of ["typing-speed", "audio-typing", "medical-terminology", "english-maths", "office-skills", "admin-experience", "healthcare-experience"]) {
      expect(reqIds).toContain(id);
    }
    expect(dataset.pay.tables.length).toBeGreaterThan(0);
  });
});

describe("the committed JSON Schemas", () => {
  it("are exactly what jsonSchemas() generates from the zod schemas", async () => {
    const generated = jsonSchemas();
    const dir = join(ROOT, "schemas");
    const committed = readdirSync(dir).filter((f) => f.endsWith(".schema.json"));
    expect(committed.sort()).toEqual(Object.keys(generated).sort());
    for (const name of committed) {
      const onDisk = JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown;
      expect(onDisk, `schemas/${name} is stale: run node scripts/build.mjs`).toEqual(generated[name]);
    }
  });

  it("every data file points its editor at its schema", async () => {
    for (const name of ["bands", "qualifications", "roles", "routes", "passages"]) {
      const first = readFileSync(join(ROOT, "data", `${name}.yaml`), "utf8").split("\n")[0];
      expect(first).toBe(`# yaml-language-server: $schema=../schemas/${name}.schema.json`);
    }
  });
});

describe("a gap's closers must really close it", () => {
  it("refuses a requirement whose closedBy names a route with no step closing it", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "medsec-closers-"));
    writeFileSync(
      join(dir, "roles.yaml"),
      [
        "roles:",
        "  - id: test-role",
        "    title: Test role",
        '    bands: ["3"]',
        "    settings: [hospital-trust]",
        "    summary: A role for this test.",
        "    requirements:",
        "      - id: audio-typing",
        "        title: Audio typing",
        "        kind: audio-typing",
        "        essential: true",
        "        closedBy: [volunteering]",
        '    source: { url: "https://example.org/role", asOf: "2026-01-01" }',
        "",
      ].join("\n"),
    );
    const load = () => loadDataLayer(dir, shippedDataset());
    expect(load).toThrow(DataError);
    try {
      load();
    } catch (e) {
      const issue = (e as DataError).issues[0]!;
      expect(issue).toMatchObject({ line: 12, field: "roles[0].requirements[0].closedBy[0]" });
      expect(issue.message).toMatch(/"volunteering" does not close "audio-typing"/);
    }
  });
});

describe("placeholders in data text", () => {
  const root = mkdtempSync(join(tmpdir(), "medsec-placeholders-"));
  afterAll(async () => rmSync(root, { recursive: true, force: true }));

  it("a misspelt placeholder in a route is refused, naming the file, line and field, with the known ones", async () => {
    const shipped = readFileSync(join(ROOT, "data/routes.yaml"), "utf8");
    expect(shipped).toContain("title: Admin apprenticeship in {service}\n");
    writeFileSync(join(root, "routes.yaml"), shipped.replace("title: Admin apprenticeship in {service}\n", "title: Admin apprenticeship in {servce}\n"));
    const line = shipped.split("\n").findIndex((l) => l.includes("title: Admin apprenticeship in {service}")) + 1;
    const error = failure(root);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ file: join(root, "routes.yaml"), line, field: expect.stringMatching(/^routes\[\d+\]\.title$/) });
    expect(error.issues[0]!.message).toBe('"{servce}" is not a placeholder (did you mean {service}?); the placeholders are {role}, {aRole}, {service}, {serviceShort}, {jobsSite}, {apprenticeships}, {nation}, {practiceInspections}');
  });
});

describe("a data file that is not an ordinary file of a sane size", () => {
  const root = mkdtempSync(join(tmpdir(), "medsec-odd-data-"));
  afterAll(async () => rmSync(root, { recursive: true, force: true }));
  /** A folder holding roles.yaml made by `make`, and the one issue loading it gives. */
  function onlyIssue(name: string, make: (path: string) => void): Issue {
    const dir = join(root, name);
    mkdirSync(dir);
    make(join(dir, "roles.yaml"));
    const error = failure(dir);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.file).toBe(join(dir, "roles.yaml"));
    return error.issues[0]!;
  }

  it.each<[string, (path: string) => void, RegExp]>([
    ["a folder named roles.yaml", (p) => mkdirSync(p), /^is a folder; medsec-path reads this name as a data file, so rename or remove the folder$/],
    ["a link to nothing", (p) => symlinkSync(join(root, "nowhere.yaml"), p), /^is a link to ".*nowhere\.yaml", which does not exist; point the link at the file, or remove it$/],
    ["a link to /dev/zero (endless)", (p) => symlinkSync("/dev/zero", p), /^is not an ordinary file \(it is a pipe, socket or device\)/],
    ["a file of 600 MB (sparse: no disk used)", (p) => {
        writeFileSync(p, "");
        truncateSync(p, 600 * 1024 * 1024);
      }, /^holds more than 64 MB, the most medsec-path reads as a data file; check that it is the right file$/],
    ["a file saved as UTF-16", (p) => writeFileSync(p, Buffer.from("\ufeffroles:\n  - id: x\n", "utf16le")), /^is saved as UTF-16 text; save it as UTF-8 instead/],
  ])("%s: one issue naming the file, what is wrong and what to do", (name, make, message) => {
    expect(onlyIssue(name.replace(/\W+/g, "-"), make).message).toMatch(message);
  });

  it.runIf(spawnSync("mkfifo", ["--version"]).status === 0)("a FIFO is refused without waiting for a writer", () => {
    const issue = onlyIssue("fifo", (p) => expect(spawnSync("mkfifo", [p]).status).toBe(0));
    expect(issue.message).toMatch(/^is not an ordinary file \(it is a pipe, socket or device\)/);
  });

  it("passages.yaml is read the same way: a folder or a link to nothing is named, not skipped or a crash", async () => {
    for (const [name, make] of [
      ["passages-folder", (p: string) => mkdirSync(p)],
      ["passages-dangling", (p: string) => symlinkSync(join(root, "nowhere.yaml"), p)],
    ] as const) {
      const dir = join(root, name);
      mkdirSync(dir);
      make(join(dir, "passages.yaml"));
      expect(() => layerPassages([], dir)).toThrow(DataError);
      expect(() => layerPassages([], dir)).toThrow(new RegExp(`^${join(dir, "passages.yaml")}: is (a folder|a link to)`));
    }
  });
});
