// The layers of src/: each folder imports only folders below it, so arrows
// point one way and no two folders lean on each other. cli/ and build/ sit on
// top; model/ (the data's vocabulary and schemas) at the bottom, engine/ on it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";

const SRC = join(ROOT, "src");

/** Lower index, lower layer. Folders on one line may not import each other. */
const LAYERS: string[][] = [
  ["model"],
  ["engine"],
  ["errors.ts"],
  ["render"],
  ["data"],
  ["answers"],
  ["questionnaire", "workshop", "typing"],
  ["cli", "build"],
];

const layerOf = (part: string) => LAYERS.findIndex((names) => names.includes(part));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

const imports = sources(SRC).flatMap((file) => {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import\()\s*"(\.[^"]+)"/g)].map((m) => ({
    from: relative(SRC, file).split("/")[0]!,
    to: relative(SRC, resolve(file, "..", m[1]!)).split("/")[0]!.replace(/\.js$/, ".ts"),
    file: relative(ROOT, file),
  }));
});

describe("the layers of src/", () => {
  it("every folder has a layer", () => {
    const parts = readdirSync(SRC).filter((p) => p !== "globals.d.ts");
    expect(parts.filter((p) => layerOf(p) < 0)).toEqual([]);
  });

  it("no import runs up a layer or across one", () => {
    const wrong = imports.filter((i) => i.from !== i.to && layerOf(i.to) >= layerOf(i.from)).map((i) => `${i.file} imports ${i.to}`);
    expect(wrong).toEqual([]);
  });
});
