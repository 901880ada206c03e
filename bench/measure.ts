// Latency figures for the benchmarks: each call timed on its own, one at a time.

export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs the calls one at a time (after a warm-up) and prints p50 / p95 / p99 against the p95 target. */
export async function measure(name: string, targetP95: number, calls: Array<() => Promise<unknown>>) {
  for (const call of calls.slice(0, 20)) await call(); // warm-up
  const times: number[] = [];
  for (const call of calls) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p).toFixed(1));
  const verdict = Number(p95) < targetP95 ? "meets" : "MISSES";
  const target = Number.isFinite(targetP95) ? `; ${verdict} p95 < ${targetP95} ms` : "";
  console.log(
    `${name.padEnd(52)} p50 ${p50} ms  p95 ${p95} ms  p99 ${p99} ms  (${times.length} calls${target})`,
  );
}

export const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
