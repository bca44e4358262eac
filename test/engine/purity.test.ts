// src/engine decides everything and must stay pure: no I/O, prompts, colour or process.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL("../../src/engine/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

describe("the engine", () => {
  it.each(files)("%s imports only the engine and the model, and touches no process, console or clock", (file) => {
    const text = readFileSync(new URL(file, dir), "utf8");
    const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec, `${file} imports ${spec}`).toMatch(/^\.(\.\/model)?\/[a-z-]+\.js$/);
    expect(text).not.toMatch(/\bprocess\.|\bconsole\.|new Date\(\)|Date\.now\(/);
  });

  // The schemas' values would bring zod into every command's start-up.
  it.each(files)("%s takes only types from the model's schemas", (file) => {
    const text = readFileSync(new URL(file, dir), "utf8");
    const statements = [...text.matchAll(/^(?:import|export)\b[^;]*?from\s+"\.\.\/model\/schema\.js"/gm)].map((m) => m[0]);
    for (const s of statements) expect(s, file).toMatch(/^(?:import|export) type\b/);
  });
});
