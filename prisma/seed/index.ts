// npm run db:seed [-- --scale N]  (or SEED_SCALE=N)   Deterministic demo data in Chinese and English (N members, default 60).
// Run by the launcher on an empty database; on a database that has members it adds nothing.
import { fakerEN, fakerZH_CN } from "@faker-js/faker";
import { parseArgs } from "node:util";
import { hashPassword } from "@/lib/auth/password";
import "@/lib/composition/wiring";
import { db } from "@/lib/db";
import { FEATURED_MEMBERS, generatedMember, type UserSeed } from "./factories";
import { seedCompanies } from "./companies";
import { seedFeed } from "./feed";
import { seedJobs } from "./jobs";
import { seedTalent } from "./talent";
import { seedNetwork } from "./network";
import { seedProfileViews } from "./profile-views";
import { demoProfile } from "./profiles";
import { writeProfiles } from "./write-profiles";

export const DEMO_PASSWORD = "renmai-demo-2026";
const BATCH = 1_000;

// --scale N, or SEED_SCALE (how the launcher is told, e.g. by benchmarks)
const { values } = parseArgs({ options: { scale: { type: "string" } } });
const scale = Math.max(FEATURED_MEMBERS.length, Number(values.scale ?? process.env.SEED_SCALE) || 60);

async function seed() {
  if ((await db.user.count()) > 0) {
    console.log("[seed] the database already has members; nothing added");
    return;
  }
  fakerZH_CN.seed(2026);
  fakerEN.seed(2026);
  const started = Date.now();
  // one hash for every demo account: hashing is deliberately slow, and they share the documented password
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const joinedFrom = new Date("2025-01-01T00:00:00Z").getTime();
  const span = new Date("2026-11-01T00:00:00Z").getTime() - joinedFrom;
  const handles = new Set<string>();
  const memberIds: string[] = [];

  for (let start = 0; start < scale; start += BATCH) {
    const members: UserSeed[] = [];
    for (let i = start; i < Math.min(scale, start + BATCH); i++) {
      members.push(
        i < FEATURED_MEMBERS.length
          ? FEATURED_MEMBERS[i]!
          : generatedMember(i, { zh: fakerZH_CN, en: fakerEN }),
      );
    }
    await db.$transaction(
      async (tx) => {
        const users = await tx.user.createManyAndReturn({
          data: members.map((m, k) => ({
            ...m,
            passwordHash,
            emailVerified: new Date(joinedFrom + Math.floor(((start + k) / scale) * span)),
            createdAt: new Date(joinedFrom + Math.floor(((start + k) / scale) * span)),
          })),
          select: { id: true, name: true },
        });
        memberIds.push(...users.map((u) => u.id));
        const profiles = members.map((m, k) => demoProfile(m, start + k, fakerEN));
        await writeProfiles(tx, users, profiles, handles);
        await tx.outboxEvent.createMany({
          data: users.map((u) => ({ entity: "person", entityId: u.id, op: "upsert" as const })),
        });
      },
      // a batch of a thousand members with their profiles takes seconds on 2 cores
      { timeout: 120_000 },
    );
  }
  await seedProfileViews(db, fakerEN, memberIds.slice(0, FEATURED_MEMBERS.length), memberIds.slice(0, 2_000));
  const networkStarted = Date.now();
  await seedNetwork(db);
  console.log(`[seed] the network in ${Date.now() - networkStarted} ms`);
  const companiesStarted = Date.now();
  const companies = await seedCompanies(
    db,
    fakerEN,
    FEATURED_MEMBERS.map((m) => m.email),
  );
  console.log(`[seed] ${companies} company pages in ${Date.now() - companiesStarted} ms`);
  const jobsStarted = Date.now();
  const { jobs, applications } = await seedJobs(
    db,
    fakerEN,
    FEATURED_MEMBERS.map((m) => m.email),
  );
  await seedTalent(db);
  console.log(`[seed] ${jobs} jobs and ${applications} applications in ${Date.now() - jobsStarted} ms`);
  const feedStarted = Date.now();
  const posts = await seedFeed(
    db,
    fakerEN,
    FEATURED_MEMBERS.map((m) => m.email),
  );
  console.log(`[seed] ${posts} posts with reactions and comments in ${Date.now() - feedStarted} ms`);
  await db.$executeRaw`SELECT pg_notify('outbox', '')`;
  console.log(
    `[seed] ${scale} members in ${Date.now() - started} ms (password for every demo account: ${DEMO_PASSWORD})`,
  );
}

await seed();
await db.$disconnect();
