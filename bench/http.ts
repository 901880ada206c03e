// npm run bench -- http [--scale N]: latency and throughput of the pages and endpoints every visit touches.
import autocannon from "autocannon";
import { startBenchApp } from "./app.ts";

const ENDPOINTS = [
  { name: "GET /api/health", path: "/api/health" },
  { name: "GET / (landing, anonymous)", path: "/" },
  { name: "GET /sign-in", path: "/sign-in" },
  { name: "GET /search?q=王 (people)", path: `/search?q=${encodeURIComponent("王")}` },
];

export async function benchHttp({ scale = 1_000 }: { scale?: number }) {
  const app = await startBenchApp(scale);
  console.log(
    `app with ${scale} members healthy in ${app.startSeconds.toFixed(1)} s (includes a build if the sources changed)`,
  );
  try {
    for (const endpoint of ENDPOINTS) {
      await autocannon({ url: app.baseUrl + endpoint.path, connections: 4, duration: 3 }); // warm-up
      const result = await autocannon({ url: app.baseUrl + endpoint.path, connections: 10, duration: 10 });
      console.log(
        `${endpoint.name.padEnd(32)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${result.errors + result.non2xx}`,
      );
    }
  } finally {
    await app.stop();
  }
}
