// A scratch folder for one test file, removed when its tests are done, and a
// fresh empty folder inside it for each case that asks.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

export function scratch(prefix: string): { fresh(): string; root(): string } {
  let root = "";
  let cases = 0;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return {
    fresh: () => {
      const dir = join(root, `case-${cases++}`);
      mkdirSync(dir);
      return dir;
    },
    root: () => root,
  };
}
