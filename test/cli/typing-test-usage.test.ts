// `medsec-path typing-test` where there is no terminal to type in, and its
// usage errors. (The test itself is typed in tmux: test/tty/typing-test.test.ts.)
import { describe, expect, it } from "vitest";
import { readPassagesFile } from "../../src/data/passages.js";
import { runCli } from "../helpers/cli.js";

const shippedIds = readPassagesFile("data/passages.yaml").map((p) => p.id);

describe("typing-test without a terminal", () => {
  it("exits 2 with one line saying what to do instead", async () => {
    const r = await runCli(["typing-test"], { input: "hello\n" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error: the typing test needs a terminal to type in\n.*in a terminal window.*typingWpm/s);
    expect(r.stderr).not.toContain("    at ");
  });

  it("--json changes nothing: still exit 2, nothing on stdout", async () => {
    const r = await runCli(["typing-test", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});

describe("typing-test usage errors exit 2", () => {
  it.each(["0", "14", "601", "1.5", "ten", "-60"])("--seconds %s", async (value) => {
    const r = await runCli(["typing-test", "--seconds", value]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("from 15 to 600");
  });

  it("the first word of a passage's id suggests that passage; a word several share suggests none", async () => {
    const r = await runCli(["typing-test", "--passage", "discharge"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"discharge" is not a passage (did you mean discharge-summary?)');
    const shared = await runCli(["typing-test", "--passage", "letter"]);
    expect(shared.code).toBe(2);
    expect(shared.stderr).toContain('"letter" is not a passage\n');
    expect(shared.stderr).toContain("cardiology-letter, orthopaedic-letter");
  });

  it("an unknown --passage suggests the nearest and lists them all", async () => {
    const r = await runCli(["typing-test", "--passage", "discharge-sumary"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"discharge-sumary" is not a passage (did you mean discharge-summary?)');
    for (const id of shippedIds) expect(r.stderr).toContain(id);
  });

  it("a --data folder's passages can be chosen", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "medsec-passages-"));
    writeFileSync(join(dir, "passages.yaml"), `passages:\n  - id: trust-letter\n    title: Our letter\n    style: clinic-letter\n    text: "${"Dear Dr Sample, thank you for your letter. ".repeat(6).trim()}"\n`);
    // Past the passage check, the next stop is the missing terminal.
    expect((await runCli(["--data", dir, "typing-test", "--passage", "trust-letter"])).stderr).toMatch(/needs a terminal/);
    writeFileSync(join(dir, "passages.yaml"), "passages:\n  - id: Bad\n");
    const bad = await runCli(["--data", dir, "typing-test"]);
    expect(bad.code).toBe(65);
    expect(bad.stderr).toMatch(/passages\.yaml:2: passages\[0\]\.id: /);
  });
});

describe("typing-test --help", () => {
  it("names the options, every shipped passage and examples", async () => {
    const r = await runCli(["typing-test", "--help"]);
    expect(r.code).toBe(0);
    for (const s of ["--seconds", "--passage", "--json", "Examples:", "Ctrl-C", ...shippedIds]) expect(r.stdout).toContain(s);
  });

  it("is listed in the program's help with an example", async () => {
    expect((await runCli(["--help"])).stdout).toMatch(/\$ medsec-path typing-test/);
  });
});
