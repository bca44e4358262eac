// What a shell and another user see: a command pasted from an error message
// into bash, and a file that another user may not read. Each runs the built bundle.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, run } from "../helpers/cli.js";
import { SCHOOL_LEAVER } from "../helpers/expect.js";

describe("assess --set: the command an error suggests", () => {
  it("one qualification without [ ] is told the command to write, and that command works in a shell", () => {
    const r = run(["assess", "--answers", SCHOOL_LEAVER, "--set", "qualifications=gcse-maths"]);
    expect(r.code).toBe(65);
    expect(r.stdout).toBe("");
    const written = /write (--set '[^']+')$/m.exec(r.stderr)?.[1];
    expect(written).toBe("--set 'qualifications=[gcse-maths]'");
    const pasted = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" assess --answers ${SCHOOL_LEAVER} ${written} --json`], { cwd: ROOT, encoding: "utf8" });
    expect(pasted.status).toBe(0);
    expect((JSON.parse(pasted.stdout) as { whatIf: object }).whatIf).toBeDefined();
  });
});

describe("compare: a file the user may not read", () => {
  // Root reads any file, so as root the unreadable file is tried as nobody (where nobody may run the CLI at all).
  const asUser = process.getuid?.() === 0 ? ["runuser", "-u", "nobody", "--", process.execPath] : [process.execPath];
  const runUnprivileged = (args: string[]) =>
    spawnSync(asUser[0]!, [...asUser.slice(1), BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const canRunUnprivileged = runUnprivileged(["--version"]).status === 0;

  it.skipIf(!canRunUnprivileged)("a file that cannot be read exits 2, naming it, not as an unexpected error", () => {
    const locked = mkdtempSync(join(tmpdir(), "medsec-locked-"));
    chmodSync(locked, 0o755);
    const file = join(locked, "jan.yaml");
    writeFileSync(file, "experience: {}\n");
    chmodSync(file, 0o000);
    try {
      const r = runUnprivileged(["compare", file, SCHOOL_LEAVER]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`"${file}" cannot be read`);
      expect(r.stderr).not.toMatch(/unexpected/);
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });
});
