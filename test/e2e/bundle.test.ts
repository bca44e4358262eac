// The built bundle, run as a separate process the way a person or a script
// runs it: what only a real process shows (a closed pipe, the #! line, the
// exit code as the shell sees it), and that the bundle says exactly what the
// in-process runs of every other test see.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, run, runCli } from "../helpers/cli.js";
import { expectQuietStderr, SCHOOL_LEAVER } from "../helpers/expect.js";

describe("pipes", () => {
  const sh = (script: string) =>
    spawnSync("bash", ["-c", script], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", BIN },
    });

  it("bands --json | head -c 20: no EPIPE noise, exit 0", async () => {
    const r = sh(`set -o pipefail; "${process.execPath}" "$BIN" bands --json | head -c 20; echo; echo "node=\${PIPESTATUS[0]}"`);
    expect(r.stdout.startsWith('{\n  "nation": "engla')).toBe(true);
    expect(r.stdout).toMatch(/node=0\n$/);
    expectQuietStderr(r.stderr);
  });

  it("a reader that closes at once: no EPIPE noise, exit 0", async () => {
    for (const args of ["bands --json", "roles", `assess --answers ${SCHOOL_LEAVER}`]) {
      const r = sh(`"${process.execPath}" "$BIN" ${args} | true; echo "node=\${PIPESTATUS[0]}"`);
      expect(r.stdout).toBe("node=0\n");
      expect(r.stderr).not.toMatch(/EPIPE|Error|    at /);
      expectQuietStderr(r.stderr);
    }
  });
});

describe("the bin file", () => {
  // A clone runs it as ./bin/medsec-path.js, and npm's own chmod on install must not show as a change in git.
  it("runs as a program, by its #! line", async () => {
    const r = spawnSync(BIN, ["--version"], { encoding: "utf8" });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.skipIf(!existsSync(join(ROOT, ".git")))("is committed executable (mode 100755)", () => {
    const r = spawnSync("git", ["ls-files", "--stage", "bin/medsec-path.js"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stdout).toMatch(/^100755 /);
  });
});

describe("the bundle and the in-process program say the same", () => {
  const examples = readdirSync(join(ROOT, "examples")).filter((f) => /\.(ya?ml|json)$/.test(f));
  const cases: string[][] = [
    ["--version"],
    ["--help"],
    ["bands", "--json"],
    ["bands", "--nation", "wales", "--band", "3"],
    ["roles", "--json"],
    ["role", "medical-secretary"],
    ["routes"],
    ["qualifications", "--nation", "scotland", "--json"],
    ["workshop", "--template"],
    ["bandz"],
    ["assess", "--answers", "no-such-file.yaml"],
    ...examples.flatMap((f) => ["table", "markdown", "plain", "json"].map((format) => ["assess", "--answers", `examples/${f}`, "--format", format])),
    ["compare", "examples/school-leaver.yaml", "examples/school-leaver-6-months-on.yaml", "--json"],
    ["workshop", ...examples.map((f) => `examples/${f}`), "--json"],
  ];

  it.each(cases.map((c) => [c.join(" "), c] as const))("%s", async (_name, args) => {
    const spawned = run(args);
    const inProcess = await runCli(args);
    expect(inProcess).toEqual(spawned);
  });

  it("reads stdin as a pipe gives it", async () => {
    const input = "nation: wales\ntypingWpm: 40\n";
    expect(await runCli(["assess", "--answers", "-", "--json"], { input })).toEqual(run(["assess", "--answers", "-", "--json"], { input }));
  });
});
