import "server-only";
import type { Meilisearch, Task } from "meilisearch";
import { db } from "@/lib/db";
import { search } from "./client";
import { recordIndexState } from "./index-state";
import { searchSources } from "./sources";
import { INDEXES, type IndexName } from "./indexes";

const BATCH_SIZE = 10_000;
const TASK_TIMEOUT_MS = 10 * 60 * 1000;

function assertSucceeded(task: Task) {
  if (task.status !== "succeeded")
    throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? ""}`);
}

export type ReindexProgress = { index: IndexName; done: number; total: number };

/**
 * Rebuilds one index from PostgreSQL into a fresh index and swaps it in at once: searches keep reading the old
 * one until then. Changes made meanwhile reach the old index through the outbox; after the swap they are
 * applied again to the new one (every event since the start), so nothing is lost. Records the index as built
 * by this code (SearchIndexState). Returns the documents written.
 */
export async function reindex(
  name: IndexName,
  {
    client = search(),
    onProgress,
  }: { client?: Meilisearch; onProgress?: (p: ReindexProgress) => void | Promise<void> } = {},
): Promise<number> {
  const { primaryKey, settings } = INDEXES[name];
  const source = searchSources()[name];
  const fresh = `${name}_rebuild_${Date.now()}`;
  const [{ mark }] = await db.$queryRaw<[{ mark: bigint }]>`
    SELECT COALESCE(max(id), 0) AS mark FROM "OutboxEvent"`;
  assertSucceeded(await client.createIndex(fresh, { primaryKey }).waitTask());
  try {
    assertSucceeded(
      await client.index(fresh).updateSettings(settings).waitTask({ timeout: TASK_TIMEOUT_MS }),
    );
    const total = await source.count();
    let done = 0;
    let written = 0;
    await onProgress?.({ index: name, done, total });
    let pending: Promise<Task> | undefined;
    for await (const ids of source.idBatches(BATCH_SIZE)) {
      const documents = await source.build(ids);
      // one batch in Meilisearch while the next is read from PostgreSQL
      if (pending) assertSucceeded(await pending);
      pending = documents.length
        ? client.index(fresh).addDocuments(documents).waitTask({ timeout: TASK_TIMEOUT_MS })
        : undefined;
      done += ids.length;
      written += documents.length;
      await onProgress?.({ index: name, done, total });
    }
    if (pending) assertSucceeded(await pending);

    const isLive = await client
      .getIndex(name)
      .then(() => true)
      .catch(() => false);
    assertSucceeded(
      await client
        // no live index yet: the fresh one is renamed to it (the first of the pair takes the second's name)
        .swapIndexes([
          isLive ? { indexes: [name, fresh], rename: false } : { indexes: [fresh, name], rename: true },
        ])
        .waitTask({ timeout: TASK_TIMEOUT_MS }),
    );
    await recordIndexState(name);
    await replaySince(name, mark, client);
    return written;
  } finally {
    await client
      .deleteIndex(fresh)
      .waitTask()
      .catch(() => {}); // after a swap it holds the old documents; after a rename it is gone already
  }
}

/** Writes again what changed since `mark` (its current state) into the index. */
async function replaySince(name: IndexName, mark: bigint, client: Meilisearch) {
  const source = searchSources()[name];
  const rows = await db.outboxEvent.findMany({
    where: { id: { gt: mark }, entity: source.entity },
    select: { entityId: true },
    distinct: ["entityId"],
  });
  const ids = rows.map((row) => row.entityId);
  for (let start = 0; start < ids.length; start += BATCH_SIZE) {
    const batch = ids.slice(start, start + BATCH_SIZE);
    const documents = await source.build(batch);
    const present = new Set(documents.map((d) => d.id));
    const gone = batch.filter((id) => !present.has(id));
    if (documents.length) assertSucceeded(await client.index(name).addDocuments(documents).waitTask());
    if (gone.length) assertSucceeded(await client.index(name).deleteDocuments(gone).waitTask());
  }
}
