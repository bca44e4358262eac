// Builds dist/: validates the data into dist/dataset.json, then bundles the CLI
// into a few ESM files with no runtime dependencies, so `npx medsec-path`
// installs one small package instead of thirty-five. Also writes schemas/.
//
//   node scripts/build.mjs             build now
//   node scripts/build.mjs --if-stale  build only if src/, data/ or the tools changed
//   node scripts/build.mjs --clean     build, and leave nothing of earlier builds (npm pack)
//
// Nothing that reads dist/ or schemas/ may ever see them missing or half
// written: a test worker, `npx medsec-path` or a person's second terminal can
// run the CLI while a build is under way. So each is built whole in a folder
// of its own beside it and moved into place a file at a time, and a build whose inputs have
// not changed does nothing at all (npm runs `prepare` on every `npm install`
// and on an `npx` of the clone).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const STAMP = ".inputs.sha256";
// What the bundle and the schemas are made from: a change to any of these makes dist/ stale.
const INPUTS = ["src", "data", "scripts/build.mjs", "package.json", "package-lock.json"];

function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** A digest of every input's path and content: the same clone at any path, at any mtime, gives the same digest. */
export function inputsDigest() {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const isCurrent = (digest) => {
  try {
    return existsSync(join(root, "dist/main.js")) && readFileSync(join(root, "dist", STAMP), "utf8").trim() === digest;
  } catch {
    return false;
  }
};

/**
 * Moves every file built in `built` into `target`, each by a rename, so a
 * reader finds each file either as it was or as it now is, never half
 * written, and `target` itself never missing. `last` goes in after the rest:
 * dist/main.js, whose chunks must all be in place before it can name them.
 *
 * Files the new build did not make are the previous build's chunks. A CLI
 * started just before the swap may still import one of them lazily (the
 * questionnaire loads the engine minutes later, once the answers are in), so
 * they are removed only once they are older than STALE_AFTER_MS; `clean`
 * (npm pack) removes them all, as nothing runs from a folder being packed.
 */
const STALE_AFTER_MS = 30 * 60 * 1000;
function moveInto(built, target, { last, clean = false } = {}) {
  mkdirSync(target, { recursive: true });
  const made = readdirSync(built);
  for (const name of [...made.filter((n) => n !== last), ...made.filter((n) => n === last)]) renameSync(join(built, name), join(target, name));
  const now = Date.now();
  for (const name of readdirSync(target)) {
    if (made.includes(name)) continue;
    const path = join(target, name);
    if (clean || now - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
  }
}

async function build(digest) {
  const { build: bundle } = await import("esbuild");
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const distTmp = join(root, `.dist-${tag}`);
  const schemasTmp = join(root, `.schemas-${tag}`);
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

  try {
    const compiler = join(distTmp, ".build/compile-data.mjs");
    await bundle({ ...common, entryPoints: ["src/build/compile-data.ts"], outfile: compiler, banner });
    const compiled = spawnSync(process.execPath, [compiler, "data", join(distTmp, "dataset.json"), schemasTmp], { cwd: root, stdio: "inherit" });
    if (compiled.status !== 0) return compiled.status ?? 1;
    rmSync(join(distTmp, ".build"), { recursive: true, force: true });
    await bundle({
      ...common,
      entryPoints: { main: "src/cli/main.ts" },
      outdir: distTmp,
      splitting: true,
      // Chunks sit beside main.js: shipped.ts finds dataset.json relative to itself.
      chunkNames: "[name]-[hash]",
      banner,
      plugins: [commanderWithoutChildProcess],
      define: { __VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version) },
    });
    moveInto(schemasTmp, join(root, "schemas"), { clean: true });
    // The stamp goes first out and last in: a build killed part-way leaves dist/ stale, so the next one runs.
    rmSync(join(root, "dist", STAMP), { force: true });
    moveInto(distTmp, join(root, "dist"), { last: "main.js", clean });
    writeFileSync(join(distTmp, STAMP), `${digest}\n`);
    renameSync(join(distTmp, STAMP), join(root, "dist", STAMP));
    return 0;
  } finally {
    rmSync(distTmp, { recursive: true, force: true });
    rmSync(schemasTmp, { recursive: true, force: true });
  }
}

const ifStale = process.argv.includes("--if-stale");
const clean = process.argv.includes("--clean");
const digest = inputsDigest();
if (!(ifStale && isCurrent(digest))) {
  // Said only when the build takes more than a moment, so a quick one stays quiet; and
  // then said again when it ends, so that a wait inside npm pack or npm install is
  // never silent (issue 19: 14 seconds without a word).
  const started = performance.now();
  const why = ifStale ? "src/ or data/ changed since the last build" : "for the package";
  let said = false;
  const notice = setTimeout(() => {
    said = true;
    process.stderr.write(`medsec-path: building dist/ ${why}: checking the data, then bundling (a few seconds)...\n`);
  }, 400);
  const status = await build(digest);
  clearTimeout(notice);
  if (said && status === 0) process.stderr.write(`medsec-path: built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  process.exitCode = status;
}
