// `data --check`: what the next review should look at, counted from a day
// the test chooses (--today), so that the answer does not move with the clock.
import { describe, expect, it } from "vitest";
import { checkFreshness, monthsBefore } from "../../src/engine/freshness.js";
import { runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";

interface Check {
  today: string;
  cutoff: string;
  stale: { file: string; item: string; field: string; url: string; date: string; dateKind: string }[];
  unconfirmed: { file: string; item: string; what: string; url: string | null }[];
}

describe("medsec-path data --check", () => {
  it("counts 18 calendar months back, clamped to the month's end", () => {
    expect(monthsBefore("2026-12-03", 18)).toBe("2025-06-03");
    expect(monthsBefore("2026-08-31", 18)).toBe("2025-02-28");
    expect(monthsBefore("2026-01-15", 18)).toBe("2024-07-15");
  });

  it("lists every source dated before the cutoff, and only those", async () => {
    const run = await runCli(["data", "--check", "--today", "2026-12-03", "--json"]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Check;
    expect(out.cutoff).toBe("2025-06-03");
    expect(out.stale.length).toBeGreaterThan(0);
    for (const s of out.stale) expect(s.date < out.cutoff, `${s.item} ${s.date}`).toBe(true);
    // The 2017 terminology guide and the 2013 National 5 pages are due a look; a page read this week is not.
    expect(out.stale.some((s) => s.item === "amspar-medical-terminology" && s.dateKind === "asOf" && s.date === "2017-02-01")).toBe(true);
    expect(out.stale.some((s) => s.item === "national-5-english")).toBe(true);
    expect(out.stale.some((s) => s.item === "t-level-management-administration")).toBe(false);
    // The trainee pay rates' sources (2019, 2017) are in bands.yaml, outside any pay table.
    expect(out.stale.filter((s) => s.item === "traineePay").map((s) => s.field).sort()).toEqual(["apprentices", "source"]);
    // A source last read recently counts from that day, not the document's own (the PDA's 2017 document was read on 2026-12-03).
    expect(out.stale.some((s) => s.item === "sqa-pda-medical-administration" && s.field === "source")).toBe(false);
    // Oldest first.
    expect(out.stale.map((s) => s.date)).toEqual([...out.stale.map((s) => s.date)].sort());
  });

  it("moves with the day it is given: the same data, three years on, has more to look at", async () => {
    const now = checkFreshness(shippedDataset(), "2026-12-03");
    const later = checkFreshness(shippedDataset(), "2029-12-03");
    expect(later.stale.length).toBeGreaterThan(now.stale.length);
    expect(later.stale.some((s) => s.item === "t-level-management-administration" && s.dateKind === "seen")).toBe(true);
    // Only each nation's newest pay table is checked, and in 2029 England's 2026/27 one is old.
    expect(later.stale.filter((s) => s.file === "bands.yaml").map((s) => s.item)).toContain("england 2026/27");
    expect(now.stale.filter((s) => s.file === "bands.yaml").map((s) => s.item)).not.toContain("england 2025/26");
  });

  it("lists every unconfirmed qualification and every pay table not yet published", async () => {
    const out = JSON.parse((await runCli(["data", "--check", "--today", "2026-12-03", "--json"])).stdout) as Check;
    const dataset = shippedDataset();
    const expected = dataset.qualifications.filter((q) => q.status === "unconfirmed").map((q) => q.id);
    expect(expected).toContain("sqa-pda-medical-administration");
    expect(out.unconfirmed.filter((u) => u.file === "qualifications.yaml").map((u) => u.item).sort()).toEqual(expected.sort());
    expect(out.unconfirmed.filter((u) => u.file === "bands.yaml").length).toBe(dataset.pay.unconfirmed.length);
  });

  it("prints a readable list without --json, with the way to refresh a source", async () => {
    const run = await runCli(["data", "--check", "--today", "2026-12-03"], { env: { NO_COLOR: "1" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Data check, as of 2026-12-03/);
    expect(run.stdout).toMatch(/Sources older than 18 months \(before 2025-06-03\): \d+/);
    expect(run.stdout).toMatch(/qualifications\.yaml, amspar-medical-terminology, source: dated 2017-02-01/);
    expect(run.stdout).toMatch(/Not confirmed: \d+/);
    expect(run.stdout).toMatch(/To refresh a source/);
    expect(run.stderr).toBe("");
  });

  it("is a usage error without --check, or with a day that does not exist", async () => {
    const bare = await runCli(["data"]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/data --check/);
    const bad = await runCli(["data", "--check", "--today", "2026-02-30"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a date/);
  });

  it("has help with examples and its exit codes", async () => {
    const help = await runCli(["data", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:[\s\S]*medsec-path data --check/);
    expect(help.stdout).toMatch(/Exit codes: 0 the check ran/);
  });
});
