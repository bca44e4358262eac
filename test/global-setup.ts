// End-to-end tests run the built CLI: build it when it is missing or older
// than any source or data file, so a test never runs a stale bundle.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const built = existsSync("dist/main.js") && existsSync("dist/dataset.json") ? statSync("dist/main.js").mtimeMs : 0;
  if (built < Math.max(newest("src"), newest("data"))) {
    execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  }
}
