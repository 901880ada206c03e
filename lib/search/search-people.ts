import "server-only";
import type { Meilisearch } from "meilisearch";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { parseInput } from "@/lib/validation";
import { search } from "./client";
import type { PersonDocument } from "./documents/person";

export const PeopleQuerySchema = z.object({
  q: z.string().trim().max(200).default(""),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export type PersonHit = { id: string; name: string; joinedAt: Date };
export type PeopleResults = { hits: PersonHit[]; isDegraded: boolean };

/**
 * People whose name matches. Meilisearch answers; when it can't, PostgreSQL does (plain substring match) and
 * the result says it is degraded. Full discovery (facets, degrees, privacy filters) comes with the search issue.
 */
export async function searchPeople(
  _viewer: Viewer | null,
  input: { q?: unknown; limit?: unknown },
  client: Meilisearch = search(),
): Promise<PeopleResults> {
  const { q, limit } = parseInput(PeopleQuerySchema, input);
  if (!q) return { hits: [], isDegraded: false };
  try {
    const result = await client.index<PersonDocument>("people").search(q, { limit });
    return {
      hits: result.hits.map((h) => ({ id: h.id, name: h.name, joinedAt: new Date(h.joinedAt) })),
      isDegraded: false,
    };
  } catch (error) {
    log.warn({ err: error }, "people search fell back to PostgreSQL");
    const users = await db.user.findMany({
      where: { name: { contains: q, mode: "insensitive" } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, name: true, createdAt: true },
    });
    return { hits: users.map((u) => ({ id: u.id, name: u.name, joinedAt: u.createdAt })), isDegraded: true };
  }
}
