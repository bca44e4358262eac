// What the questionnaire loads before its first question. The answers schema
// (zod) and the yaml parser are large and only answers files need them, so
// they must stay out of every module loaded before the first prompt: main,
// the assess runner, the questions and the prompts, and all they import.
// (How long that takes is measured by `npm run bench`, not here.)

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const dist = join(ROOT, "dist");
const read = (file: string) => readFileSync(join(dist, file), "utf8");

/**
 * The chunks of this build: main.js and all it can load, at once or on demand.
 * dist/ may also hold an earlier build's chunks for a while (scripts/build.mjs
 * keeps them for a run still using them), which must not count twice.
 */
function thisBuild(): Map<string, string> {
  const chunks = new Map<string, string>();
  const queue = ["main.js"];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (chunks.has(file)) continue;
    const code = read(file);
    chunks.set(file, code);
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"\.\/([^"]+\.js)"/g)) queue.push(m[1]!);
  }
  return chunks;
}

const chunks = thisBuild();

/** The bundle file holding a source module (esbuild marks each with a `// path` line). */
function fileOf(source: string): string {
  const found = [...chunks].filter(([, code]) => code.includes(`\n// ${source}\n`)).map(([f]) => f);
  expect(found, source).toHaveLength(1);
  return found[0]!;
}

/** A file and everything it imports statically: what loading it loads. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of chunks.get(file)!.matchAll(/^(?:import|export)\b[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm)) {
    staticClosure(m[1] ?? m[2]!, seen);
  }
  return seen;
}

/**
 * esbuild marks a library's code with its path from the clone: node_modules/zod/…,
 * or ../main/node_modules/zod/… in a git worktree whose node_modules links to
 * another clone's, where the plain pattern found nothing and the first check passed unseeing.
 */
const MODULES = "(?:[^\\s]*/)?node_modules/";

describe("before the first question", () => {
  const loaded = new Set(["main.js", ...["src/cli/run/assess.ts", "src/questionnaire/ask.ts", "src/questionnaire/prompts.ts"].map(fileOf)].flatMap((f) => [...staticClosure(f)]));

  it("nothing loaded holds zod or yaml", () => {
    const heavy = [...loaded].filter((f) => new RegExp(`\n// ${MODULES}(zod|yaml)/`).test(chunks.get(f)!));
    expect(heavy).toEqual([]);
  });

  it("the check can see them: the answers parser's own closure holds both", () => {
    const parser = [...staticClosure(fileOf("src/answers/parse.ts"))].map((f) => chunks.get(f)!).join("\n");
    expect(parser).toMatch(new RegExp(`\n// ${MODULES}zod/`));
    expect(parser).toMatch(new RegExp(`\n// ${MODULES}yaml/`));
  });
});
