// npm run bench -- jobs [--scale N]: job search and recruiter search at scale. The network benchmark's members
// (100 000, 1 000 000 connections) with varied titles, places and years of experience in Chinese and English,
// 2 000 company pages and 50 000 open jobs, loaded with COPY and indexed as `npm run search:reindex` does; then
// the app through the REST API — job search with two facets, and a recruiter's boolean search with three filters —
// one request at a time and 10 clients at once, and each engine query alone.
// Targets (issue 9): job search with two facets p95 < 50 ms; boolean search with three filters p95 < 80 ms.
import path from "node:path";
import pg from "pg";
import { startServices, PROJECT_ROOT } from "../scripts/services/index.ts";
import { startBenchApp } from "./app.ts";
import { generateCompanies } from "./company.ts";
import { copyRows, generateGraph, graphSize, newId, randomInt } from "./graph.ts";
import { loadTest, measure, pick } from "./measure.ts";
import { makeSignInable, oneAtATime, signIn } from "./members.ts";

const CLIENTS = 10;
const SECONDS = 15;
const JOBS = 50_000;
const TITLES = [
  "产品经理",
  "高级产品经理",
  "产品经理实习生",
  "Product Manager",
  "Senior Product Manager",
  "Product Manager Intern",
  "前端工程师",
  "Frontend Engineer",
  "后端开发工程师",
  "Backend Engineer",
  "数据分析师",
  "Data Analyst",
  "跨境电商运营",
  "E-commerce Manager",
  "UI 设计师",
  "Product Designer",
  "销售经理",
  "Sales Manager",
];
const CITIES = [
  "杭州",
  "Hangzhou",
  "上海",
  "Shanghai",
  "北京",
  "深圳",
  "Berlin",
  "Singapore",
  "London",
  "成都",
];
const WORKPLACES = ["on_site", "on_site", "hybrid", "remote"];
const SENIORITIES = ["internship", "entry", "associate", "mid_senior", "director"];
const WORDS = ["产品经理", "engineer", "前端", "manager", "数据", "designer", "运营", "sales"];
const BOOLEAN_QUERIES = [
  '(产品经理 OR "product manager") AND 杭州 NOT 实习',
  "(前端 OR frontend) AND NOT intern",
  '"data analyst" OR 数据分析师',
  "(设计师 OR designer) AND (上海 OR Shanghai)",
  "(销售 OR sales) AND manager NOT 实习",
];

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const tsv = (...values: (string | number | null)[]) =>
  `${values.map((v) => (v === null ? "\\N" : String(v).replace(/[\t\n\\]/g, " "))).join("\t")}\n`;

/** Titles, places and careers of every kind, so the boolean search has real work to do. */
async function varyMembers(client: pg.PoolClient) {
  await client.query(
    `UPDATE "Profile" p SET headline = t.title, city = t.city
     FROM (SELECT "userId", ($1::text[])[1 + (abs(hashtext("userId")) % $2)] AS title,
                  ($3::text[])[1 + (abs(hashtext("userId" || 'c')) % $4)] AS city FROM "Profile") t
     WHERE t."userId" = p."userId"`,
    [TITLES, TITLES.length, CITIES, CITIES.length],
  );
  await client.query(
    `UPDATE "Position" x SET title = p.headline,
       "startDate" = make_date(2024 - (abs(hashtext(x.id)) % 16), 1, 1)
     FROM "Profile" p WHERE p."userId" = x."profileId" AND x."endDate" IS NULL`,
  );
  await client.query(`VACUUM (ANALYZE) "Profile", "Position"`);
}

