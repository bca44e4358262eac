// The command-line conventions: colour, width, pipes, usage errors and their
// exit codes, --data, --version and --help.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";
import { ANSI, expectQuietStderr, SCHOOL_LEAVER } from "../helpers/expect.js";

const dataset = shippedDataset();
const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "medsec-e2e-"));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

const COLOURED = { NO_COLOR: undefined, FORCE_COLOR: "1" };

describe("colour", () => {
  it("NO_COLOR=1 gives no escape codes", async () => {
    for (const args of [["bands"], ["roles"], ["assess", "--answers", SCHOOL_LEAVER]]) {
      const r = await runCli(args, { env: { NO_COLOR: "1" } });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(ANSI);
    }
  });

  it("NO_COLOR=1 wins over FORCE_COLOR=1", async () => {
    const r = await runCli(["bands"], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("FORCE_COLOR=1 (NO_COLOR unset) colours the bands table", async () => {
    const r = await runCli(["bands"], { env: COLOURED });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ANSI);
    // The same text underneath as without colour.
    expect(stripVTControlCharacters(r.stdout)).toBe((await runCli(["bands"])).stdout);
  });

  it("FORCE_COLOR=1 colours the assess report's statuses", async () => {
    const r = await runCli(["assess", "--answers", SCHOOL_LEAVER], { env: COLOURED });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\x1b\[31mMissing/);
    expect(r.stdout).toMatch(/\x1b\[32mMet/);
  });

  it("--no-color with FORCE_COLOR=1 gives none", async () => {
    for (const args of [["--no-color", "bands"], ["bands", "--no-color"]]) {
      const r = await runCli(args, { env: COLOURED });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(ANSI);
      expect(r.stdout).toContain("NHS Agenda for Change pay");
    }
  });

  it.each([
    ["bands", ["bands", "--json"]],
    ["roles", ["roles", "--json"]],
    ["role", ["role", "medical-secretary", "--json"]],
    ["routes", ["routes", "--json"]],
    ["qualifications", ["qualifications", "--json"]],
    ["assess", ["assess", "--answers", SCHOOL_LEAVER, "--json"]],
    ["assess markdown", ["assess", "--answers", SCHOOL_LEAVER, "--format", "markdown"]],
  ])("%s machine output has no escapes even with FORCE_COLOR=1", async (_name, args) => {
    const r = await runCli(args, { env: COLOURED });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    if (args.includes("--json")) expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});

describe("width", () => {
  const widest = (text: string) =>
    stripVTControlCharacters(text)
      .split("\n")
      .filter((l) => l.length > 0 && !/^\s*https?:\/\/\S+$/.test(l))
      .map((l) => ({ width: l.length, line: l }))
      .sort((a, b) => b.width - a.width);

  const COMMANDS: [string, string[]][] = [
    ["bands", ["bands"]],
    ["roles", ["roles"]],
    ["assess", ["assess", "--answers", SCHOOL_LEAVER]],
  ];

  // Box-drawing characters and £ and – are one UTF-16 unit and one column each,
  // so string length is the width in columns. A line that is nothing but a URL
  // may overflow: breaking it would stop it working when copied or clicked.
  it.each(COMMANDS)("COLUMNS=60: every line of %s fits in 60 columns", async (_name, args) => {
    const r = await runCli(args, { env: { COLUMNS: "60" } });
    expect(r.code).toBe(0);
    const tooWide = widest(r.stdout).filter((l) => l.width > 60);
    expect(tooWide.map((l) => `${l.width}: ${l.line}`)).toEqual([]);
    // It did draw a table, and narrower than the default one; roles' ids and pay ranges
    // cannot sit side by side whole in 60 columns, so it prints a block per role instead.
    if (_name === "roles") for (const role of dataset.roles) expect(r.stdout.split("\n")).toContain(role.id);
    else expect(r.stdout).toMatch(/┌/);
  });

  it.each(COMMANDS)("default width: every line of %s fits in 80 columns", async (_name, args) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    const tooWide = widest(r.stdout).filter((l) => l.width > 80);
    expect(tooWide.map((l) => `${l.width}: ${l.line}`)).toEqual([]);
  });

  it.each(COMMANDS)("COLUMNS=40: %s fits, and cuts no word in two", async (_name, args) => {
    const r = await runCli(args, { env: { COLUMNS: "40" } });
    expect(r.code).toBe(0);
    const tooWide = widest(r.stdout).filter((l) => l.width > 40);
    expect(tooWide.map((l) => `${l.width}: ${l.line}`)).toEqual([]);
    // The words of the default width, none cut in pieces ("receptio", "nist"). Only the
    // heading of the column that names each block is not repeated in it.
    const words = (text: string) => new Set(text.split(/[^A-Za-z]+/).filter((w) => w.length > 1));
    const [narrow, wide] = [words(r.stdout), words((await runCli(args)).stdout)];
    expect([...narrow].filter((w) => !wide.has(w))).toEqual([]);
    const naming: Record<string, string[]> = { bands: ["Band"], roles: ["Id"], assess: ["Requirement", "Route", "Role"] };
    expect([...wide].filter((w) => !narrow.has(w))).toEqual(naming[_name]);
  });

  it("COLUMNS=40: roles prints a block per role, its id on a line of its own", async () => {
    const r = await runCli(["roles"], { env: { COLUMNS: "40" } });
    const lines = r.stdout.split("\n");
    for (const role of dataset.roles) expect(lines).toContain(role.id);
    expect(r.stdout).toMatch(/^ {2}Role: Medical receptionist$/m);
  });

  it("COLUMNS changes the table's width", async () => {
    const at = async (cols: string) => (await runCli(["roles"], { env: { COLUMNS: cols } })).stdout.split("\n").find((l) => l.startsWith("┌"))!.length;
    expect(await at("80")).toBeLessThanOrEqual(80);
    expect(await at("100")).toBeGreaterThan(await at("80"));
  });
});

describe("usage errors exit 2", () => {
  it("an unknown command suggests the closest", async () => {
    const r = await runCli(["bandz"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('"bandz"');
    expect(r.stderr).toMatch(/did you mean bands\?/);
  });

  it("an unknown flag", async () => {
    for (const args of [["bands", "--frobnicate"], ["--frobnicate"], ["roles", "--frobnicate"]]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("--frobnicate");
    }
  });

  it.each([["bands"], ["roles"], ["role", "medical-secretary"], ["routes"], ["qualifications"], ["typing-test"], ["workshop", "examples/school-leaver.yaml"]])(
    "%s --format json: no such option, and it says to use --json",
    async (...cmd) => {
      for (const format of [["--format", "json"], ["--format=json"], ["--format"]]) {
        const r = await runCli([...cmd, ...format]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe("");
        expect(r.stderr).toContain(`${cmd[0]} has no --format option; for JSON, add --json`);
        expect(r.stderr).toContain(`medsec-path ${cmd[0]} --help`);
      }
      // Not offered in help, where it would only mislead.
      expect((await runCli([cmd[0]!, "--help"])).stdout).not.toContain("--format");
    },
  );

  it.each([
    ["assess", "--answers", SCHOOL_LEAVER],
    ["compare", SCHOOL_LEAVER, "examples/school-leaver-6-months-on.yaml"],
  ])("%s: --json with another --format is a usage error naming both, in either order", async (...cmd) => {
    for (const flags of [["--format", "markdown", "--json"], ["--json", "--format", "plain"], ["--json", "--format", "table"]]) {
      const r = await runCli([...cmd, ...flags]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`--json and --format ${flags[flags.indexOf("--format") + 1]} ask for different output`);
    }
    // The same answer twice is no conflict.
    const same = await runCli([...cmd, "--format", "json", "--json"]);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toBeTypeOf("object");
  });

  it("--nation mars", async () => {
    const r = await runCli(["bands", "--nation", "mars"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("mars");
    for (const n of ["england", "scotland", "wales", "northern-ireland"]) expect(r.stderr).toContain(n);
  });

  it("role medsec lists the valid ids", async () => {
    const r = await runCli(["role", "medsec"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("medsec");
    for (const role of dataset.roles) expect(r.stderr).toContain(role.id);
  });

  it("role with no id asks which, with a command to copy, listing the ids", async () => {
    const r = await runCli(["role"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/which role\?/);
    const example = /like: medsec-path (role \S+)$/m.exec(r.stderr)?.[1];
    expect(example).toBe("role medical-secretary");
    expect((await runCli(example!.split(" "))).code).toBe(0);
    for (const role of dataset.roles) expect(r.stderr).toContain(role.id);
  });

  it.each([["assess"], [""]])("`echo | medsec-path %s`: no terminal to ask on, hint names --answers", async (cmd) => {
    const r = await runCli(cmd ? [cmd] : [], { input: "\n" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--answers");
    expect(r.stderr).not.toContain("    at ");
  });

  it("with no terminal, assess names a sample file in examples/, and that command works from anywhere", async () => {
    const here = await runCli(["assess"], { input: "\n" });
    expect(here.stderr).toContain("medsec-path assess --answers examples/career-changer.yaml");
    const elsewhere = tempDir();
    const there = await runCli(["assess"], { input: "\n", cwd: elsewhere });
    const suggested = /medsec-path assess --answers (\S+)$/m.exec(there.stderr)?.[1];
    expect(suggested).toMatch(/examples\/career-changer\.yaml$/);
    const tried = await runCli(["assess", "--answers", suggested!], { cwd: elsewhere });
    expect(tried.code).toBe(0);
    expect(tried.stdout).toContain("Where you stand");
  });

  it("assess --save-answers onto an existing file, without --force, stops before asking", async () => {
    const dir = tempDir();
    const file = join(dir, "me.yaml");
    writeFileSync(file, "keep: me\n");
    const r = await runCli(["assess", "--save-answers", file], { input: "\n" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    // The file check, not the terminal check, is what stopped it.
    expect(r.stderr).toContain("already exists");
    expect(r.stderr).toContain("--force");
    expect(r.stderr).not.toMatch(/no terminal/);
    expect(readFileSync(file, "utf8")).toBe("keep: me\n");
  });

  // An empty path (an unset variable) once meant "not given": no handouts and exit 0, or no terminal to ask on.
  it.each([
    ["--handouts", ["workshop", join(ROOT, "test/fixtures/workshop/group.yaml"), "--handouts", ""], "folder"],
    ["--save", ["workshop", "--live", "--save", ""], "folder"],
    ["--save-answers", ["assess", "--answers", SCHOOL_LEAVER, "--save-answers", ""], "file"],
    ["--answers", ["assess", "--answers", ""], "file"],
    ["--data", ["--data", "", "roles"], "folder"],
  ])("an empty %s is a usage error naming the option", async (option, args, kind) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe(`error: ${option} was given an empty ${kind} name.`);
  });
});

describe("--data", () => {
  const role = (fields: Record<string, string>) =>
    `roles:
  - id: ${fields.id ?? "trust-typist"}
    title: ${fields.title ?? "Trust typist"}
    bands: ["3"]
    settings: [hospital-trust]
    summary: Types the trust's clinic letters.
    requirements: []
    leadsTo: ${fields.leadsTo ?? "[]"}
    source: { url: "https://example.org/trust-typist", asOf: "2025-01-01" }
`;

  it("an invalid roles.yaml exits 65 naming file, line and field, no stack trace", async () => {
    const dir = tempDir();
    const file = join(dir, "roles.yaml");
    writeFileSync(file, role({ title: "42" }));
    const r = await runCli(["--data", dir, "roles"]);
    expect(r.code).toBe(65);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${file}:3: roles[0].title: `);
    expect(r.stderr).toMatch(/^\S+roles\.yaml:\d+: [\w.[\]]+: /m);
    expect(r.stderr).not.toContain("    at ");
  });

  it("a reference to an unknown role exits 65 naming file, line and field", async () => {
    const dir = tempDir();
    const file = join(dir, "roles.yaml");
    writeFileSync(file, role({ leadsTo: "[nowhere]" }));
    const r = await runCli(["--data", dir, "roles"]);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(`${file}:8: roles[0].leadsTo[0]: `);
    expect(r.stderr).toContain("nowhere");
    expect(r.stderr).not.toContain("    at ");
  });

  it("YAML that does not parse exits 65 naming file and line", async () => {
    const dir = tempDir();
    const file = join(dir, "roles.yaml");
    writeFileSync(file, "roles:\n  - id: [unclosed\n");
    const r = await runCli(["--data", dir, "roles"]);
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:\\d+: `, "m"));
    expect(r.stderr).not.toContain("    at ");
  });

  it("a folder that does not exist exits 2, naming every file a folder may hold", async () => {
    const r = await runCli(["--data", "nolocal", "roles"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--data nolocal: no such folder");
    for (const f of readdirSync(join(ROOT, "data")).filter((f) => f.endsWith(".yaml"))) expect(r.stderr).toContain(f);
  });

  it("a valid extra role appears in roles, beside the shipped ones", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "roles.yaml"), role({}));
    const r = await runCli(["--data", dir, "roles"]);
    expect(r.code).toBe(0);
    expectQuietStderr(r.stderr);
    expect(r.stdout).toContain("trust-typist");
    expect(r.stdout).toContain("Trust typist");
    expect(r.stdout).toContain("ward-clerk");
    const j = JSON.parse((await runCli(["--data", dir, "roles", "--json"])).stdout) as { roles: { id: string }[] };
    expect(j.roles.map((x) => x.id)).toContain("trust-typist");
    expect(j.roles.length).toBe(dataset.roles.length + 1);
    const one = await runCli(["--data", dir, "role", "trust-typist"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("Types the trust's clinic letters.");
  });
});

describe("--version and --help", () => {
  it("--version prints the package.json version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const r = await runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
      expect(r.stderr).toBe("");
    }
  });

  it.each([[""], ["assess"], ["bands"], ["roles"], ["role"], ["routes"], ["qualifications"]])("`%s --help` exits 0 with examples", async (cmd) => {
    const r = await runCli(cmd ? [cmd, "--help"] : ["--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Usage: medsec-path");
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toMatch(/\$ medsec-path/);
    if (cmd) expect(r.stdout).toContain(`medsec-path ${cmd}`);
  });

  it("the program's help lists every command and the exit codes", async () => {
    const r = await runCli(["--help"]);
    for (const c of ["assess", "bands", "roles", "role", "routes", "qualifications"]) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, "m"));
    expect(r.stdout).toMatch(/65/);
  });
});
