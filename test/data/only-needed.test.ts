// A command reads only the --data files it uses (issue 18, finding 4: `bands
// --band 3` once read a folder's 100,000 roles, took 2 GB and most of a
// minute, and printed none of them). `bands` prints pay tables alone, so
// it reads bands.yaml alone; every other command reads the whole folder.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { scratch } from "../helpers/scratch.js";

const { fresh } = scratch("medsec-only-");

/** A --data folder with a roles.yaml that cannot be read at all. */
function folderWithBrokenRoles(): string {
  const dir = fresh();
  writeFileSync(join(dir, "roles.yaml"), "roles:\n  - id: [unclosed\n");
  return dir;
}

describe("finding 4: --data is read as far as the command needs", () => {
  it("bands never reads roles.yaml: a broken one does not stop it", async () => {
    const r = await runCli(["--data", folderWithBrokenRoles(), "bands", "--band", "3", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).bands[0].band).toBe("3");
  });

  it.each([["roles"], ["routes"], ["assess", "--answers", "examples/school-leaver.yaml"]])("%s reads it, and says what is wrong (exit 65)", async (...args) => {
    const dir = folderWithBrokenRoles();
    const r = await runCli(["--data", dir, ...args]);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(join(dir, "roles.yaml"));
  });

  it("bands still checks the bands.yaml it reads, and still names a file no command reads", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "bands.yaml"), "tables: [[\n");
    writeFileSync(join(dir, "role.yaml"), "roles: []\n");
    const r = await runCli(["--data", dir, "bands"]);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(join(dir, "bands.yaml"));
    expect(r.stderr).toContain(`${join(dir, "role.yaml")}: is not a data file medsec-path reads`);
  });
});
