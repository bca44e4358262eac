// Every command, run as a user would: the table (colour off), its --json
// contract (docs/contract.md) and the bands options and their usage errors.

import { describe, expect, it } from "vitest";
import { jsonCli, runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";
import { ANSI, expectQuietStderr, SCHOOL_LEAVER } from "../helpers/expect.js";
import { CONTRACT_QUALIFICATIONS } from "../helpers/contract.js";

const dataset = shippedDataset();
const englandYears = dataset.pay.tables
  .filter((t) => t.nation === "england")
  .map((t) => t.payYear)
  .sort();
const newestEngland = englandYears.at(-1)!;

const TABLE_COMMANDS: [string, string[]][] = [
  ["bands", ["bands"]],
  ["roles", ["roles"]],
  ["role medical-secretary", ["role", "medical-secretary"]],
  ["routes", ["routes"]],
  ["qualifications", ["qualifications"]],
  ["assess --answers", ["assess", "--answers", SCHOOL_LEAVER]],
];

describe("table output (NO_COLOR=1)", () => {
  it.each(TABLE_COMMANDS)("%s prints a table, exit 0, nothing on stderr, no colour", async (_name, args) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expectQuietStderr(r.stderr);
    expect(r.stdout).not.toMatch(ANSI);
    // The qualifications' ids (essential-skills-wales-communication-l2) and their columns cannot sit
    // side by side whole in 80 columns: a block per qualification, its id on a line of its own.
    expect(r.stdout).toMatch(_name === "qualifications" ? /^essential-skills-wales-communication-l2$/m : /┌.*┐/);
    expect(r.stdout.endsWith("\n")).toBe(true);
    expect(r.stdout).toMatchSnapshot();
  });
});

// ---- JSON contracts ---------------------------------------------------------

const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

interface BandsJson {
  nation: string;
  payYear: string;
  effectiveFrom: string;
  source: string;
  area?: { id: string; percent: number; min: number; max: number };
  bands: { band: string; min: number; max: number; points: { afterYears: number; salary: number; supplement?: number; total?: number }[] }[];
}

