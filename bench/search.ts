// npm run bench -- search [--scale N]: discovery at scale. The network benchmark's members (100 000, with
// 1 000 000 connections), 2 000 company pages and 500 000 posts, loaded with COPY; every index built from
// PostgreSQL as `npm run search:reindex` builds it (documents/s, and the time for the whole set); then the app,
// asked by 10 clients at once through the REST API — people search with two facets, and the header's typeahead —
// side by side with a second app on the same database whose Meilisearch is unreachable (the PostgreSQL fallback).
// Targets (issue 8): people search with two facets p95 < 50 ms; typeahead p95 < 30 ms; reindex < 5 minutes.
import path from "node:path";
import { INDUSTRIES } from "../lib/profiles/industries.ts";
import { startServices, PROJECT_ROOT } from "../scripts/services/index.ts";
import { startBenchApp } from "./app.ts";
import { generateCompanies } from "./company.ts";
import { generateGraph, graphSize } from "./graph.ts";
import { loadTest, measure, pick } from "./measure.ts";
import { makeSignInable, oneAtATime, signIn } from "./members.ts";
import { generatePosts } from "./posts.ts";

const CLIENTS = 10;
const SECONDS = 15;
const COMPANY_SIZE = 50; // as bench/graph.ts places members
const CITIES = 40;

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

export async function benchSearch({ scale = 100_000 }: { scale?: number }) {
  const services = await startServices({
    dataDir: path.join(PROJECT_ROOT, ".data", `bench-search-${process.pid}`),
    ephemeral: true,
  });
  Object.assign(process.env, services.env, { LOG_LEVEL: "warn" });
  try {
    let started = performance.now();
    const graph = await generateGraph(services.env.DATABASE_URL, graphSize(scale, 10));
    const companies = await generateCompanies(services.env.DATABASE_URL, graph.ids);
    const postCount = scale * 5;
    await generatePosts(services.env.DATABASE_URL, graph.ids, postCount);
    console.log(
      `data: ${scale.toLocaleString("en")} members, ${(scale * 10).toLocaleString("en")} connections, ${companies.toLocaleString("en")} companies, ${postCount.toLocaleString("en")} posts in ${seconds(started)} s`,
    );
    const viewer = await makeSignInable(services.env.DATABASE_URL, graph.hubIds[0]!);

    // as `npm run search:reindex` does it, index by index
    await import("../lib/composition/wiring.ts");
    const { reindex } = await import("../lib/search/reindex.ts");
    const everything = performance.now();
    let total = 0;
    for (const name of ["people", "companies", "posts"] as const) {
      started = performance.now();
      const written = await reindex(name);
      total += written;
      const took = (performance.now() - started) / 1000;
      console.log(
        `index ${name.padEnd(9)} ${written.toLocaleString("en").padStart(9)} documents in ${took.toFixed(1)} s (${Math.round(written / took).toLocaleString("en")} documents/s)`,
      );
    }
    const reindexSeconds = (performance.now() - everything) / 1000;
    console.log(
      `reindex of the whole set: ${total.toLocaleString("en")} documents in ${reindexSeconds.toFixed(0)} s (${reindexSeconds < 300 ? "meets" : "MISSES"} < 5 minutes)`,
    );

    const { DATABASE_URL, MEILI_HOST, MEILI_MASTER_KEY } = services.env;
    const env = { DATABASE_URL, MEILI_HOST, MEILI_MASTER_KEY };
    const app = await startBenchApp(0, env);
    // the same database, its Meilisearch unreachable: every search is PostgreSQL's
    const fallback = await startBenchApp(0, { ...env, MEILI_HOST: "http://127.0.0.1:1" });
    try {
      const companyCount = Math.floor(scale / COMPANY_SIZE);
      const peoplePaths = Array.from({ length: 500 }, () => {
        const company = Math.floor(Math.random() * companyCount);
        const q = pick(["engineer", `Company ${company}`, "member", "engineer company", "enginer"]);
        const filters = {
          city: [`City ${company % CITIES}`],
          industry: [INDUSTRIES[company % INDUSTRIES.length]],
        };
        return `/api/v1/search?type=people&q=${encodeURIComponent(q)}&filters=${encodeURIComponent(JSON.stringify(filters))}`;
      });
      const typeaheadPaths = Array.from({ length: 500 }, () => {
        const word = pick(["Member ", "Company ", "Engineer", "topic"]);
        const typed = `${word}${Math.floor(Math.random() * 1000)}`;
        // as typed, key by key: a prefix of 3 letters or more
        const q = typed.slice(0, 3 + Math.floor(Math.random() * (typed.length - 2)));
        return `/api/v1/search/suggest?q=${encodeURIComponent(q)}`;
      });
      const runs = [
        ["people search, two facets (city, industry)", peoplePaths, 50],
        ["header typeahead", typeaheadPaths, 30],
      ] as const;
      for (const [label, paths, target] of runs) {
        const cookies = await Promise.all([signIn(app.baseUrl, viewer), signIn(fallback.baseUrl, viewer)]);
        // 10 clients at once, each asking again as soon as it has its answer
        const meili = await loadTest(`${label}: Meilisearch`, {
          baseUrl: app.baseUrl,
          paths,
          clients: CLIENTS,
          seconds: SECONDS,
          cookie: cookies[0],
          targetP95: target,
        });
        const postgres = await loadTest(`${label}: PostgreSQL fallback`, {
          baseUrl: fallback.baseUrl,
          paths,
          clients: CLIENTS,
          seconds: SECONDS,
          cookie: cookies[1],
        });
        console.log(
          `${label}: the fallback's p95 is ${(postgres.p95 / meili.p95).toFixed(1)}× Meilisearch's, p50 ${(postgres.p50 / meili.p50).toFixed(1)}×`,
        );
        await measure(`${label}: one client at a time`, target, oneAtATime(app.baseUrl, paths, cookies[0]));
      }
      // where the time goes: the engine alone, and the floor of any request to the app on this machine
      const { search } = await import("../lib/search/client.ts");
      const { planPeople } = await import("../lib/discovery/find-people.ts");
      const { searchViewerOf } = await import("../lib/discovery/search.ts");
      const { SearchQuerySchema } = await import("../lib/discovery/search-query.ts");
      const searchViewer = await searchViewerOf({ id: graph.hubIds[0]! });
      await measure(
        "people search, two facets: Meilisearch's multi-search alone",
        50,
        peoplePaths.slice(0, 300).map((path) => () => {
          const url = new URL(path, app.baseUrl);
          const query = SearchQuerySchema.parse({
            q: url.searchParams.get("q"),
            type: "people",
            filters: JSON.parse(url.searchParams.get("filters")!),
          });
          return search().multiSearch({ queries: planPeople(searchViewer, query, 1).queries });
        }),
      );
      await loadTest("GET /api/health (a database and a Meilisearch ping)", {
        baseUrl: app.baseUrl,
        paths: ["/api/health"],
        clients: CLIENTS,
        seconds: 5,
      });
    } finally {
      await Promise.all([app.stop(), fallback.stop()]);
    }
  } finally {
    await services.stop();
  }
}
