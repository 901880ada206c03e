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

type LoadTest = {
  baseUrl: string;
  /** asked in turn, round and round */
  paths: string[];
  clients: number;
  seconds: number;
  cookie?: string;
  targetP95?: number;
};

/**
 * `clients` clients asking at once, each its next request as soon as it has the last answer, for `seconds`
 * (after a 3-second warm-up): requests per second and latency percentiles, printed and returned.
 */
export async function loadTest(name: string, options: LoadTest) {
  const { baseUrl, paths, clients, seconds, cookie, targetP95 } = options;
  let next = 0;
  let errors = 0;
  const run = async (until: number, times: number[] | null) => {
    while (performance.now() < until) {
      const path = paths[next++ % paths.length]!;
      const started = performance.now();
      const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
      await response.arrayBuffer();
      if (!times) continue;
      if (!response.ok) errors++;
      times.push(performance.now() - started);
    }
  };
  const warmUp = performance.now() + 3_000;
  await Promise.all(Array.from({ length: clients }, () => run(warmUp, null)));
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, () => run(until, times)));
  times.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
  const target = targetP95 ? `; ${p95! < targetP95 ? "meets" : "MISSES"} p95 < ${targetP95} ms` : "";
  console.log(
    `${name.padEnd(60)} ${(times.length / seconds).toFixed(0).padStart(5)} req/s  p50 ${p50!.toFixed(1)} ms  p95 ${p95!.toFixed(1)} ms  p99 ${p99!.toFixed(1)} ms  errors ${errors}  (${clients} clients${target})`,
  );
  return { p50: p50!, p95: p95!, p99: p99!, errors };
}