function expectBandsShape(j: BandsJson): void {
  expect(isString(j.nation)).toBe(true);
  expect(j.payYear).toMatch(/^\d{4}\/\d{2}$/);
  expect(j.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(j.source).toMatch(/^https:\/\//);
  expect(Array.isArray(j.bands)).toBe(true);
  expect(j.bands.length).toBeGreaterThan(0);
  for (const b of j.bands) {
    expect(isString(b.band)).toBe(true);
    expect(isNumber(b.min) && isNumber(b.max)).toBe(true);
    expect(b.points.length).toBeGreaterThan(0);
    expect(b.points[0]!.afterYears).toBe(0);
    for (const p of b.points) expect(isNumber(p.afterYears) && isNumber(p.salary)).toBe(true);
    const years = b.points.map((p) => p.afterYears);
    expect(years).toEqual([...years].sort((x, y) => x - y));
    expect(b.min).toBe(Math.min(...b.points.map((p) => p.salary)));
    expect(b.max).toBe(Math.max(...b.points.map((p) => p.salary)));
  }
}

interface AssessJson {
  target: { id: string; title: string; bands: string[] };
  ready: boolean;
  gaps: { id: string; status: string; have: string; need: string; closedBy: string[]; essential: boolean }[];
  routes: { id: string; rank: number; reasons: string[]; months: number; steps: { title: string; months: number; band: string | null }[] }[];
  recommended: string | null;
}

describe("--json contracts", () => {
  it("bands --json", async () => {
    const r = await runCli(["bands", "--json"]);
    expect(r.code).toBe(0);
    expectQuietStderr(r.stderr);
    const j = JSON.parse(r.stdout) as BandsJson;
    expectBandsShape(j);
    expect(j.bands.map((b) => b.band)).toEqual(expect.arrayContaining(["2", "3", "4", "5"]));
  });

  it("roles --json lists every role with its bands", async () => {
    const j = await jsonCli(["roles"]) as { nation: string; payYear: string | null; roles: { id: string; title: string; bands: string[]; requirements: unknown[] }[] };
    expect(j.nation).toBe("england");
    expect(j.payYear).toBe(newestEngland);
    const ids = j.roles.map((r) => r.id);
    for (const id of ["medical-receptionist", "medical-secretary", "senior-medical-secretary", "medical-pa", "secretarial-team-leader", "practice-manager", "clinical-coder"]) {
      expect(ids).toContain(id);
    }
    for (const role of j.roles) {
      expect(isString(role.title)).toBe(true);
      expect(Array.isArray(role.bands)).toBe(true);
      expect(Array.isArray(role.requirements)).toBe(true);
    }
  });

  it("role medical-secretary --json has the requirement ids docs/contract.md names", async () => {
    const j = await jsonCli(["role", "medical-secretary"]) as { id: string; title: string; bands: string[]; requirements: { id: string; essential: boolean }[]; leadsTo: string[] };
    expect(j.id).toBe("medical-secretary");
    expect(j.title).toBe("Medical secretary");
    expect(j.bands).toEqual(["3", "4"]);
    const ids = j.requirements.map((q) => q.id);
    for (const id of ["typing-speed", "audio-typing", "medical-terminology", "english-maths", "office-skills", "admin-experience", "healthcare-experience"]) {
      expect(ids).toContain(id);
    }
    expect(Array.isArray(j.leadsTo)).toBe(true);
  });

  it("routes --json lists the routes docs/contract.md names", async () => {
    const j = await jsonCli(["routes"]) as { routes: { id: string; title: string; steps: unknown[] }[] };
    const ids = j.routes.map((r) => r.id);
    for (const id of ["apprenticeship", "amspar-diploma", "receptionist-stepping-stone", "direct-application"]) expect(ids).toContain(id);
    for (const route of j.routes) {
      expect(isString(route.title)).toBe(true);
      expect(route.steps.length).toBeGreaterThan(0);
    }
  });

  it("qualifications --json lists the qualification ids docs/contract.md names", async () => {
    const j = await jsonCli(["qualifications"]) as { qualifications: { id: string; title: string }[] };
    const ids = j.qualifications.map((q) => q.id);
    for (const id of CONTRACT_QUALIFICATIONS) {
      expect(ids).toContain(id);
    }
  });

  it("assess --answers … --json follows the contract", async () => {
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--json"]);
    expect(r.code).toBe(0);
    expectQuietStderr(r.stderr);
    expect(r.stdout).not.toMatch(ANSI);
    const j = JSON.parse(r.stdout) as AssessJson;

    expect(j.target).toMatchObject({ id: "medical-secretary", title: "Medical secretary" });
    expect(j.target.bands).toEqual(["3", "4"]);
    expect(typeof j.ready).toBe("boolean");

    expect(j.gaps.length).toBeGreaterThan(0);
    for (const g of j.gaps) {
      expect(isString(g.id)).toBe(true);
      expect(["met", "partial", "missing", "unknown"]).toContain(g.status);
      expect(isString(g.have) && isString(g.need)).toBe(true);
      expect(Array.isArray(g.closedBy) && g.closedBy.every(isString)).toBe(true);
      expect(typeof g.essential).toBe("boolean");
    }
    const gapIds = j.gaps.map((g) => g.id);
    for (const id of ["typing-speed", "audio-typing", "medical-terminology", "english-maths", "office-skills", "admin-experience", "healthcare-experience"]) {
      expect(gapIds).toContain(id);
    }
    // ready is true exactly when every essential requirement is met.
    expect(j.ready).toBe(j.gaps.filter((g) => g.essential).every((g) => g.status === "met"));
    // The school leaver types 30 wpm against 50, has no audio typing, and holds GCSEs.
    expect(j.ready).toBe(false);
    expect(j.gaps.find((g) => g.id === "typing-speed")).toMatchObject({ status: "missing", have: "30 wpm", need: "50 wpm" });
    expect(j.gaps.find((g) => g.id === "audio-typing")?.status).toBe("missing");
    expect(j.gaps.find((g) => g.id === "english-maths")?.status).toBe("met");

    expect(j.routes.length).toBeGreaterThan(0);
    expect(j.routes.map((r) => r.rank)).toEqual(j.routes.map((_, i) => i + 1));
    for (const route of j.routes) {
      expect(isString(route.id)).toBe(true);
      expect(route.reasons.length).toBeGreaterThan(0);
      expect(route.reasons.every(isString)).toBe(true);
      expect(isNumber(route.months)).toBe(true);
      expect(route.steps.length).toBeGreaterThan(0);
      for (const s of route.steps) {
        expect(isString(s.title)).toBe(true);
        expect(isNumber(s.months)).toBe(true);
        expect(s.band === null || isString(s.band)).toBe(true);
      }
      // A route's months cover its steps'.
      expect(route.months).toBe(route.steps.reduce((a, s) => a + s.months, 0));
    }
    expect(j.recommended).toBe(j.routes[0]!.id);
    // Someone who needs a wage and has no experience: the paid apprenticeship.
    expect(j.recommended).toBe("apprenticeship");
    // A ready applicant would be sent straight to apply; this one is not.
    expect(j.routes.map((r) => r.id)).not.toContain("direct-application");
  });

  it("assess --format json is the same as --json", async () => {
    const a = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--json"]);
    const b = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--format", "json"]);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });
});

describe("assess --format markdown", () => {
  it("is a Markdown document with the requirements table", async () => {
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER, "--format", "markdown"]);
    expect(r.code).toBe(0);
    expectQuietStderr(r.stderr);
    expect(r.stdout).toMatch(/^# \S/);
    expect(r.stdout).toContain("| Requirement |");
    expect(r.stdout).toMatch(/^\| --- \|/m);
    expect(r.stdout).not.toMatch(ANSI);
    // No box drawing: that belongs to the terminal table.
    expect(r.stdout).not.toMatch(/[┌│└]/);
  });
});

// ---- bands options ----------------------------------------------------------

describe("bands", () => {
  it("defaults to England and the newest pay year in the data", async () => {
    const j = await jsonCli(["bands"]) as BandsJson;
    expect(j.nation).toBe("england");
    expect(englandYears.length).toBeGreaterThan(1);
    expect(j.payYear).toBe(newestEngland);
    expect(await jsonCli(["bands", "--nation", "england", "--year", newestEngland])).toEqual(j);
    const table = await runCli(["bands"]);
    expect(table.stdout.split("\n")[0]).toContain(`England, ${newestEngland}`);
  });

  it("--year 2025/26 shows that year", async () => {
    const j = await jsonCli(["bands", "--year", "2025/26"]) as BandsJson;
    expectBandsShape(j);
    expect(j.payYear).toBe("2025/26");
    expect(j.effectiveFrom).toBe("2025-04-01");
    expect(j.nation).toBe("england");
    const table = await runCli(["bands", "--year", "2025/26"]);
    expect(table.code).toBe(0);
    expect(table.stdout.split("\n")[0]).toContain("2025/26");
    expect(table.stdout).toContain("1 April 2025");
  });

  it("--band takes a band as people write it: 8A and Band 3, as answers files do", async () => {
    expect((await jsonCli(["bands", "--band", "8A"]) as BandsJson).bands.map((b) => b.band)).toEqual(["8a"]);
    expect((await jsonCli(["bands", "--band", "Band 3"]) as BandsJson).bands.map((b) => b.band)).toEqual(["3"]);
  });

  it("--band 4 shows band 4 only", async () => {
    const j = await jsonCli(["bands", "--band", "4"]) as BandsJson;
    expect(j.bands.map((b) => b.band)).toEqual(["4"]);
    const table = await runCli(["bands", "--band", "4"]);
    expect(table.code).toBe(0);
    const rows = table.stdout.split("\n").filter((l) => /^│ \S/.test(l) && !l.startsWith("│ Band"));
    expect(rows.map((l) => l.split("│")[1]!.trim())).toEqual(["4"]);
  });

  it("--area inner-london adds the High Cost Area Supplement", async () => {
    const args = ["bands", "--year", "2026/27", "--band", "3", "--area", "inner-london"];
    const j = await jsonCli(args) as BandsJson;
    expect(j.area).toMatchObject({ id: "inner-london", percent: 20, min: 5794 });
    const entry = j.bands[0]!.points[0]!;
    // 20% of £25,760 is £5,152, under the £5,794 minimum, so the minimum applies.
    expect(entry).toEqual({ afterYears: 0, salary: 25760, supplement: 5794, total: 31554 });

    const table = await runCli(args);
    expect(table.code).toBe(0);
    expectQuietStderr(table.stderr);
    expect(table.stdout).toContain("£25,760");
    expect(table.stdout).toContain("£31,554 with supplement");
    expect(table.stdout).toContain("Inner London");
  });

  it("--area with --nation scotland is a usage error", async () => {
    const r = await runCli(["bands", "--nation", "scotland", "--area", "inner-london"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/supplement/i);
    expect(r.stderr).toContain("England");
    expect(r.stderr).not.toContain("    at ");
  });

  it("an unknown year exits 2 and lists the years held", async () => {
    const r = await runCli(["bands", "--year", "1999/00"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("1999/00");
    for (const y of englandYears) expect(r.stderr).toContain(y);
  });

  it.each([["2025-26"], ["2025/2026"], ["2025–26"]])("--year %s suggests the year as the data writes it, 2025/26", async (year) => {
    const r = await runCli(["bands", "--year", year]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`no England pay table for ${year} (did you mean 2025/26?)`);
  });

  it("--year written well but not held suggests no other year", async () => {
    const r = await runCli(["bands", "--year", "2031-32"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("did you mean");
    for (const y of englandYears) expect(r.stderr).toContain(y);
  });

  it("an unknown band exits 2 and lists the bands", async () => {
    const r = await runCli(["bands", "--band", "99"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('"99"');
    const table = dataset.pay.tables.find((t) => t.nation === "england" && t.payYear === newestEngland)!;
    expect(r.stderr).toContain(table.bands.map((b) => b.band).join(", "));
  });

  it("Northern Ireland 2026/27 exits 2 and says why there is no table", async () => {
    const gap = dataset.pay.unconfirmed.find((u) => u.nation === "northern-ireland" && u.payYear === "2026/27" && u.what === "pay-table");
    expect(gap?.why).toBeTruthy();
    const r = await runCli(["bands", "--nation", "northern-ireland", "--year", "2026/27"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("2026/27");
    expect(r.stderr).toContain(gap!.why);
    // And where to look instead: the year that is held.
    expect(r.stderr).toContain("2025/26");
  });
});
