import "server-only";
import type { Meilisearch } from "meilisearch";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { parseInput } from "@/lib/validation";
import { blockedEitherWay } from "@/lib/network/blocks";
import { degreesFrom, type Degree } from "@/lib/network/degrees";
import { search } from "./client";
import type { PersonDocument } from "./documents/person";
import { findableFilter } from "./people-filter";

export const PeopleQuerySchema = z.object({
  q: z.string().trim().max(200).default(""),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export type PersonHit = {
  id: string;
  handle: string;
  name: string;
  headline: string;
  avatarUrl: string | null;
  /** the viewer's degree to them (none for visitors and oneself) */
  degree: Degree | null;
};
export type PeopleResults = { hits: PersonHit[]; isDegraded: boolean };

/**
 * People whose name matches, less anyone the viewer blocked or was blocked by, each with the viewer's degree
 * to them. Meilisearch answers; when it can't, PostgreSQL does (plain substring match) and the result says it
 * is degraded. Full discovery (facets, privacy filters) comes with the search issue.
 */
export async function searchPeople(
  viewer: Pick<Viewer, "id"> | null,
  input: { q?: unknown; limit?: unknown },
  client: Meilisearch = search(),
): Promise<PeopleResults> {
  const { q, limit } = parseInput(PeopleQuerySchema, input);
  if (!q) return { hits: [], isDegraded: false };
  const hidden = viewer ? await blockedEitherWay(viewer.id) : [];
  const results = await findPeople(viewer, q, limit, hidden, client);
  // the index may lag behind a block made a moment ago: check again
  const hits = results.hits.filter((hit) => !hidden.includes(hit.id));
  const degrees = viewer
    ? await degreesFrom(
        viewer.id,
        hits.map((hit) => hit.id),
      )
    : new Map<string, Degree>();
  return {
    hits: hits.map((hit) => ({ ...hit, degree: degrees.get(hit.id) ?? null })),
    isDegraded: results.isDegraded,
  };
}

async function findPeople(
  viewer: Pick<Viewer, "id"> | null,
  q: string,
  limit: number,
  hidden: string[],
  client: Meilisearch,
): Promise<{ hits: Omit<PersonHit, "degree">[]; isDegraded: boolean }> {
  try {
    const result = await client.index<PersonDocument>("people").search(q, {
      limit,
      filter: findableFilter(viewer && { id: viewer.id, blockedIds: hidden }),
      attributesToRetrieve: ["id", "handle", "name", "headline", "avatarUrl"],
    });
    return {
      hits: result.hits.map((h) => ({
        id: h.id,
        handle: h.handle,
        name: h.name,
        headline: h.headline,
        avatarUrl: h.avatarUrl,
      })),
      isDegraded: false,
    };
  } catch (error) {
    log.warn({ err: error }, "people search fell back to PostgreSQL");
    const profiles = await db.profile.findMany({
      where: {
        user: { name: { contains: q, mode: "insensitive" } },
        userId: { notIn: hidden },
        findableBy: viewer ? { in: ["public", "members"] } : "public",
      },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { userId: true, handle: true, headline: true, user: { select: { name: true } } },
    });
    return {
      // photos stay out: their visibility is a per-member setting the index has already applied
      hits: profiles.map((p) => ({
        id: p.userId,
        handle: p.handle,
        name: p.user.name,
        headline: p.headline,
        avatarUrl: null,
      })),
      isDegraded: true,
    };
  }
}
