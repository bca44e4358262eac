// The last lines of a CI run, from vitest's JSON report: a count of skipped
// tests on a line of its own (when there are any), then the line CI reads,
// exactly "N passed, N failed". No report means the run never got as far as
// the tests: that is a failure, and the exit code says so.
//
//   node scripts/ci-summary.mjs .vitest.json
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".vitest.json";
let report;
try {
  report = JSON.parse(readFileSync(file, "utf8"));
} catch {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
if (skipped > 0) console.log(`${skipped} skipped`);
console.log(`${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`);
