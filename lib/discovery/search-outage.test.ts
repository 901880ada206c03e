// Meilisearch stops while members edit their profiles and post; the writes succeed, search falls back, and once
// it is back the worker's loop catches up until `npm run search:check` finds no drift.
// Its own database and Meilisearch: other test files drain the shared outbox into the shared index.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Meilisearch } from "meilisearch";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDeploy } from "@/scripts/prisma/migrate";
import { startEmbeddedMeilisearch, type RunningMeilisearch } from "@/scripts/services/meilisearch";

const run = promisify(execFile);
const WRITES = 500;
const RUN = Date.now().toString(36);
const word = (i: number) => `Outage${RUN}w${i}`;
const masterKey = "outage-test-master-key-0123456789";
const meiliDir = fs.mkdtempSync(path.join(os.tmpdir(), "renmai-outage-"));
const database = `outage_${process.pid}`;
const sharedDatabaseUrl = process.env.DATABASE_URL!;
const databaseUrl = Object.assign(new URL(sharedDatabaseUrl), { pathname: `/${database}` }).toString();
let meili: RunningMeilisearch;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: sharedDatabaseUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

const startMeili = async () => {
  meili = await startEmbeddedMeilisearch({ dataDir: meiliDir, masterKey, log: () => {} });
  return new Meilisearch({ host: meili.host, apiKey: masterKey });
};

describe("a Meilisearch outage", () => {
  beforeAll(async () => {
    await admin(`CREATE DATABASE "${database}"`);
    await migrateDeploy(databaseUrl);
    Object.assign(process.env, { DATABASE_URL: databaseUrl, MEILI_MASTER_KEY: masterKey });
  });

  afterAll(async () => {
    await meili?.stop();
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    fs.rmSync(meiliDir, { recursive: true, force: true });
  });

  it("loses no write: all searchable after the catch-up, and search:check finds no drift", async () => {
    // imported now: the database they use is this test's own
    const { db } = await import("@/lib/db");
    const { createPost } = await import("@/lib/feed/create-post");
    const { updateProfile } = await import("@/lib/profiles/update-profile");
    const { createMember } = await import("@/tests/helpers");
    const { drainOutboxBatch } = await import("@/lib/search/drain-outbox");
    const { searchEverything } = await import("./search");
    const { syncIndexes } = await import("@/lib/search/sync-indexes");

    let client = await startMeili();
    await syncIndexes(client);
    const members = await Promise.all(
      Array.from({ length: 25 }, (_, i) => createMember({ name: `Outage ${i}` })),
    );
    while ((await drainOutboxBatch(client)) > 0);

    await meili.stop();
    const failures: unknown[] = [];
    for (let i = 0; i < WRITES; i++) {
      const member = members[i % members.length]!;
      const write =
        i % 2
          ? createPost(member, { text: `${word(i)} 停机期间的动态 #outage`, audience: "anyone" })
          : updateProfile(member, member.handle, { headline: `${word(i)} 停机期间的新头衔` });
      await write.catch((error: unknown) => failures.push(error));
      if (i % 100 === 0) await drainOutboxBatch(client); // the worker keeps trying meanwhile
    }
    expect(failures).toEqual([]);
    const meanwhile = await searchEverything(members[0]!, { q: word(WRITES - 1), type: "posts" }, client);
    expect(meanwhile.isDegraded).toBe(true);
    expect(meanwhile.posts!.hits).toHaveLength(1);

    client = await startMeili();
    const deadline = Date.now() + 120_000;
    const pending = () => db.outboxEvent.count({ where: { processedAt: null } });
    while ((await pending()) > 0 && Date.now() < deadline) {
      if ((await drainOutboxBatch(client)) === 0) await new Promise((r) => setTimeout(r, 500)); // backing off
    }
    expect(await pending()).toBe(0);

    for (let i = WRITES - members.length; i < WRITES; i++) {
      // the last posts, and the last headline of each member who edited theirs
      const found = await searchEverything(null, { q: word(i), type: i % 2 ? "posts" : "people" }, client);
      expect(found.isDegraded).toBe(false);
      // typo tolerance brings the neighbours too (…w475 ~ …w476): the exact one comes first
      const top = i % 2 ? found.posts!.hits[0]?.highlight.text : found.people!.hits[0]?.highlight.headline;
      expect(top?.map((segment) => segment.text).join(""), word(i)).toContain(word(i));
    }
    const posts = await client.index("posts").search("", { filter: "hashtags = outage", limit: 0 });
    expect(posts.estimatedTotalHits).toBe(WRITES / 2);

    const check = await run(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/search.ts", "check"],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          MEILI_HOST: meili.host,
          MEILI_MASTER_KEY: masterKey,
          RENMAI_DATA_DIR: path.join(meiliDir, "cli"), // not an app running on .data/
        },
        cwd: process.cwd(),
      },
    );
    expect(check.stdout).toMatch(/people: .* — no drift/);
    expect(check.stdout).toMatch(/posts: .* — no drift/);
    expect(check.stdout).not.toMatch(/DRIFT/);
  }, 300_000);
});
