/** Wall time of `fn` in milliseconds, by the monotonic high-resolution clock. */
export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `fn` `warmup` times unmeasured (JIT, caches), then `runs` times; returns the median and every run. */
export function medianOfRuns(fn: () => void, runs: number, warmup = 1): { medianMs: number; runsMs: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const runsMs = Array.from({ length: runs }, () => timeMs(fn));
  return { medianMs: median(runsMs), runsMs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
