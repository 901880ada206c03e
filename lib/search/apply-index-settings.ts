import "server-only";
import { search } from "./client";
import { INDEXES, type IndexName } from "./indexes";

/** Creates missing indexes and brings their settings in line with indexes.ts (a no-op task when unchanged). */
export async function applyIndexSettings() {
  const client = search();
  for (const [name, { primaryKey, settings }] of Object.entries(INDEXES) as [
    IndexName,
    (typeof INDEXES)[IndexName],
  ][]) {
    const existing = await client.getIndex(name).catch(() => null);
    if (!existing) await client.createIndex(name, { primaryKey }).waitTask();
    await client.index(name).updateSettings(settings).waitTask();
  }
}
