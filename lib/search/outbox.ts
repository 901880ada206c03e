import "server-only";
import type { OutboxOp, Prisma } from "@/generated/prisma/client";

/**
 * What changed. Each index follows its own entity; an index whose documents embed another entity declares it
 * (SearchSource.embeds): "author" is a member as their posts show them (name, handle, findability).
 */
export type SearchEntity = "person" | "author" | "post" | "company" | "job";

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
