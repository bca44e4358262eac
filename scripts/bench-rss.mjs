// Loaded with `node --import` by scripts/bench.mjs: as the CLI exits, writes
// its own peak resident memory (kB) to the file named by MEDSEC_BENCH_RSS, so
// the benchmark measures the child and not itself.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.MEDSEC_BENCH_RSS) writeFileSync(process.env.MEDSEC_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
