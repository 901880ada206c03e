// A generated professional graph for the network benchmark, loaded with COPY: members in companies and cities,
// most connections inside one's company and city, some anywhere, and a set of "hubs" with exactly 500.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import type { Writable } from "node:stream";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { INDUSTRIES } from "../lib/profiles/industries.ts";

export type GraphSize = { members: number; connections: number; hubs: number; hubConnections: number };

/** The benchmarks' graph: `members`, `connectionsPerMember` times as many connections, and 100 hubs of 500. */
export const graphSize = (members: number, connectionsPerMember: number): GraphSize => ({
  members,
  connections: members * connectionsPerMember,
  hubs: 100,
  hubConnections: 500,
});

const COMPANY_SIZE = 50;
const CITIES = 40;
const SCHOOLS = 300;

export type Graph = { ids: string[]; hubIds: string[]; seconds: Record<string, number> };

/** cuid-shaped ids (25 characters, random), so the indexes are as big and as scattered as the real ones */
export const newId = () =>
  `c${randomBytes(18).toString("base64url").replace(/[-_]/g, "x").toLowerCase().slice(0, 24)}`;

export function randomInt(max: number) {
  return Math.floor(Math.random() * max);
}

/** Undirected pairs as numbers (smaller * members + larger), unique, the hubs' first. */
function generatePairs(size: GraphSize): Set<number> {
  const { members } = size;
  const pairs = new Set<number>();
  const add = (a: number, b: number) => {
    if (a === b) return;
    pairs.add(a < b ? a * members + b : b * members + a);
  };
  const companyOf = (i: number) => Math.floor(i / COMPANY_SIZE);
  const cityOf = (i: number) => companyOf(i) % CITIES;
  const inCompany = (i: number) => companyOf(i) * COMPANY_SIZE + randomInt(COMPANY_SIZE);
  /** someone in the same city: a member of another company of that city */
  const inCity = (i: number) => {
    const companies = Math.floor(members / COMPANY_SIZE);
    const company = cityOf(i) + CITIES * randomInt(Math.floor(companies / CITIES));
    return company * COMPANY_SIZE + randomInt(COMPANY_SIZE);
  };
  const partner = (i: number) => {
    const roll = Math.random();
    return roll < 0.35 ? inCompany(i) : roll < 0.8 ? inCity(i) : randomInt(members);
  };
  // hubs: members 0, 1000, 2000, … (spread over companies), each with hubConnections partners
  const hubs = Array.from({ length: size.hubs }, (_, h) => h * Math.floor(members / size.hubs));
  const hubSet = new Set(hubs);
  for (const hub of hubs) {
    const mine = new Set<number>();
    while (mine.size < size.hubConnections) {
      const other = partner(hub);
      if (other !== hub && !hubSet.has(other)) mine.add(other);
    }
    for (const other of mine) add(hub, other);
  }
  while (pairs.size < size.connections) {
    const member = randomInt(members);
    if (hubSet.has(member)) continue;
    const other = partner(member);
    if (!hubSet.has(other)) add(member, other);
  }
  return pairs;
}

/** Writes lines to a COPY stream in chunks, waiting when the socket is full. */
export async function copyRows(client: pg.PoolClient, sql: string, rows: Iterable<string>) {
  const stream: Writable = client.query(copyFrom(sql));
  const done = once(stream, "finish");
  let chunk: string[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === 10_000) {
      if (!stream.write(chunk.join(""))) await once(stream, "drain");
      chunk = [];
    }
  }
  stream.end(chunk.join(""));
  await done;
}

export async function generateGraph(databaseUrl: string, size: GraphSize): Promise<Graph> {
  const seconds: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const result = await work();
    seconds[name] = (performance.now() - started) / 1000;
    return result;
  };
  const ids = Array.from({ length: size.members }, newId);
  const pairs = await timed("pairs", () => generatePairs(size));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const client = await pool.connect();
  try {
    await client.query("SET session_replication_role = replica"); // no foreign-key triggers while loading
    await client.query("SET maintenance_work_mem = '1GB'");
    await client.query(
      `ALTER TABLE "Connection" DROP CONSTRAINT "Connection_pkey"; DROP INDEX "Connection_userId_createdAt_idx"`,
    );
    const now = new Date().toISOString();
    await timed("copy members", async () => {
      await copyRows(
        client,
        `COPY "User" (id, email, name, "updatedAt") FROM STDIN`,
        ids.map((id, i) => `${id}\tmember${i}@graph.example\tMember ${i}\t${now}\n`),
      );
      await copyRows(
        client,
        `COPY "Profile" ("userId", handle, headline, city, industry, "updatedAt") FROM STDIN`,
        ids.map((id, i) => {
          const company = Math.floor(i / COMPANY_SIZE);
          const industry = INDUSTRIES[company % INDUSTRIES.length];
          return `${id}\tmember-${i}\tEngineer at Company ${company}\tCity ${company % CITIES}\t${industry}\t${now}\n`;
        }),
      );
      await copyRows(
        client,
        `COPY "Position" (id, "profileId", "companyName", title, "startDate", "endDate", "sortOrder", "updatedAt") FROM STDIN`,
        ids.flatMap((id, i) => {
          const company = Math.floor(i / COMPANY_SIZE);
          const past = (company * 7 + 13 + (i % 5)) % Math.floor(size.members / COMPANY_SIZE);
          return [
            `${newId()}\t${id}\tCompany ${company}\tEngineer\t2021-01-01\t\\N\t0\t${now}\n`,
            `${newId()}\t${id}\tCompany ${past}\tEngineer\t2016-01-01\t2020-12-01\t1\t${now}\n`,
          ];
        }),
      );
      await copyRows(
        client,
        `COPY "Education" (id, "profileId", school, "sortOrder", "updatedAt") FROM STDIN`,
        ids.map((id) => `${newId()}\t${id}\tSchool ${randomInt(SCHOOLS)}\t0\t${now}\n`),
      );
    });
    await timed("copy connections", () =>
      copyRows(
        client,
        `COPY "Connection" ("userId", "otherId") FROM STDIN`,
        (function* () {
          for (const pair of pairs) {
            const a = ids[Math.floor(pair / size.members)]!;
            const b = ids[pair % size.members]!;
            yield `${a}\t${b}\n${b}\t${a}\n`;
          }
        })(),
      ),
    );
    await timed("indexes", () =>
      client.query(
        `ALTER TABLE "Connection" ADD CONSTRAINT "Connection_pkey" PRIMARY KEY ("userId", "otherId");
         CREATE INDEX "Connection_userId_createdAt_idx" ON "Connection" ("userId", "createdAt")`,
      ),
    );
    await timed("vacuum analyze", () =>
      client.query(`VACUUM (ANALYZE) "User", "Profile", "Position", "Education", "Connection"`),
    );
  } finally {
    client.release();
    await pool.end();
  }
  const hubIds = Array.from({ length: size.hubs }, (_, h) => ids[h * Math.floor(size.members / size.hubs)]!);
  return { ids, hubIds, seconds };
}
