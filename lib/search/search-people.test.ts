import { Meilisearch } from "meilisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { signUp } from "@/lib/auth/sign-up";
import { uniqueMember } from "@/prisma/seed/factories";
import { db } from "@/lib/db";
import { blockMember } from "@/lib/network/blocks";
import { createMember, requestContext, STRONG_PASSWORD } from "@/tests/helpers";
import { recordSearchChange } from "./outbox";
import { syncIndexes } from "./sync-indexes";
import { drainOutboxBatch } from "./drain-outbox";
import { searchPeople } from "./search-people";

describe("searchPeople", () => {
  const name = `Searchable 欧阳${Date.now().toString(36)}`;
  let id: string;

  beforeAll(async () => {
    await syncIndexes();
    id = (await signUp({ ...uniqueMember({ name }), password: STRONG_PASSWORD }, requestContext())).id;
    while ((await drainOutboxBatch()) > 0);
  });

  it("finds a member by part of the name through Meilisearch", async () => {
    const results = await searchPeople(null, { q: name.slice(0, 14) });
    expect(results.isDegraded).toBe(false);
    expect(results.hits.map((h) => h.id)).toContain(id);
  });

  it("falls back to PostgreSQL, saying so, when Meilisearch is down", async () => {
    const unreachable = new Meilisearch({ host: "http://127.0.0.1:9", timeout: 500 });
    const results = await searchPeople(null, { q: name.toLowerCase() }, unreachable);
    expect(results.isDegraded).toBe(true);
    expect(results.hits.map((h) => h.id)).toEqual([id]);
  });

  it("leaves out members blocked either way, and gives each hit the viewer's degree", async () => {
    const tag = `Blockable ${Date.now().toString(36)}`;
    const [viewer, friend, blockedOne, blocker] = await Promise.all(
      ["Viewer", "Friend", "Blocked", "Blocker"].map((who) => createMember({ name: `${tag} ${who}` })),
    );
    await db.connection.createMany({
      data: [
        { userId: viewer!.id, otherId: friend!.id },
        { userId: friend!.id, otherId: viewer!.id },
      ],
    });
    await blockMember(viewer!, { handle: blockedOne!.handle });
    await blockMember(blocker!, { handle: viewer!.handle });
    for (const member of [viewer, friend, blockedOne, blocker])
      await recordSearchChange(db, "person", member!.id);
    while ((await drainOutboxBatch()) > 0);

    const found = await searchPeople(viewer!, { q: tag });
    expect(Object.fromEntries(found.hits.map((h) => [h.id, h.degree]))).toEqual({
      [viewer!.id]: null,
      [friend!.id]: 1,
    });
    const byBlocked = await searchPeople(blockedOne!, { q: tag });
    expect(byBlocked.hits.map((h) => h.id)).not.toContain(viewer!.id);
    const unreachable = new Meilisearch({ host: "http://127.0.0.1:9", timeout: 500 });
    const degraded = await searchPeople(blocker!, { q: tag }, unreachable);
    expect(degraded.hits.map((h) => h.id).sort()).toEqual([blockedOne!.id, blocker!.id, friend!.id].sort());
    expect((await searchPeople(null, { q: tag })).hits).toHaveLength(4);
  });

  it("finds a member who chose 'connections' only for their connections, one who chose 'members' only when signed in", async () => {
    const tag = `Findable ${Date.now().toString(36)}`;
    const [shy, known, friend, stranger] = await Promise.all(
      ["Shy", "Known", "Friend", "Stranger"].map((who) => createMember({ name: `${tag} ${who}` })),
    );
    await db.connection.createMany({
      data: [
        { userId: shy!.id, otherId: friend!.id },
        { userId: friend!.id, otherId: shy!.id },
      ],
    });
    await db.profile.update({ where: { userId: shy!.id }, data: { findableBy: "connections" } });
    await db.profile.update({ where: { userId: known!.id }, data: { findableBy: "members" } });
    await recordSearchChange(db, "person", [shy!.id, known!.id, friend!.id, stranger!.id]);
    while ((await drainOutboxBatch()) > 0);

    const idsFor = async (viewer: { id: string } | null) =>
      (await searchPeople(viewer, { q: tag })).hits.map((h) => h.id);
    expect(await idsFor(friend!)).toContain(shy!.id);
    expect(await idsFor(shy!)).toContain(shy!.id);
    expect(await idsFor(stranger!)).not.toContain(shy!.id);
    expect(await idsFor(stranger!)).toContain(known!.id);
    expect(await idsFor(null)).not.toContain(shy!.id);
    expect(await idsFor(null)).not.toContain(known!.id);
  });

  it("answers an empty or oversized query without searching", async () => {
    expect(await searchPeople(null, { q: "   " })).toEqual({ hits: [], isDegraded: false });
    await expect(searchPeople(null, { q: "x".repeat(201) })).rejects.toMatchObject({ code: "validation" });
  });
});
