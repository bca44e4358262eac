// End-to-end tests run the built CLI: build it first unless dist/ is already
// built from these very sources (scripts/build.mjs --if-stale compares a digest
// of them), so a test never runs a stale bundle and a current one is never
// rebuilt under a test that is running it.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { stdio: "inherit" });
}
