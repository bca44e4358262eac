// How the time of some work grows with its input, measured in one run as a
// ratio, never against a clock: these machines are shared and a fixed limit
// in milliseconds would fail on a busy day. Doubling the input of linear work
// about doubles its time; quadratic work takes four times as long, cubic eight.

/** The best (least disturbed) of `runs` timings of `work`, in ms. */
function best(work: () => void, runs: number): number {
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

/**
 * The time of `work(2n)` over that of `work(n)`. n starts at `from` and is
 * doubled while a run takes less than `floorMs` (and 2n stays within
 * `upTo`), so that slow work is measured small and fast work large; each
 * measurement repeats the work enough times to take about `floorMs`, and the
 * two sizes are timed in turn, five times, the best of each kept.
 */
export function growthRatio(work: (n: number) => void, opts: { from: number; upTo: number; floorMs?: number }): { n: number; ratio: number } {
  // Noise (another process, a collection of garbage) only ever makes a ratio look worse: a later look
  // that sees linear growth is believed, while work that truly grows faster fails every look. Five
  // looks, not three: with four test runs sharing two cores (load average 15), three looks once failed.
  let result = measureOnce(work, opts);
  for (let look = 1; look < 5 && result.ratio >= LINEAR; look++) {
    const again = measureOnce(work, opts);
    if (again.ratio < result.ratio) result = again;
  }
  return result;
}

function measureOnce(work: (n: number) => void, opts: { from: number; upTo: number; floorMs?: number }): { n: number; ratio: number } {
  const floor = opts.floorMs ?? 20;
  // Compiled before anything is timed.
  for (let i = 0; i < 3; i++) work(opts.from);
  let n = opts.from;
  let once = best(() => work(n), 3);
  while (once < floor && n * 4 <= opts.upTo) {
    n *= 2;
    once = best(() => work(n), 3);
  }
  const reps = Math.max(1, Math.ceil(floor / Math.max(once, 0.01)));
  const batch = (size: number) => () => {
    for (let i = 0; i < reps; i++) work(size);
  };
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < 5; i++) {
    small = Math.min(small, best(batch(n), 1));
    large = Math.min(large, best(batch(2 * n), 1));
  }
  return { n, ratio: large / small };
}

/** `make(n)`, made once for each n: building an input is not part of the work timed. */
export function madeOnce<T>(make: (n: number) => T): (n: number) => T {
  const made = new Map<number, T>();
  return (n) => {
    if (!made.has(n)) made.set(n, make(n));
    return made.get(n)!;
  };
}

/** Linear work doubles; 3 leaves room for noise and still fails quadratic (4) and cubic (8) work. */
export const LINEAR = 3;
