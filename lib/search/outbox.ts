import "server-only";
import type { OutboxOp, Prisma } from "@/generated/prisma/client";

export type SearchEntity = "person" | "post" | "company" | "job";

/**
 * Records that a searchable thing changed, inside the caller's transaction: the worker turns it into a
 * Meilisearch write after commit, and nothing is lost if Meilisearch is down (ARCHITECTURE.md, "Search").
 */
export async function recordSearchChange(
  tx: Prisma.TransactionClient,
  entity: SearchEntity,
  entityId: string | string[],
  op: OutboxOp = "upsert",
) {
  const ids = Array.isArray(entityId) ? entityId : [entityId];
  await tx.outboxEvent.createMany({ data: ids.map((id) => ({ entity, entityId: id, op })) });
  // delivered on commit: wakes the worker at once (it also polls, in case it was not listening)
  await tx.$executeRaw`SELECT pg_notify('outbox', '')`;
}

export const OUTBOX_CHANNEL = "outbox";

/** A member's name, handle and findability are in their public posts' documents: those follow a change too. */
export async function recordAuthorPostsChange(tx: Prisma.TransactionClient, authorId: string) {
  const posts = await tx.post.findMany({
    where: { authorId, companyId: null, deletedAt: null, audience: "anyone" },
    select: { id: true },
  });
  if (posts.length)
    await recordSearchChange(
      tx,
      "post",
      posts.map((post) => post.id),
    );
}
