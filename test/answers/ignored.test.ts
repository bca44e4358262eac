// Answers the rules do not use for the person who gave them (Welsh outside
// Wales, years on a band with no band, time out of work for someone in work):
// read, ignored, and said as a warning, never an error. Each warning is
// checked against the engine: the answer changes nothing in the report but
// its own row in "What you told us".
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ignoredAnswers, parseAnswers } from "../../src/answers/parse.js";
import { assess } from "../../src/engine/assess.js";
import { AGE_GROUPS, CURRENT_JOBS, NATIONS, type Profile } from "../../src/engine/types.js";
import { ANSWERS, type AskedContext } from "../../src/model/answers.js";
import { assessJson } from "../../src/render/json.js";
import { readCsvResponses } from "../../src/workshop/responses.js";
import { runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const dir = mkdtempSync(join(tmpdir(), "medsec-ignored-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const read = (text: string) => parseAnswers(text, dataset, "me.yaml");
const ignored = (text: string) => ignoredAnswers(read(text)).map((a) => a.key);

/** The report as scripts read it: what the rules decide, without "What you told us" (where a given answer shows, used or not). */
const verdict = (p: Profile) => JSON.stringify(assessJson(assess(p, dataset), dataset));

describe("an answer the rules ignore", () => {
  it.each<[string, string, string, string]>([
    ["welsh outside Wales", "nation: england\nwelsh: fluent\nexperience: {}\n", "welsh", "welsh"],
    ["welsh with no nation (England)", "welsh: learning\nexperience: {}\n", "welsh", "welsh"],
    ["years on a band without the band", "currentJob: nhs-admin\nbandYears: 6\nexperience: {}\n", "bandYears", "bandYears"],
    ["time out of work, for someone in work", "currentJob: office\nageGroup: 21+\noutOfWorkMonths: 120\nexperience: {}\n", "outOfWorkMonths", "outOfWorkMonths"],
    // The engine works out pay from a band only for NHS staff (isNhsStaff), and reads no band for these jobs.
    ...(["office", "not-working", "care-or-private-healthcare", "customer-facing", "secretarial"] as const).map((job) => [`a band, for a job of ${job}`, `currentJob: ${job}\nnhsBand: "5"\nexperience: {adminMonths: 36, healthcareMonths: 36}\n`, "nhsBand", "nhsBand"] as [string, string, string, string]),
    ["years on a band, for GP practice staff", 'currentJob: gp-practice\nnhsBand: "5"\nbandYears: 3\nexperience: {adminMonths: 36, healthcareMonths: 36}\n', "bandYears", "bandYears"],
  ])("%s: is named, and changes nothing the rules decide", (_, text, key) => {
    expect(ignored(text)).toEqual([key]);
    const given = read(text);
    const without = { ...given } as Record<string, unknown>;
    delete without[key];
    expect(verdict(given)).toBe(verdict(without as unknown as Profile));
  });

  it.each([
    ["welsh in Wales", "nation: wales\nwelsh: fluent\nexperience: {}\n"],
    ["years on a band with the band", "currentJob: nhs-admin\nnhsBand: 3\nbandYears: 6\nexperience: {}\n"],
    ["time out of work, not in work", "currentJob: not-working\nageGroup: 21+\noutOfWorkMonths: 120\nexperience: {}\n"],
    // Not asked of a school leaver, nor of someone who did not say what they do; but the rules use it for them.
    ["time out of work, a school leaver", "currentJob: not-working\nageGroup: 16-17\noutOfWorkMonths: 120\nexperience: {}\n"],
    ["time out of work, job not said", "outOfWorkMonths: 120\nexperience: {}\n"],
  ])("%s: no warning, and the rules use it", (_, text) => {
    expect(ignored(text)).toEqual([]);
    const given = read(text);
    const key = ["welsh", "bandYears", "outOfWorkMonths"].find((k) => k in given)!;
    const without = { ...given } as Record<string, unknown>;
    delete without[key];
    expect(verdict(given)).not.toBe(verdict(without as unknown as Profile));
  });

  it("a band and its years, for a job outside the NHS: both named, and neither changes what the rules decide", () => {
    const text = 'currentJob: office\nnhsBand: "5"\nbandYears: 3\nexperience: {adminMonths: 36, healthcareMonths: 36}\n';
    expect(ignored(text)).toEqual(["nhsBand", "bandYears"]);
    const given = read(text);
    const { nhsBand: _b, bandYears: _y, ...without } = given;
    expect(verdict(given)).toBe(verdict(without));
  });

  it("a band, for GP practice staff: not named, as it says whether they may hold the role already", () => {
    const text = 'currentJob: gp-practice\nnhsBand: "4"\nexperience: {adminMonths: 36, healthcareMonths: 36}\n';
    expect(ignored(text)).toEqual([]);
  });

  it("is said on the file's line, naming the job", async () => {
    const path = file("s.yaml", 'experience: {adminMonths: 36, healthcareMonths: 36}\ncurrentJob: gp-practice\nnhsBand: "5"\nbandYears: 3\n');
    const r = await runCli(["assess", "--answers", path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("s.yaml:4: bandYears: ignored: years on a band are used only for the pay of NHS staff (a trust or board), and currentJob is gp-practice");
  });

  it("is never one the questionnaire would ask of that person", () => {
    const context = fc.record(
      {
        nation: fc.constantFrom(...NATIONS),
        nationAssumed: fc.constant(true as const),
        currentJob: fc.constantFrom(...CURRENT_JOBS),
        nhsBand: fc.constantFrom("2", "3", "8a"),
        ageGroup: fc.constantFrom(...AGE_GROUPS),
      },
      { requiredKeys: ["nation"] },
    );
    fc.assert(
      fc.property(context, (ctx: AskedContext) => {
        for (const def of ANSWERS) if (def.ignoredWhen?.when(ctx)) expect(def.askedWhen?.(ctx), def.key).toBe(false);
      }),
    );
  });
});

describe("the warning", () => {
  it("assess --answers names the file, line and key on stderr; the report and exit code are as without it", async () => {
    const path = file("welsh.yaml", "nation: scotland\nexperience: {}\nwelsh: fluent\n");
    const r = await runCli(["assess", "--answers", path, "--format", "plain"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${path}:3: welsh: ignored: Welsh is used only for work in Wales, and nation is scotland\n`);
    expect(r.stdout).toContain("Welsh: fluent");
  });

  it("says where England is assumed, and each ignored answer once", async () => {
    const path = file("all.yaml", "welsh: none\nbandYears: 2\ncurrentJob: office\noutOfWorkMonths: 30\nexperience: {}\n");
    const r = await runCli(["assess", "--answers", path, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("warning: ") && l.includes(": ignored: "))).toEqual([
      `warning: ${path}:4: outOfWorkMonths: ignored: time since the last paid work is used only for someone not in work, and currentJob is office`,
      `warning: ${path}:1: welsh: ignored: Welsh is used only for work in Wales, and no nation is given, so England is assumed`,
      `warning: ${path}:2: bandYears: ignored: years on a band are used only with the band, and nhsBand is not given`,
    ]);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it("compare warns of each file's", async () => {
    const before = file("before.yaml", "experience: {}\n");
    const after = file("after.yaml", "experience: {}\nbandYears: 1\n");
    const r = await runCli(["compare", before, after, "--format", "plain"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${after}:2: bandYears: ignored:`);
    expect(r.stderr).not.toContain(before);
  });

  it("--set warns of what its changes leave ignored, and not again of the file's own", async () => {
    const path = file("set.yaml", "welsh: fluent\nexperience: {}\n");
    const r = await runCli(["assess", "--answers", path, "--set", "currentJob=office", "--set", "outOfWorkMonths=24", "--format", "plain"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning: --set: outOfWorkMonths: ignored: time since the last paid work is used only for someone not in work, and currentJob is office\n");
    expect(r.stderr.match(/welsh: ignored/g)).toHaveLength(1);
  });

  it("--set that makes the file's answer count: no warning for it", async () => {
    const path = file("we.yaml", "experience: {}\nnation: england\nwelsh: fluent\n");
    const r = await runCli(["assess", "--answers", path, "--set", "nation=wales", "--format", "plain"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("ignored");
  });

  it("--set that leaves the file's answer ignored: said once, at the file's line, with the reason as the answers now stand", async () => {
    const path = file("ws.yaml", "experience: {}\nnation: england\nwelsh: fluent\n");
    const r = await runCli(["assess", "--answers", path, "--set", "nation=scotland", "--format", "plain"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("ws.yaml:3: welsh: ignored: Welsh is used only for work in Wales, and nation is scotland\n");
    expect(r.stderr.match(/welsh: ignored/g)).toHaveLength(1);
  });

  it("a workshop sheet lists them by row and column after the table, and still assesses the row", async () => {
    const csv = "Nation,Welsh,Current job\nengland,fluent,office\nwales,fluent,office\n";
    expect(readCsvResponses(csv, dataset).attendees).toHaveLength(2);
    const r = await runCli(["workshop", "-", "--plain"], { input: csv });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("1 answer was ignored, as the rules do not use it for the attendee who gave it:\n  row 2, Welsh: ignored: Welsh is used only for work in Wales, and Nation is england\n");
  });

  it("a workshop sheet names the other answer by the sheet's column, and a JSON list by its key", async () => {
    const csv = "Current job (office etc),Time since last paid work (months),NHS band (if NHS staff),Years on band\noffice,24,,\nnhs-admin,,,3\n";
    const r = await runCli(["workshop", "-", "--plain"], { input: csv });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("row 2, Time since last paid work (months): ignored: time since the last paid work is used only for someone not in work, and Current job is office\n");
    expect(r.stderr).toContain("row 3, Years on band: ignored: years on a band are used only with the band, and NHS band is not given\n");
    const list = JSON.stringify([{ currentJob: "office", outOfWorkMonths: 24, experience: {} }]);
    const j = await runCli(["workshop", "-", "--plain"], { input: list });
    expect(j.stderr).toContain("and currentJob is office\n");
  });

  it("a workshop lists the first 100 ignored answers, as the README says, and counts the rest", async () => {
    const csv = "Nation,Welsh\n" + "england,fluent\n".repeat(150);
    const r = await runCli(["workshop", "-", "--plain", "--summary"], { input: csv });
    expect(r.code).toBe(0);
    expect(r.stderr.match(/^ {2}row \d+, Welsh: ignored/gm)).toHaveLength(100);
    expect(r.stderr).toContain("  and 50 more\n");
  });

  it("a workshop list names the item and key", async () => {
    const r = await runCli(["workshop", "-", "--json"], { input: "- bandYears: 3\n  experience: {}\n- experience: {}\n" });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("  row 1, bandYears: ignored: years on a band are used only with the band, and nhsBand is not given\n");
  });
});
