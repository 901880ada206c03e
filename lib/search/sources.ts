import "server-only";
import { db } from "@/lib/db";
import { buildCompanyDocuments } from "./documents/company";
import { buildJobDocuments } from "./documents/job";
import { buildPersonDocuments } from "./documents/person";
import { buildPostDocuments } from "./documents/post";
import type { IndexName } from "./indexes";
import type { SearchEntity } from "./outbox";

type Source = {
  /** the outbox entity whose events feed the index */
  entity: SearchEntity;
  /** documents from the current rows; an id without one (gone, or no longer public) leaves the index */
  build: (ids: string[]) => Promise<{ id: string }[]>;
  /** how many rows a rebuild reads (some may make no document) */
  count: () => Promise<number>;
  /** every candidate id, in batches */
  idBatches: (size: number) => AsyncGenerator<string[]>;
};

/** Where each index's documents come from in PostgreSQL. */
export const SEARCH_SOURCES: Record<IndexName, Source> = {
  people: {
    entity: "person",
    build: buildPersonDocuments,
    count: () => db.profile.count(),
    idBatches: (size) =>
      idBatches(size, (after, take) =>
        db.profile
          .findMany({
            where: after ? { userId: { gt: after } } : {},
            orderBy: { userId: "asc" },
            take,
            select: { userId: true },
          })
          .then((rows) => rows.map((row) => row.userId)),
      ),
  },
  posts: {
    entity: "post",
    build: buildPostDocuments,
    count: () => db.post.count({ where: { deletedAt: null, audience: "anyone" } }),
    idBatches: (size) =>
      idBatches(size, (after, take) =>
        db.post
          .findMany({
            where: { deletedAt: null, audience: "anyone", ...(after && { id: { gt: after } }) },
            orderBy: { id: "asc" },
            take,
            select: { id: true },
          })
          .then((rows) => rows.map((row) => row.id)),
      ),
  },
  companies: {
    entity: "company",
    build: buildCompanyDocuments,
    count: () => db.company.count(),
    idBatches: (size) =>
      idBatches(size, (after, take) =>
        db.company
          .findMany({
            where: after ? { id: { gt: after } } : {},
            orderBy: { id: "asc" },
            take,
            select: { id: true },
          })
          .then((rows) => rows.map((row) => row.id)),
      ),
  },
  jobs: {
    entity: "job",
    build: buildJobDocuments,
    count: () => db.job.count({ where: { status: "open" } }),
    idBatches: (size) =>
      idBatches(size, (after, take) =>
        db.job
          .findMany({
            where: { status: "open", ...(after && { id: { gt: after } }) },
            orderBy: { id: "asc" },
            take,
            select: { id: true },
          })
          .then((rows) => rows.map((row) => row.id)),
      ),
  },
};

export const INDEX_OF_ENTITY = Object.fromEntries(
  Object.entries(SEARCH_SOURCES).map(([index, source]) => [source.entity, index as IndexName]),
) as Record<SearchEntity, IndexName>;

async function* idBatches(size: number, page: (after: string | null, take: number) => Promise<string[]>) {
  let after: string | null = null;
  for (;;) {
    const ids = await page(after, size);
    if (ids.length) yield ids;
    if (ids.length < size) return;
    after = ids.at(-1)!;
  }
}
