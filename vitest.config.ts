import { defineConfig } from "vitest/config";
import { readFileSync } from "node:fs";

const define = { __VERSION__: JSON.stringify(JSON.parse(readFileSync("package.json", "utf8")).version) };

/**
 * The tests that run the built bundle as a separate process (a real terminal
 * in tmux, Chromium, npm pack and npx, a full disk, shell pipes): everything
 * else runs the program in the test's own process and needs no build.
 * `npm run test:fast` runs the others alone; `npm run test:e2e` these.
 */
const E2E = ["test/e2e/**/*.test.ts", "test/tty/**/*.test.ts", "test/handouts/**/*.test.ts", "test/pack/**/*.test.ts", "test/contract/dataset.test.ts"];

export default defineConfig({
  define,
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores are all CI has.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "fast", include: ["test/**/*.test.ts"], exclude: E2E } },
      // The bundle is built (if stale) once before these run.
      { extends: true, test: { name: "e2e", include: E2E, globalSetup: ["test/global-setup.ts"] } },
    ],
  },
});
