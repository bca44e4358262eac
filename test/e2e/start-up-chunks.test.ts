// zod checks files a person gives (answers, a --data folder) and runs at
// build time; the commands that read only the shipped dist/dataset.json must
// start without loading it, or every `bands --json` pays for it. The engine
// and the renderers take their types from zod schemas (src/model/schema.ts,
// src/render/output-schemas.ts) as types only: this follows what the built
// bundle really imports to check that the bundler erased them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const DIST = join(ROOT, "dist");
const code = (chunk: string) => readFileSync(join(DIST, chunk), "utf8");

/** The chunk and every chunk it imports before it runs (static imports, followed through). */
function loadedWith(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const chunk = queue.shift()!;
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    for (const m of code(chunk).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(m[1]!);
  }
  return [...seen];
}

/** The chunks `chunk` loads on demand, those named after the source file `name` where one is given (esbuild names them so). */
const onDemand = (chunk: string, name: string) =>
  [...code(chunk).matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((m) => m[1]!).filter((c) => name === "" || c.startsWith(`${name}-`));

// zod's own property on every schema, and the path esbuild notes above each bundled module.
const holdsZod = (chunk: string) => /\b_zod\b|node_modules\/zod\//.test(code(chunk));

describe("zod stays off the start-up path", () => {
  it("is in the bundle, where --data folders are checked: what the other tests look for is really there", () => {
    const load = loadedWith("main.js").flatMap((c) => onDemand(c, "load"));
    expect(load.length).toBe(1);
    expect(loadedWith(load[0]!).some(holdsZod)).toBe(true);
  });

  it("main.js and every chunk it imports hold none of it", () => {
    expect(loadedWith("main.js").filter(holdsZod)).toEqual([]);
  });

  // bands; roles, role, routes and qualifications (catalogue); typing-test.
  // Only a --data folder, read by data/load.ts and data/passages.ts, needs zod.
  it.each(["bands", "catalogue", "typing-test"])("nor does anything the %s command loads without --data", (name) => {
    const loaded = new Set<string>();
    const queue = onDemand("main.js", name);
    expect(queue.length).toBeGreaterThan(0);
    while (queue.length > 0) {
      for (const chunk of loadedWith(queue.shift()!)) {
        if (loaded.has(chunk)) continue;
        loaded.add(chunk);
        queue.push(...onDemand(chunk, "").filter((c) => !/^(load|passages)-/.test(c)));
      }
    }
    expect([...loaded].filter(holdsZod)).toEqual([]);
  });
});

// The report's catalogue of words (src/render/words/en-gb.ts) and the engine's
// rules are for commands that assess someone: bands --json and --help must not
// load them before they print (they once did, through the JSON writer and the
// "did you mean" of a mistyped id).
describe("the catalogue of words stays off the start-up path", () => {
  const holds = (chunk: string, source: string) => code(chunk).includes(`\n// ${source}\n`);
  it("is in the bundle, where a report is worded: what the test looks for is really there", () => {
    const assess = onDemand("main.js", "assess");
    expect(assess.length).toBeGreaterThan(0);
  });

  it.each(["src/render/words/en-gb.ts", "src/engine/gaps.ts", "src/engine/routes.ts"])("main.js and every chunk it imports hold no %s", (source) => {
    expect(loadedWith("main.js").filter((c) => holds(c, source))).toEqual([]);
    // …while the bundle as a whole does hold it (the check can see it).
    const everything = new Set<string>();
    const queue = ["main.js"];
    while (queue.length > 0) {
      const chunk = queue.shift()!;
      if (everything.has(chunk)) continue;
      everything.add(chunk);
      queue.push(...loadedWith(chunk), ...onDemand(chunk, ""));
    }
    expect([...everything].some((c) => holds(c, source))).toBe(true);
  });
});
