import "server-only";
import type { OutboxOp } from "@/generated/prisma/client";
import type { DomainEventOf, DomainEventType } from "@/lib/core/domain-events";
import type { IndexName } from "./indexes";
import type { SearchEntity } from "./outbox";

/** Outbox rows an event calls for: these entities' documents are rebuilt (or removed) after commit. */
export type SearchChange = { entity: SearchEntity; ids: string[]; op?: OutboxOp };

/** For each domain event that changes what an index's documents hold, the rows to record (null: none). */
export type SearchFollows = {
  [T in DomainEventType]?: (event: DomainEventOf<T>) => SearchChange | null;
};

/** Where one index's documents come from in PostgreSQL: each domain declares its own, beside its document builder. */
export type SearchSource = {
  /** the outbox entity whose events feed the index */
  entity: SearchEntity;
  /** documents from the current rows; an id without one (gone, or no longer public) leaves the index */
  build: (ids: string[]) => Promise<{ id: string }[]>;
  /** how many rows a rebuild reads (some may make no document) */
  count: () => Promise<number>;
  /** every candidate id, in batches */
  idBatches: (size: number) => AsyncGenerator<string[]>;
  /**
   * Other entities this index's documents embed: for their outbox events, the ids of the documents to
   * rebuild too (a job document carries its company's names, so a company's change rewrites its open jobs).
   */
  embeds?: Partial<Record<SearchEntity, (ids: string[]) => Promise<string[]>>>;
  /** the events that change these documents, recorded in the writer's transaction (lib/search/search-subscriber.ts) */
  follows: SearchFollows;
};

export type SearchSources = Record<IndexName, SearchSource>;

let registered: SearchSources | null = null;

/** The composition root (lib/composition/wiring.ts) hands the domains' sources to the index layer. */
export function registerSearchSources(sources: SearchSources) {
  registered = sources;
}

export function searchSources(): SearchSources {
  if (!registered)
    throw new Error("no search sources registered: import @/lib/composition/wiring at this process's entry");
  return registered;
}

export function indexOfEntity(entity: SearchEntity): IndexName | undefined {
  return (Object.entries(searchSources()) as [IndexName, SearchSource][]).find(
    ([, source]) => source.entity === entity,
  )?.[0];
}

/** Keyset pages of ids, for a source's idBatches. */
export async function* idBatches(
  size: number,
  page: (after: string | null, take: number) => Promise<string[]>,
) {
  let after: string | null = null;
  for (;;) {
    const ids = await page(after, size);
    if (ids.length) yield ids;
    if (ids.length < size) return;
    after = ids.at(-1)!;
  }
}

/** A table whose documents are keyed by its `id` column, as idBatches reads it. */
type TableWithIds = {
  findMany(args: {
    where: object;
    orderBy: { id: "asc" };
    take: number;
    select: { id: true };
  }): Promise<{ id: string }[]>;
};

/**
 * A source's idBatches over a table keyed by `id`, for the rows `where` picks. The table is asked for when the
 * batches are read: a source is declared at import, before the database is chosen.
 */
export function idBatchesOf(table: () => TableWithIds, where: () => object = () => ({})) {
  return (size: number) =>
    idBatches(size, (after, take) =>
      table()
        .findMany({
          where: after ? { AND: [where(), { id: { gt: after } }] } : where(),
          orderBy: { id: "asc" },
          take,
          select: { id: true },
        })
        .then((rows) => rows.map((row) => row.id)),
    );
}
