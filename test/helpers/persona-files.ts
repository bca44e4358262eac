// The answers files every report is checked over: the examples, the answers
// fixtures, and issue 15's adults (their hours, caring, qualifications from
// abroad, time away and pay points, and issue 16's routes too).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./cli.js";

const ADULTS = join(ROOT, "test", "fixtures", "adults-15");

export const REPORT_FILES: readonly string[] = [
  ...readdirSync(join(ROOT, "examples")).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => join(ROOT, "examples", f)),
  ...["full.json", "full.yaml", "minimal.yaml"].map((f) => join(ROOT, "test", "fixtures", "answers", f)),
  ...readdirSync(ADULTS)
    .filter((f) => f.endsWith(".yaml") && !f.endsWith(".expect.yaml"))
    .map((f) => join(ADULTS, f)),
];
