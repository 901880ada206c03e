import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Meilisearch } from "meilisearch";
import { search } from "./client";
import type { IndexName } from "./indexes";
import { searchSources } from "./sources";

const BATCH_SIZE = 10_000;
const SHOWN = 20;

export type Drift = {
  index: IndexName;
  /** documents PostgreSQL makes today */
  expected: number;
  /** documents in Meilisearch */
  indexed: number;
  missing: { count: number; ids: string[] };
  extra: { count: number; ids: string[] };
  /** a sample of documents compared field by field, and those that differ */
  sampled: number;
  different: string[];
};

export const hasDrift = (drift: Drift) =>
  drift.missing.count > 0 || drift.extra.count > 0 || drift.different.length > 0;

/**
 * Compares an index with what PostgreSQL would put in it now: every id both ways, and `sampleSize` documents
 * (picked evenly through the table) field by field. Run it when the worker has caught up: pending outbox
 * events show as drift.
 */
export async function checkDrift(
  name: IndexName,
  { client = search(), sampleSize = 50 }: { client?: Meilisearch; sampleSize?: number } = {},
): Promise<Drift> {
  const source = searchSources()[name];
  const every = Math.max(1, Math.floor((await source.count()) / sampleSize));
  const expected = new Set<string>();
  const samples: { id: string }[] = [];
  for await (const ids of source.idBatches(BATCH_SIZE)) {
    for (const document of await source.build(ids)) {
      if (expected.size % every === 0 && samples.length < sampleSize) samples.push(document);
      expected.add(document.id);
    }
  }
  const indexed = new Set<string>();
  const index = client.index<{ id: string }>(name);
  for (let offset = 0; ; offset += BATCH_SIZE) {
    const page = await index.getDocuments({ fields: ["id"], limit: BATCH_SIZE, offset });
    for (const document of page.results) indexed.add(document.id);
    if (page.results.length < BATCH_SIZE) break;
  }
  const missing = [...expected].filter((id) => !indexed.has(id));
  const extra = [...indexed].filter((id) => !expected.has(id));
  const different: string[] = [];
  for (const document of samples) {
    const stored = await index.getDocument(document.id).catch(() => null);
    // JSON both: what was sent is what Meilisearch keeps (undefined fields are dropped on the way)
    if (stored && !isDeepStrictEqual(JSON.parse(JSON.stringify(document)), stored))
      different.push(document.id);
  }
  return {
    index: name,
    expected: expected.size,
    indexed: indexed.size,
    missing: { count: missing.length, ids: missing.slice(0, SHOWN) },
    extra: { count: extra.length, ids: extra.slice(0, SHOWN) },
    sampled: samples.length,
    different,
  };
}
