import "server-only";
import type { Meilisearch } from "meilisearch";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { search } from "./client";
import { INDEXES, type IndexName } from "./indexes";
import { DOCUMENT_VERSIONS, recordIndexState, settingsHash } from "./index-state";
import { reindex } from "./reindex";

/**
 * Brings every index in line with the code, without a manual step: a missing index or a new document version
 * is rebuilt from PostgreSQL; changed settings are applied (Meilisearch re-indexes the documents it holds).
 * What was done is recorded in SearchIndexState. Returns what it did per index.
 */
export async function syncIndexes(client: Meilisearch = search()) {
  // one at a time (several workers may start together): the others wait, then find the work done
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('renmai:sync-search-indexes'))`;
      return syncIndexesLocked(client);
    },
    { timeout: 60 * 60 * 1000, maxWait: 60 * 60 * 1000 },
  );
}

/**
 * Creates each index that is missing, empty and with its settings, so searches and the outbox drain can use it
 * at once; its state is forgotten, so that syncIndexes fills it from PostgreSQL. Returns the indexes created.
 */
export async function createMissingIndexes(client: Meilisearch = search()): Promise<IndexName[]> {
  const missing: IndexName[] = [];
  for (const name of Object.keys(INDEXES) as IndexName[]) {
    const exists = await client.getIndex(name).then(
      () => true,
      () => false,
    );
    if (exists) continue;
    // another worker starting at once may have made it meanwhile: then this task fails, harmlessly
    await client.createIndex(name, { primaryKey: INDEXES[name].primaryKey }).waitTask();
    await applySettings(client, name);
    missing.push(name);
  }
  await db.searchIndexState.deleteMany({ where: { name: { in: missing } } });
  return missing;
}

async function syncIndexesLocked(client: Meilisearch) {
  await createMissingIndexes(client);
  const states = new Map((await db.searchIndexState.findMany()).map((state) => [state.name, state] as const));
  const names = Object.keys(INDEXES) as IndexName[];
  const actions: Partial<Record<IndexName, "rebuilt" | "settings" | "current">> = {};
  for (const name of names) {
    const state = states.get(name);
    if (state?.documentVersion !== DOCUMENT_VERSIONS[name]) {
      log.info({ index: name }, "rebuilding search index");
      await reindex(name, { client }); // records the new state itself
      actions[name] = "rebuilt";
    } else if (state.settingsHash !== settingsHash(name)) {
      await applySettings(client, name);
      await recordIndexState(name);
      actions[name] = "settings";
    } else {
      actions[name] = "current";
    }
  }
  return actions;
}

const applySettings = (client: Meilisearch, name: IndexName) =>
  client
    .index(name)
    .updateSettings(INDEXES[name].settings)
    .waitTask({ timeout: 10 * 60 * 1000 });
