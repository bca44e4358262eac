// The end of a CI run (.ci/run): its last line is exactly "N passed, N failed",
// whatever else is counted, because that line is what CI reads.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { scratch } from "../helpers/scratch.js";

const dirs = scratch("medsec-ci-");

function summary(report: object | undefined) {
  const file = join(dirs.fresh(), "vitest.json");
  if (report) writeFileSync(file, JSON.stringify(report));
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/ci-summary.mjs"), file], { encoding: "utf8" });
  return { code: r.status, lines: r.stdout.trimEnd().split("\n") };
}

describe("scripts/ci-summary.mjs", () => {
  it("puts skipped tests on their own line, before a plain last line", () => {
    const r = summary({ numPassedTests: 811, numFailedTests: 0, numPendingTests: 1, numTodoTests: 0 });
    expect(r.lines).toEqual(["1 skipped", "811 passed, 0 failed"]);
    expect(r.code).toBe(0);
  });

  it("counts todo tests as skipped, and says nothing of skips when there are none", () => {
    expect(summary({ numPassedTests: 5, numFailedTests: 2, numPendingTests: 1, numTodoTests: 2 }).lines).toEqual(["3 skipped", "5 passed, 2 failed"]);
    expect(summary({ numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 }).lines).toEqual(["5 passed, 0 failed"]);
  });

  it("with no report (the tests never ran), ends with a failure and exits non-zero", () => {
    const r = summary(undefined);
    expect(r.lines.at(-1)).toBe("0 passed, 1 failed");
    expect(r.code).not.toBe(0);
  });
});
