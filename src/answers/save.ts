// Writes a Profile as an answers file (assess --save-answers). Its own module
// so that the yaml library loads only when answers are saved.

import { writeFileSync } from "node:fs";
// Static: a dynamic import of this CommonJS library gives only `default` once bundled.
import { stringify } from "yaml";
import type { Profile } from "../engine/types.js";
import { answersOf } from "./parse.js";

/** Writes `profile` to `path` with a first line saying how to re-run it; `force` allows replacing a file. */
export function saveAnswers(path: string, profile: Profile, force: boolean): void {
  writeFileSync(path, `# medsec-path answers: re-run with  medsec-path assess --answers ${path}\n${stringify(answersOf(profile))}`, { flag: force ? "w" : "wx" });
}
