// Builds dist/: validates the data into dist/dataset.json, then bundles the CLI
// into a few ESM files with no runtime dependencies, so `npx medsec-path`
// installs one small package instead of thirty-five.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const common = { bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "warning", absWorkingDir: root };
// Commander and cli-table3 are CommonJS and call require(); an ESM bundle needs one.
const banner = { js: 'import { createRequire as __medsecRequire } from "node:module"; const require = __medsecRequire(import.meta.url);' };

rmSync(`${root}dist`, { recursive: true, force: true });
await build({ ...common, entryPoints: ["src/data/compile.ts"], outfile: "dist/.build/compile-data.mjs", banner });
const compiled = spawnSync(process.execPath, ["dist/.build/compile-data.mjs", "data", "dist/dataset.json", "schemas"], { cwd: root, stdio: "inherit" });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
rmSync(`${root}dist/.build`, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: "src/cli/main.ts" },
  outdir: "dist",
  splitting: true,
  // Chunks sit beside main.js: shipped.ts finds dataset.json relative to itself.
  chunkNames: "[name]-[hash]",
  banner,
  define: { __VERSION__: JSON.stringify(JSON.parse(readFileSync(`${root}package.json`, "utf8")).version) },
});
