// Depth is measured while reading, before any tree is built, and JSON is
// never parsed a second time as YAML to find a line (issue 18, finding 2).
// The memory this saves is measured on the built bundle in
// test/e2e/memory.test.ts; here, that the reading stops where it should and
// that lines found from JSON text are the lines YAML would give.
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";

const counts = vi.hoisted(() => ({ yamlParsers: 0 }));
vi.mock("yaml", async (importOriginal) => {
  const real = await importOriginal<typeof import("yaml")>();
  class CountedParser extends real.Parser {
    constructor(...args: ConstructorParameters<typeof real.Parser>) {
      super(...args);
      counts.yamlParsers++;
    }
  }
  return { ...real, Parser: CountedParser, default: { ...real, Parser: CountedParser } };
});

const { parseYamlSource } = await import("../../src/data/yaml-source.js");
const { jsonLines } = await import("../../src/data/json-text.js");
const { parseAnswers } = await import("../../src/answers/parse.js");
const { shippedDataset } = await import("../helpers/dataset.js");

const TOO_DEEP = "nested more than 64 levels deep; flatten it";
afterEach(() => {
  counts.yamlParsers = 0;
  vi.restoreAllMocks();
});

describe("nesting is refused as it is read", () => {
  const DEEP = 200_000;
  it.each([
    ["flow lists", `a: ${"[".repeat(DEEP)}`, 1],
    ["flow mappings", `{"a": ${'{"b": '.repeat(DEEP)}1`, 1],
    ["compact block lists", `${"- ".repeat(DEEP)}x\n`, 1],
    ["a JSON document", `\n\n${"[".repeat(DEEP)}${"]".repeat(DEEP)}`, 3],
    ["a JSON document with an unknown key", `{"experience": {}, "zzz":\n${"[".repeat(DEEP)}${"]".repeat(DEEP)}}`, 2],
    ["block mappings, a level a line", Array.from({ length: 100 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n"), 65],
  ])(`%s, ${DEEP.toLocaleString("en-GB")} levels deep (or 100 of block mappings): refused at the line where the 65th level opens`, (_, text, line) => {
    const r = parseYamlSource(text, "x.yaml");
    expect("issues" in r && r.issues).toEqual([{ file: "x.yaml", line, message: TOO_DEEP }]);
  });

  it("a JSON document too deep is never given to JSON.parse, which would build every level", () => {
    const parse = vi.spyOn(JSON, "parse");
    parseYamlSource(`[${"[".repeat(100_000)}${"]".repeat(100_000)}]`, "x.json");
    expect(parse.mock.calls.filter(([text]) => typeof text === "string" && text.length > 1000)).toEqual([]);
  });

  it("exactly 64 levels are read, of each kind", () => {
    for (const text of [`${"[".repeat(64)}${"]".repeat(64)}`, `a: ${"[".repeat(63)}${"]".repeat(63)}`, `${"- ".repeat(64)}x\n`]) {
      expect("issues" in parseYamlSource(text, "x.yaml"), text.slice(0, 20)).toBe(false);
    }
  });
});

describe("lines of a JSON document, found from its text", () => {
  it("a JSON answers file with problems is not parsed again as YAML to find their lines", () => {
    const text = `{\n  "experience": {},\n${Array.from({ length: 50 }, (_, i) => `  "k${i}": ${i}`).join(",\n")}\n}\n`;
    const dataset = shippedDataset();
    counts.yamlParsers = 0;
    expect(() => parseAnswers(text, dataset, "me.json")).toThrow(/me\.json:3: k0: is not a known field/);
    expect(counts.yamlParsers).toBe(0);
  });

  // Any JSON, printed with any indentation, and any path into it (some leading nowhere).
  const key = fc.constantFrom("a", "b", "typingWpm", "é", 'q"uote', "back\\slash", "0", "");
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: "small", withCrossShrink: true }, fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.constant(null)), fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(key, tie("node"), { maxKeys: 4 })),
  })).node;
  const path = fc.array(fc.oneof(key, fc.nat({ max: 4 })), { maxLength: 5 });

  it("are the lines the YAML reader gives, for every path", () => {
    fc.assert(
      fc.property(value, fc.constantFrom(0, 1, 2, 4, "\t"), fc.array(path, { minLength: 1, maxLength: 6 }), (doc, indent, paths) => {
        const text = JSON.stringify({ doc }, null, indent);
        const fromJson = jsonLines(text);
        // Read as YAML: a comment line first keeps it from being taken for JSON, one line down.
        const yaml = parseYamlSource(`#\n${text}`, "x.yaml");
        if ("issues" in yaml) return;
        for (const p of paths) {
          const full = ["doc", ...p];
          const line = yaml.lineOf(full);
          expect(fromJson(full), JSON.stringify(full)).toBe(line === undefined ? undefined : line - 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
