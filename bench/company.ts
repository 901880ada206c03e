// npm run bench -- company [--scale N]: server render of company pages. The network benchmark's members (100 000,
// in companies of 50, with 1 000 000 connections) and 2 000 companies with their products, offices, a pinned
// announcement, employees, partners and followers, loaded with COPY; then the app on that database, read with
// 20 connections. Target (issue 7): company page server render at least 150 req/s, p99 under 150 ms. A page's
// home and products tab are rendered on the first visit and then served from the render cache until the page
// changes; the people tab is rendered for each member.
import { signIn } from "./members.ts";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { startServices, PROJECT_ROOT } from "../scripts/services/index.ts";
import { startBenchApp } from "./app.ts";
import { copyRows, generateGraph, graphSize, newId, randomInt } from "./graph.ts";

const CONNECTIONS = 20;
const DURATION_SECONDS = 15;
const MEMBERS_PER_COMPANY = 50; // as bench/graph.ts places them
const FOLLOWERS_PER_COMPANY = 30;
const SIZES = ["size_11_50", "size_51_200", "size_201_500"];
const ABOUT =
  "We build software for small and medium enterprises that trade across borders: orders, stock, payments and customs in one place. 我们为跨境贸易的中小企业打造软件，把订单、库存、支付和报关放在一起。 ".repeat(
    3,
  );

const tsv = (...values: (string | number | null)[]) =>
  `${values.map((v) => (v === null ? "\\N" : String(v).replace(/[\t\n\\]/g, " "))).join("\t")}\n`;

/** 2 000 pages for the graph's "Company N", with what a page holds, and their people linked up. */
export async function generateCompanies(databaseUrl: string, memberIds: string[]) {
  const count = Math.floor(memberIds.length / MEMBERS_PER_COMPANY);
  const ids = Array.from({ length: count }, newId);
  const now = new Date().toISOString();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const client = await pool.connect();
  try {
    await client.query("SET session_replication_role = replica");
    await copyRows(
      client,
      `COPY "Company" (id, slug, "nameEn", "nameZh", tagline, about, industry, size, type, "foundedYear", specialties,
        city, country, address, phone, email, website, "contactName", "contactTitle", "followerCount", "updatedAt") FROM STDIN`,
      ids.map((id, n) =>
        tsv(
          id,
          `company-${n}`,
          `Company ${n}`,
          `公司 ${n}`,
          "Cross-border commerce software · 跨境贸易软件",
          ABOUT,
          "software",
          SIZES[n % 3]!,
          "private",
          2000 + (n % 25),
          "{SaaS,跨境电商,ERP}",
          `City ${n % 40}`,
          "CN",
          `${n} Wenyi West Road, Hangzhou`,
          "+86 571 5555 0000",
          `hello@company-${n}.example`,
          `https://www.company-${n}.example`,
          "Lin Xiao",
          "Sales",
          FOLLOWERS_PER_COMPANY,
          now,
        ),
      ),
    );
    await copyRows(
      client,
      `COPY "CompanyProduct" (id, "companyId", name, description, url, "sortOrder", "updatedAt") FROM STDIN`,
      ids.flatMap((id, n) =>
        [0, 1, 2].map((k) =>
          tsv(
            newId(),
            id,
            `Product ${n}-${k}`,
            "订单、库存、财务一体化 — orders, stock and finance in one.",
            `https://www.company-${n}.example/p/${k}`,
            k,
            now,
          ),
        ),
      ),
    );
    await copyRows(
      client,
      `COPY "CompanyLocation" (id, "companyId", city, country, address, "sortOrder") FROM STDIN`,
      ids.flatMap((id) => [
        tsv(newId(), id, "Shenzhen", "CN", "Nanshan", 0),
        tsv(newId(), id, "Berlin", "DE", null, 1),
      ]),
    );
    await copyRows(
      client,
      `COPY "CompanyAnnouncement" (id, "companyId", title, body, "pinnedAt", "updatedAt") FROM STDIN`,
      ids.map((id) =>
        tsv(
          newId(),
          id,
          "年终大促 Year-end sale",
          "全场八折 — 20% off everything until 31 December.",
          now,
          now,
        ),
      ),
    );
    await copyRows(
      client,
      `COPY "CompanyAdmin" ("companyId", "userId", role) FROM STDIN`,
      ids.map((id, n) => tsv(id, memberIds[n * MEMBERS_PER_COMPANY]!, "super_admin")),
    );
    await copyRows(
      client,
      `COPY "CompanyRelation" (id, "companyId", "userId", kind, status, title) FROM STDIN`,
      (function* () {
        for (const [n, id] of ids.entries()) {
          for (let k = 0; k < MEMBERS_PER_COMPANY; k++)
            yield tsv(
              newId(),
              id,
              memberIds[n * MEMBERS_PER_COMPANY + k]!,
              "employee",
              "approved",
              "Engineer",
            );
          const partners = new Set<string>();
          while (partners.size < 4) partners.add(memberIds[randomInt(memberIds.length)]!);
          for (const userId of partners) yield tsv(newId(), id, userId, "partner", "approved", "Partner");
        }
      })(),
    );
    await copyRows(
      client,
      `COPY "CompanyFollow" ("companyId", "userId") FROM STDIN`,
      (function* () {
        for (const id of ids) {
          const followers = new Set<string>();
          while (followers.size < FOLLOWERS_PER_COMPANY)
            followers.add(memberIds[randomInt(memberIds.length)]!);
          for (const userId of followers) yield tsv(id, userId);
        }
      })(),
    );
    await client.query(
      `UPDATE "Position" p SET "companyId" = c.id FROM "Company" c WHERE c."nameEn" = p."companyName"`,
    );
    await client.query(
      `VACUUM (ANALYZE) "Company", "CompanyRelation", "CompanyFollow", "CompanyProduct", "Position"`,
    );
  } finally {
    client.release();
    await pool.end();
  }
  return count;
}

