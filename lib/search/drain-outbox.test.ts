import { Meilisearch } from "meilisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueMember } from "@/prisma/seed/factories";
import { signUpMember } from "@/tests/helpers";
import { syncIndexes } from "./sync-indexes";
import { search } from "./client";
import { drainOutboxBatch } from "./drain-outbox";

async function drainAll(client?: Meilisearch) {
  while ((await drainOutboxBatch(client)) > 0);
}

const documentOf = (id: string) =>
  search()
    .index("people")
    .getDocument(id)
    .catch(() => null);

describe("outbox → Meilisearch", () => {
  beforeAll(async () => {
    await syncIndexes();
  });

  it("indexes a new member, without private fields, and removes one that is gone", async () => {
    const member = uniqueMember({ name: "Outbox 王小明" });
    const user = await signUpMember(member);
    await drainAll();
    const document = await documentOf(user.id);
    expect(document).toMatchObject({ id: user.id, name: "Outbox 王小明" });
    expect(JSON.stringify(document)).not.toContain(member.email);
    expect((await search().index("people").search("王小明")).hits.map((h) => h.id)).toContain(user.id);

    await db.$transaction(async (tx) => {
      await tx.user.delete({ where: { id: user.id } });
      await tx.outboxEvent.create({ data: { entity: "person", entityId: user.id, op: "delete" } });
    });
    await drainAll();
    expect(await documentOf(user.id)).toBeNull();
  });

  it("loses nothing while Meilisearch is down: events wait with a backoff, then catch up", async () => {
    const user = await signUpMember(uniqueMember());
    const unreachable = new Meilisearch({ host: "http://127.0.0.1:9", timeout: 500 });
    await drainAll(unreachable);

    const pending = await db.outboxEvent.findFirstOrThrow({ where: { entityId: user.id } });
    expect(pending.processedAt).toBeNull();
    expect(pending.attempts).toBe(1);
    expect(pending.availableAt.getTime()).toBeGreaterThan(Date.now());
    expect(await documentOf(user.id)).toBeNull();

    await db.outboxEvent.update({ where: { id: pending.id }, data: { availableAt: new Date() } });
    await drainAll();
    expect(await documentOf(user.id)).toMatchObject({ id: user.id });
    expect(
      (await db.outboxEvent.findUniqueOrThrow({ where: { id: pending.id } })).processedAt,
    ).toBeInstanceOf(Date);
  });
});
