// npm run bench -- profile [--scale N]: server render of public profiles (/in/<handle>) and the vCard, over
// many different profiles, as anonymous visitors and as a signed-in member (first visits, rendered and
// cached for that audience; then from the cache), and a member's own profile (rendered per request). Target (issue 4): at least 150 req/s with p99 under
// 150 ms, 20 connections, 10 000 members.
import autocannon from "autocannon";
import { startBenchApp } from "./app.ts";

const CONNECTIONS = 20;
const DURATION_SECONDS = 15;
/** the signed-in member of the runs below is this profile's owner */
const OWN_PROFILE = "/in/maria-lopez";

/** Profile paths from the app's own sitemap, shuffled (a fixed order would make every run the same). */
async function profilePaths(baseUrl: string, count: number): Promise<string[]> {
  const xml = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  const paths = [...xml.matchAll(/<loc>[^<]*?(\/in\/[^<]+)<\/loc>/g)]
    .map((m) => m[1]!)
    .filter((path) => path !== OWN_PROFILE);
  for (let i = paths.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [paths[i], paths[j]] = [paths[j]!, paths[i]!];
  }
  return paths.slice(0, count);
}

async function signedInCookie(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "maria.lopez@renmai.example", password: "renmai-demo-2026" }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

type RunOptions = { headers?: Record<string, string>; isEachPathOnce?: boolean };

/** Requests over the paths in turn: each once, or for the set duration after a warm-up. */
async function load(baseUrl: string, paths: string[], options: RunOptions = {}) {
  let next = 0;
  const common = {
    url: baseUrl,
    connections: CONNECTIONS,
    headers: options.headers ?? {},
    requests: [{ setupRequest: (request: object) => ({ ...request, path: paths[next++ % paths.length] }) }],
  };
  if (options.isEachPathOnce) return autocannon({ ...common, amount: paths.length });
  await autocannon({ ...common, duration: 3 }); // warm-up
  return autocannon({ ...common, duration: DURATION_SECONDS });
}

async function run(baseUrl: string, name: string, paths: string[], options: RunOptions = {}) {
  const result = await load(baseUrl, paths, options);
  const verdict = result.requests.average >= 150 && result.latency.p99 < 150 ? "meets" : "MISSES";
  console.log(
    `${name.padEnd(48)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${result.errors + result.non2xx}  (${verdict} 150 req/s, p99 < 150 ms)`,
  );
}

export async function benchProfile({ scale = 10_000 }: { scale?: number }) {
  const app = await startBenchApp(scale);
  console.log(
    `app with ${scale} members healthy in ${app.startSeconds.toFixed(1)} s (includes seeding, and a build if needed)`,
  );
  try {
    const shuffled = await profilePaths(app.baseUrl, 4_000);
    const [anonymousPaths, memberPaths] = [shuffled.slice(0, 2_000), shuffled.slice(2_000)];
    const member = { cookie: await signedInCookie(app.baseUrl) };
    console.log(`2 × 2 000 different profiles, ${CONNECTIONS} connections, ${DURATION_SECONDS} s each`);
    // each audience's cached runs go over the profiles its first-visit run rendered
    await run(app.baseUrl, "GET /in/<handle> (anonymous, first visit)", anonymousPaths, {
      isEachPathOnce: true,
    });
    await run(app.baseUrl, "GET /in/<handle> (anonymous, cached)", anonymousPaths);
    await run(app.baseUrl, "GET /in/<handle> (signed-in member, first visit)", memberPaths, {
      headers: member,
      isEachPathOnce: true,
    });
    await run(app.baseUrl, "GET /in/<handle> (signed-in member, cached)", memberPaths, { headers: member });
    await run(app.baseUrl, "GET /in/<own handle> (its owner, rendered per request)", [OWN_PROFILE], {
      headers: member,
    });
    const vcardPaths = anonymousPaths.map((p) => `${p}/vcard`);
    await run(app.baseUrl, "GET /in/<handle>/vcard (anonymous, first visit)", vcardPaths, {
      isEachPathOnce: true,
    });
    await run(app.baseUrl, "GET /in/<handle>/vcard (anonymous, cached)", vcardPaths);
  } finally {
    await app.stop();
  }
}