async function generateJobs(client: pg.PoolClient, companyIds: string[]) {
  const now = Date.now();
  await copyRows(
    client,
    `COPY "Job" (id, "companyId", title, description, city, country, workplace, "remoteCountries", "employmentType",
      seniority, "salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod", "requiredSkills", "niceSkills", status,
      "publishedAt", "expiresAt", "updatedAt") FROM STDIN`,
    (function* () {
      for (let i = 0; i < JOBS; i++) {
        const title = TITLES[i % TITLES.length]!;
        const published = new Date(now - randomInt(60 * 24) * 3_600_000);
        const min = 8_000 + randomInt(40) * 1_000;
        yield tsv(
          newId(),
          companyIds[i % companyIds.length]!,
          `${title} ${i % 97 === 0 ? "· 急招" : ""}`.trim(),
          `**${title}** — 负责核心业务，与产品和工程团队协作。Work with product and engineering; ship every week.`,
          CITIES[randomInt(CITIES.length)]!,
          "CN",
          WORKPLACES[i % WORKPLACES.length]!,
          "{}",
          i % 11 === 0 ? "contract" : "full_time",
          SENIORITIES[i % SENIORITIES.length]!,
          min,
          Math.round(min * 1.5),
          "CNY",
          "month",
          "{React,TypeScript}",
          "{}",
          "open",
          published.toISOString(),
          new Date(now + 30 * 86_400_000).toISOString(),
          new Date(now).toISOString(),
        );
      }
    })(),
  );
  await client.query(`VACUUM (ANALYZE) "Job"`);
}

export async function benchJobs({ scale = 100_000 }: { scale?: number }) {
  const services = await startServices({
    dataDir: path.join(PROJECT_ROOT, ".data", `bench-jobs-${process.pid}`),
    ephemeral: true,
  });
  Object.assign(process.env, services.env, { LOG_LEVEL: "warn" });
  try {
    let started = performance.now();
    const graph = await generateGraph(services.env.DATABASE_URL, graphSize(scale, 10));
    await generateCompanies(services.env.DATABASE_URL, graph.ids);
    const pool = new pg.Pool({ connectionString: services.env.DATABASE_URL, max: 1 });
    const client = await pool.connect();
    const recruiterId = graph.hubIds[0]!;
    try {
      await varyMembers(client);
      const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Company" ORDER BY slug`);
      await generateJobs(
        client,
        rows.map((row) => row.id),
      );
      // the viewer recruits for a verified company (the private open-to-work signal applies)
      await client.query(`UPDATE "Company" SET "verifiedAt" = now() WHERE id = $1`, [rows[0]!.id]);
      await client.query(
        `INSERT INTO "CompanyAdmin" ("companyId", "userId", role) VALUES ($1, $2, 'recruiter')
         ON CONFLICT ("companyId", "userId") DO UPDATE SET role = 'recruiter'`,
        [rows[0]!.id, recruiterId],
      );
      await client.query(
        `UPDATE "Profile" SET "openToWork" = true, "openToWorkAudience" = CASE WHEN abs(hashtext("userId")) % 2 = 0
           THEN 'recruiters'::"OpenToWorkAudience" ELSE 'everyone'::"OpenToWorkAudience" END
         WHERE abs(hashtext("userId" || 'otw')) % 10 = 0`,
      );
    } finally {
      client.release();
      await pool.end();
    }
    console.log(
      `data: ${scale.toLocaleString("en")} members, ${(scale * 10).toLocaleString("en")} connections, ${JOBS.toLocaleString("en")} open jobs in ${seconds(started)} s`,
    );
    await import("../lib/composition/wiring.ts");
    const { reindex } = await import("../lib/search/reindex.ts");
    for (const name of ["people", "jobs"] as const) {
      started = performance.now();
      const written = await reindex(name);
      console.log(
        `index ${name.padEnd(6)} ${written.toLocaleString("en").padStart(9)} documents in ${seconds(started)} s`,
      );
    }

    const email = await makeSignInable(services.env.DATABASE_URL, recruiterId);
    const { DATABASE_URL, MEILI_HOST, MEILI_MASTER_KEY } = services.env;
    const app = await startBenchApp(0, { DATABASE_URL, MEILI_HOST, MEILI_MASTER_KEY });
    try {
      const cookie = await signIn(app.baseUrl, email);
      const jobPaths = Array.from({ length: 500 }, () => {
        const params = new URLSearchParams({ q: pick(WORDS) });
        params.append("workplace", pick(["on_site", "hybrid", "remote"]));
        params.append("city", pick(CITIES));
        return `/api/v1/jobs?${params}`;
      });
      const recruiterPaths = Array.from({ length: 500 }, () => {
        const params = new URLSearchParams({ q: pick(BOOLEAN_QUERIES) });
        params.append("experience", pick(["0-2", "3-5", "6-10", "11+"]));
        params.append("industry", pick(["software", "ecommerce", "finance", "manufacturing"]));
        params.append("degree", pick(["2", "3"]));
        return `/api/v1/recruiter/candidates?${params}`;
      });
      const runs = [
        ["job search, two facets (workplace, city)", jobPaths, 50],
        ["recruiter boolean search, three filters", recruiterPaths, 80],
      ] as const;
      for (const [label, paths, target] of runs) {
        // what the measured searches find (a search that finds nothing would be cheap and say nothing)
        const totals = await Promise.all(
          paths.slice(0, 20).map(async (path) => {
            const answer = (await (await fetch(`${app.baseUrl}${path}`, { headers: { cookie } })).json()) as {
              total: number;
              hits: unknown[];
            };
            return [answer.total, answer.hits.length];
          }),
        );
        const mean = (i: number) => Math.round(totals.reduce((sum, t) => sum + t[i]!, 0) / totals.length);
        console.log(
          `${label}: ${mean(0).toLocaleString("en")} matches and ${mean(1)} on the page, on average`,
        );
        await measure(`${label}: one client at a time`, target, oneAtATime(app.baseUrl, paths, cookie));
        await loadTest(`${label}: 10 clients`, {
          baseUrl: app.baseUrl,
          paths: [...paths],
          clients: CLIENTS,
          seconds: SECONDS,
          cookie,
          targetP95: target,
        });
      }
      await engineAlone(jobPaths, recruiterPaths, recruiterId);
    } finally {
      await app.stop();
    }
  } finally {
    await services.stop();
  }
}

