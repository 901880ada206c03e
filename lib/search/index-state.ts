import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { INDEXES, type IndexName } from "./indexes";

/**
 * The shape of each index's documents: raise it when a document builder changes what it writes, and the
 * worker rebuilds that index at its next start (the old one keeps answering until the new one is swapped in).
 */
export const DOCUMENT_VERSIONS: Record<IndexName, number> = { people: 5, posts: 4, companies: 4, jobs: 3 };

export function settingsHash(name: IndexName): string {
  const { primaryKey, settings } = INDEXES[name];
  return createHash("sha256").update(JSON.stringify({ primaryKey, settings })).digest("hex").slice(0, 16);
}

/** Notes that the index now holds the code's settings and document shape (SearchIndexState). */
export async function recordIndexState(name: IndexName) {
  const state = { settingsHash: settingsHash(name), documentVersion: DOCUMENT_VERSIONS[name] };
  await db.searchIndexState.upsert({ where: { name }, create: { name, ...state }, update: state });
}
