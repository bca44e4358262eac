// Shared expectations for the end-to-end tests.
import { expect } from "vitest";
import { staleWarning } from "../../src/cli/context.js";
import type { Nation } from "../../src/engine/types.js";
import { shippedDataset } from "./dataset.js";

export const ANSI = /\x1b\[/;
export const SCHOOL_LEAVER = "examples/school-leaver.yaml";

/**
 * What stderr should hold after a successful command that prints pay: nothing,
 * except the documented stale-data warning once today is past the newest pay
 * year in the data (so these tests do not start failing on 1 April next year).
 */
export function expectQuietStderr(stderr: string, nation: Nation = "england"): void {
  const warning = staleWarning(shippedDataset().pay, new Date(), nation);
  expect(stderr).toBe(warning ? `warning: ${warning}\n` : "");
}

/** stderr is one line, and says something: no stack trace, no "unexpected error". */
export function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).not.toMatch(/unexpected error|\bat .+:\d+:\d+/);
  return lines[0]!;
}