/** Where the time goes: Meilisearch's share of each search, asked directly with the app's own plans. */
async function engineAlone(jobPaths: string[], recruiterPaths: string[], recruiterId: string) {
  const { search } = await import("../lib/search/client.ts");
  const { planJobs } = await import("../lib/discovery/find-jobs.ts");
  const { JobSearchQuerySchema } = await import("../lib/jobs/job-search-query.ts");
  const { parseBooleanQuery } = await import("../lib/recruiter/boolean-query.ts");
  const { queryFilter } = await import("../lib/recruiter/query-plan.ts");
  const { findablePeopleFilter } = await import("../lib/profiles/findability.ts");
  await measure(
    "job search, two facets: Meilisearch alone",
    50,
    jobPaths.slice(0, 300).map((path) => () => {
      const url = new URL(path, "http://x");
      const query = JobSearchQuerySchema.parse({
        q: url.searchParams.get("q"),
        filters: { workplace: url.searchParams.getAll("workplace"), city: url.searchParams.getAll("city") },
      });
      return search().multiSearch({ queries: planJobs(query as never, 1, []).queries });
    }),
  );
  await measure(
    "recruiter boolean search: Meilisearch alone",
    80,
    recruiterPaths.slice(0, 300).map((path) => () => {
      const url = new URL(path, "http://x");
      const filter = [
        ...findablePeopleFilter({ id: recruiterId, blockedIds: [], connectedIds: new Set() })!,
        queryFilter(parseBooleanQuery(url.searchParams.get("q")!)),
        `industry IN [${JSON.stringify(url.searchParams.get("industry"))}]`,
      ];
      return search()
        .index("people")
        .search("", { filter, limit: 20, sort: ["profileScore:desc"] });
    }),
  );
}
