// Builds dist/: validates the data into dist/dataset.json, then bundles the CLI
// into a few ESM files with no runtime dependencies, so `npx medsec-path`
// installs one small package instead of thirty-five.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const common = { bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "warning", absWorkingDir: root };
// Commander and cli-table3 are CommonJS and call require(); an ESM bundle needs one.
const banner = { js: 'import { createRequire as __medsecRequire } from "node:module"; const require = __medsecRequire(import.meta.url);' };

// Commander loads node:child_process at start-up only to run executable
// subcommands (`git-style` separate programs), which medsec-path never uses.
// Loading it costs about 3 ms of every start, so Commander gets a stub that
// fails loudly if that ever changes.
const commanderWithoutChildProcess = {
  name: "commander-without-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes("/node_modules/commander/") ? { path: "child_process", namespace: "stub" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents: 'module.exports = { spawn() { throw new Error("medsec-path has no executable subcommands"); } };',
      loader: "js",
    }));
  },
};

rmSync(`${root}dist`, { recursive: true, force: true });
await build({ ...common, entryPoints: ["src/build/compile-data.ts"], outfile: "dist/.build/compile-data.mjs", banner });
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
  plugins: [commanderWithoutChildProcess],
  define: { __VERSION__: JSON.stringify(JSON.parse(readFileSync(`${root}package.json`, "utf8")).version) },
});