/** A new member's session: sign-up answers without one (it doesn't reveal accounts), so sign in after it. */
async function signedUpCookie(baseUrl: string): Promise<string> {
  const email = `bench${Date.now()}@bench.example`;
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-up`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Bench Reader", email, password: "velvet harbour quietly sings" }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return signIn(baseUrl, email);
}

async function run(
  baseUrl: string,
  name: string,
  paths: string[],
  options: { cookie?: string; isEachPathOnce?: boolean } = {},
) {
  let next = 0;
  const common = {
    url: baseUrl,
    connections: CONNECTIONS,
    headers: options.cookie ? { cookie: options.cookie } : {},
    requests: [{ setupRequest: (request: object) => ({ ...request, path: paths[next++ % paths.length] }) }],
  };
  if (!options.isEachPathOnce) await autocannon({ ...common, duration: 3 }); // warm-up
  const result = await autocannon(
    options.isEachPathOnce ? { ...common, amount: paths.length } : { ...common, duration: DURATION_SECONDS },
  );
  const verdict = result.requests.average >= 150 && result.latency.p99 < 150 ? "meets" : "MISSES";
  console.log(
    `${name.padEnd(56)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${result.errors + result.non2xx}  (${verdict} 150 req/s, p99 < 150 ms)`,
  );
}

export async function benchCompany({ scale = 100_000 }: { scale?: number }) {
  const services = await startServices({
    dataDir: path.join(PROJECT_ROOT, ".data", `bench-company-${process.pid}`),
    ephemeral: true,
    withSearch: false,
  });
  try {
    let started = performance.now();
    const graph = await generateGraph(services.env.DATABASE_URL, graphSize(scale, 10));
    console.log(
      `graph: ${scale.toLocaleString("en")} members, ${(scale * 10).toLocaleString("en")} connections in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    const companies = await generateCompanies(services.env.DATABASE_URL, graph.ids);
    console.log(
      `companies: ${companies.toLocaleString("en")} pages with products, offices, announcements, ${(companies * 54).toLocaleString("en")} ties, ${(companies * FOLLOWERS_PER_COMPANY).toLocaleString("en")} follows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const app = await startBenchApp(0, { DATABASE_URL: services.env.DATABASE_URL });
    console.log(`app healthy in ${app.startSeconds.toFixed(1)} s (includes a build if needed)`);
    try {
      const slugs = Array.from({ length: companies }, (_, n) => `company-${n}`).sort(
        () => Math.random() - 0.5,
      );
      const homes = slugs.map((slug) => `/company/${slug}`);
      const cookie = await signedUpCookie(app.baseUrl);
      console.log(
        `${companies.toLocaleString("en")} different pages, ${CONNECTIONS} connections, ${DURATION_SECONDS} s each`,
      );
      await run(app.baseUrl, "GET /company/<slug> (anonymous, first visit)", homes, { isEachPathOnce: true });
      await run(app.baseUrl, "GET /company/<slug> (anonymous, cached)", homes);
      await run(app.baseUrl, "GET /company/<slug> (signed-in member, first visit)", homes, {
        cookie,
        isEachPathOnce: true,
      });
      await run(app.baseUrl, "GET /company/<slug> (signed-in member, cached)", homes, { cookie });
      await run(
        app.baseUrl,
        "GET /api/v1/companies/<slug>/viewer (member; each visit)",
        slugs.map((s) => `/api/v1/companies/${s}/viewer`),
        { cookie },
      );
      await run(
        app.baseUrl,
        "GET /company/<slug>/people (member, per request)",
        slugs.map((s) => `/company/${s}/people`),
        { cookie },
      );
      const products = slugs.map((s) => `/company/${s}/products`);
      await run(app.baseUrl, "GET /company/<slug>/products (anonymous, first visit)", products, {
        isEachPathOnce: true,
      });
      await run(app.baseUrl, "GET /company/<slug>/products (anonymous, cached)", products);
    } finally {
      await app.stop();
    }
  } finally {
    await services.stop();
  }
}
