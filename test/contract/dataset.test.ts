// The bundle reads dist/dataset.json without checking it, to keep zod off the
// start-up path: it trusts the build to have written a Dataset, the type the
// engine infers from the data's schema. So the file must be one exactly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetSchema } from "../../src/model/schema.js";
import { ROOT } from "../helpers/cli.js";

describe("dist/dataset.json", () => {
  const written: unknown = JSON.parse(readFileSync(join(ROOT, "dist", "dataset.json"), "utf8"));
  const parsed = datasetSchema.safeParse(written);

  it("is a Dataset by its schema", () => {
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 10).map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it("needs nothing the loader would have added: every default is already filled in", () => {
    expect(parsed.data).toEqual(written);
  });
});
