// What the README says about the package, checked against the package itself.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

const minor = (v: string) => v.split(".").slice(0, 2).map(Number) as [number, number];
const notAfter = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);

describe("README", () => {
  it("names no version newer than package.json's as the one that added something", () => {
    const named = [...readme.matchAll(/added in (\d+\.\d+)/gi)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const v of named) expect(notAfter(minor(v), minor(pkg.version)), `"added in ${v}" but the package is ${pkg.version}`).toBe(true);
  });
});
