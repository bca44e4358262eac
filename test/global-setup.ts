// End-to-end tests run the built CLI; build it once if `npm test` did not.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export default function setup(): void {
  if (!existsSync("dist/main.js") || !existsSync("dist/dataset.json")) {
    execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  }
}
