import "server-only";
import type { Meilisearch, Task } from "meilisearch";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { search } from "./client";
import type { SearchEntity } from "./outbox";
import { searchSources, type SearchSource } from "./sources";

const BATCH_SIZE = 500;
const MAX_BACKOFF_MS = 60 * 1000;

function assertSucceeded(task: Task) {
  if (task.status !== "succeeded")
    throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? ""}`);
}

/**
 * Moves one batch of pending outbox events into Meilisearch: per index one addDocuments and one
 * deleteDocuments call, waits until Meilisearch has applied them, then marks the events done. On failure the
 * events stay pending with a backoff. Returns how many events it handled (0 = nothing pending).
 */
export async function drainOutboxBatch(client: Meilisearch = search()): Promise<number> {
  return db.$transaction(
    async (tx) => {
      // SKIP LOCKED: several workers can drain side by side without taking the same events
      const events = await tx.$queryRaw<
        { id: bigint; entity: SearchEntity; entityId: string; attempts: number }[]
      >`
        SELECT id, entity, "entityId", attempts FROM "OutboxEvent"
        WHERE "processedAt" IS NULL AND "availableAt" <= now()
        ORDER BY id LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`;
      if (!events.length) return 0;
      const ids = events.map((e) => e.id);
      try {
        for (const [indexName, source] of Object.entries(searchSources())) {
          const entityIds = await idsToRebuild(source, events);
          if (!entityIds.length) continue;
          // current state decides: a row that is gone is deleted from the index, whatever the event said
          const documents = await source.build(entityIds);
          const present = new Set(documents.map((d) => d.id));
          const gone = entityIds.filter((id) => !present.has(id));
          const index = client.index(indexName);
          if (documents.length)
            assertSucceeded(await index.addDocuments(documents).waitTask({ timeout: 60_000 }));
          if (gone.length) assertSucceeded(await index.deleteDocuments(gone).waitTask({ timeout: 60_000 }));
        }
        await tx.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { processedAt: new Date() } });
      } catch (error) {
        const attempts = Math.max(...events.map((e) => e.attempts)) + 1;
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempts, 20));
        log.warn(
          { err: error, events: events.length, attempts, retryInMs: delay },
          "search sync failed; will retry",
        );
        await tx.outboxEvent.updateMany({
          where: { id: { in: ids } },
          data: {
            attempts: { increment: 1 },
            lastError: String(error).slice(0, 1000),
            availableAt: new Date(Date.now() + delay),
          },
        });
      }
      return events.length;
    },
    { timeout: 5 * 60 * 1000, maxWait: 10_000 },
  );
}

/** The source's own entities among the events, and the documents that embed the other entities changed. */
async function idsToRebuild(source: SearchSource, events: { entity: SearchEntity; entityId: string }[]) {
  const idsOf = (entity: SearchEntity) => [
    ...new Set(events.filter((e) => e.entity === entity).map((e) => e.entityId)),
  ];
  const ids = new Set(idsOf(source.entity));
  for (const [entity, embedding] of Object.entries(source.embeds ?? {}) as [
    SearchEntity,
    (ids: string[]) => Promise<string[]>,
  ][]) {
    const changed = idsOf(entity);
    if (changed.length) for (const id of await embedding(changed)) ids.add(id);
  }
  return [...ids];
}
