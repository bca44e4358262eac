// An answers file's text for a Profile (assess --save-answers). Its own module
// so that the yaml library loads only when answers are saved; the writing
// itself is the CLI's (src/cli/output-files.ts), which never half-writes.

// Static: a dynamic import of this CommonJS library gives only `default` once bundled.
import { stringify } from "yaml";
import type { Profile } from "../engine/types.js";
import { shellWord } from "../render/safe-text.js";
import { answersOf } from "./parse.js";

/**
 * The file's text, with a first line saying how to re-run it from `path`;
 * a workshop attendee's `name` goes first (the assessment ignores it).
 */
export function answersFileText(path: string, profile: Profile, name?: string): string {
  // The path goes in a comment line: shellWord keeps it on that one line.
  const answers = { ...(name ? { name } : {}), ...answersOf(profile) };
  return `# medsec-path answers: re-run with  medsec-path assess --answers ${shellWord(path)}\n${stringify(answers)}`;
}
