// docs/contract.md against the code it describes. The page is written by
// hand, for people; this keeps it from falling behind: every field of every
// --json output schema, every answers-file key, every workshop heading, every
// exit code and every schema file is named, in the section about it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { answerKeys } from "../../src/answers/schema.js";
import { jsonSchemas } from "../../src/build/compile-data.js";
import { EXIT } from "../../src/errors.js";
import { assessReport, changeOutput, OUTPUTS, roleOutput } from "../../src/render/output-schemas.js";
import { COLUMNS } from "../../src/workshop/columns.js";
import { ROOT } from "../helpers/cli.js";
import { CONTRACT_QUALIFICATIONS, CONTRACT_REQUIREMENTS, CONTRACT_ROLES, CONTRACT_ROUTES } from "../helpers/contract.js";

const doc = readFileSync(join(ROOT, "docs", "contract.md"), "utf8");
const headingLevel = (line: string) => /^(#+) /.exec(line)?.[1]!.length ?? 0;

/** The text under the heading that holds `title`, up to the next heading as high or higher; "" where there is none. */
function section(title: string): string {
  const lines = doc.split("\n");
  const start = lines.findIndex((l) => headingLevel(l) > 0 && l.includes(title));
  if (start < 0) return "";
  const level = headingLevel(lines[start]!);
  const end = lines.findIndex((l, i) => i > start && headingLevel(l) > 0 && headingLevel(l) <= level);
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

/** What is written as code, exactly. */
const codeSpans = (text: string) => new Set([...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!));
/** Every word written as code: `routes[].steps[].pay.kept` names routes, steps, pay and kept. */
const codeWords = (text: string) => new Set([...codeSpans(text)].flatMap((s) => s.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []));

/** Parts of an output described once, in a section of their own, and pointed to from the others. */
const PARTS = new Map<z.ZodType, string>([
  [assessReport, "`assess --json`"],
  [changeOutput, "What changed: `change`"],
  [roleOutput, "`role ID --json`"],
]);

interface Def {
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  out?: z.ZodType;
}

/** The name of every field at any depth, down to (not into) the parts described elsewhere. */
function fieldNames(schema: z.ZodType, own: z.ZodType, out = new Set<string>()): Set<string> {
  if (schema !== own && PARTS.has(schema)) return out;
  const def = schema._zod.def as Def;
  for (const [key, sub] of Object.entries(def.shape ?? {})) {
    out.add(key);
    fieldNames(sub, own, out);
  }
  for (const sub of [def.element, def.innerType, def.valueType, def.out, ...(def.options ?? [])]) if (sub) fieldNames(sub, own, out);
  return out;
}

const topLevel = (schema: z.ZodType): string[] => {
  const def = schema._zod.def as Def;
  return def.shape ? Object.keys(def.shape) : (def.options ?? []).flatMap(topLevel);
};

const described: [string, z.ZodType][] = [
  ...Object.values(OUTPUTS).map(({ command, schema }): [string, z.ZodType] => [`\`${command}\``, schema]),
  [PARTS.get(changeOutput)!, changeOutput],
];

describe("docs/contract.md", () => {
  describe.each(described)("%s", (title, schema) => {
    const text = section(title);

    it("has a section of its own", () => {
      expect(text).not.toBe("");
    });

    it("names each top-level field as code", () => {
      const spans = codeSpans(text);
      expect(topLevel(schema).filter((f) => !spans.has(f))).toEqual([]);
    });

    it("names every field inside, at any depth", () => {
      const words = codeWords(text);
      expect([...fieldNames(schema, schema)].filter((f) => !words.has(f))).toEqual([]);
    });
  });

  it("points to each part described elsewhere from the sections that hold it", () => {
    for (const title of PARTS.values()) expect(section(title), title).not.toBe("");
    expect(section("`compare --json`")).toContain("as `assess --json` prints it");
    expect(section("`roles --json`")).toContain("as `role ID --json` gives it");
  });

  it("names every key of an answers file", () => {
    const text = section("Answers files");
    const spans = codeSpans(text);
    expect(answerKeys([]).filter((k) => !spans.has(k))).toEqual([]);
    expect(answerKeys(["experience"]).filter((k) => !spans.has(`experience.${k}`))).toEqual([]);
  });

  it("promises the ids the tests hold the shipped data to", () => {
    const spans = codeSpans(section("Answers files"));
    const promised = [...CONTRACT_QUALIFICATIONS, ...CONTRACT_ROLES, ...CONTRACT_ROUTES, ...CONTRACT_REQUIREMENTS];
    expect(promised.filter((id) => !spans.has(id))).toEqual([]);
  });

  it("gives each heading of the workshop template as the template writes it", () => {
    const spans = codeSpans(section("Workshop sheets"));
    expect(COLUMNS.map((c) => c.header).filter((h) => !spans.has(h))).toEqual([]);
  });

  it("lists exactly the exit codes the tool uses", () => {
    const rows = [...section("Exit codes").matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(rows.sort((a, b) => a - b)).toEqual(Object.values(EXIT).sort((a, b) => a - b));
  });

  it("names the JSON Schema of the answers file and of every output", () => {
    const spans = codeSpans(doc);
    const files = Object.keys(jsonSchemas()).filter((f) => f === "answers.schema.json" || f.endsWith("-output.schema.json"));
    expect(files.length).toBe(Object.keys(OUTPUTS).length + 1);
    expect(files.filter((f) => !spans.has(`schemas/${f}`))).toEqual([]);
  });
});
