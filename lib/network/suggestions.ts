import "server-only";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/queue/queue";
import { log } from "@/lib/log";
import { parseInput } from "@/lib/validation";
import { PERSON_SELECT, toPerson } from "@/lib/core/person";
import { otherVisibleMember } from "./members";
import { SuggestionListSchema } from "./schemas";
import type { Suggestion, SuggestionReason } from "./suggestion-types";
import { assertSignedIn, type Who } from "@/lib/core/who";

/**
 * How much each thing two members share counts towards suggesting one to the other: every connection in
 * common is a point, and sharing a workplace, a school or a city in the same industry adds to it.
 */
export const SUGGESTION_WEIGHTS = {
  mutual: 1,
  currentColleague: 8,
  pastColleague: 5,
  classmate: 4,
  industry: 1,
  city: 1,
} as const;

/** Candidates taken from each source before they are ranked together (the best by mutual connections). */
const CANDIDATES_PER_SOURCE = 300;

const SUGGESTIONS_KEPT = 100;
/** Suggestions older than this are ranked again (in the background) when the member next looks at them. */
const FRESH_FOR_MS = 24 * 60 * 60 * 1000;

type RankedRow = {
  id: string;
  mutualCount: number;
  company: string | null;
  isCurrentColleague: boolean;
  school: string | null;
  isSameIndustry: boolean;
  city: string | null;
  score: number;
};

/**
 * People You May Know, ranked from the graph: friends of friends counted by connections in common, colleagues
 * (same company, now or before), classmates and people in the same city and industry, scored together by
 * SUGGESTION_WEIGHTS. Connections, pending invitations either way, blocks either way and dismissed people are
 * left out. Too slow to run on every page view for members with many connections (npm run bench -- network):
 * refreshSuggestions stores the result, and listSuggestions reads it.
 */
export async function rankSuggestions(viewerId: string, limit: number): Promise<RankedRow[]> {
  const w = SUGGESTION_WEIGHTS;
  return db.$queryRaw<RankedRow[]>`
    WITH me AS (
      SELECT city, industry FROM "Profile" WHERE "userId" = ${viewerId}
    ),
    excluded AS (
      SELECT ${viewerId}::text AS id
      UNION ALL SELECT "otherId" FROM "Connection" WHERE "userId" = ${viewerId}
      UNION ALL SELECT "dismissedId" FROM "SuggestionDismissal" WHERE "userId" = ${viewerId}
      UNION ALL SELECT "blockedId" FROM "Block" WHERE "blockerId" = ${viewerId}
      UNION ALL SELECT "blockerId" FROM "Block" WHERE "blockedId" = ${viewerId}
      UNION ALL SELECT "recipientId" FROM "Invitation" WHERE "senderId" = ${viewerId} AND status = 'pending'
      UNION ALL SELECT "senderId" FROM "Invitation" WHERE "recipientId" = ${viewerId} AND status = 'pending'
    ),
    friends_of_friends AS (
      SELECT b."otherId" AS id, count(*)::int AS mutual
      FROM "Connection" a
      JOIN "Connection" b ON b."userId" = a."otherId"
      WHERE a."userId" = ${viewerId} AND b."otherId" NOT IN (SELECT id FROM excluded)
      GROUP BY b."otherId"
    ),
    colleagues AS (
      SELECT DISTINCT ON (theirs."profileId")
        theirs."profileId" AS id, theirs."companyName" AS company,
        (mine."endDate" IS NULL AND theirs."endDate" IS NULL) AS "isCurrent"
      FROM "Position" mine
      JOIN "Position" theirs ON theirs."companyName" = mine."companyName"
      WHERE mine."profileId" = ${viewerId} AND theirs."profileId" NOT IN (SELECT id FROM excluded)
      ORDER BY theirs."profileId", (mine."endDate" IS NULL AND theirs."endDate" IS NULL) DESC
    ),
    classmates AS (
      SELECT DISTINCT ON (theirs."profileId") theirs."profileId" AS id, theirs.school
      FROM "Education" mine
      JOIN "Education" theirs ON theirs.school = mine.school
      WHERE mine."profileId" = ${viewerId} AND theirs."profileId" NOT IN (SELECT id FROM excluded)
      ORDER BY theirs."profileId"
    ),
    neighbours AS (
      SELECT p."userId" AS id FROM "Profile" p, me
      WHERE p.city = me.city AND p.industry = me.industry AND p."userId" NOT IN (SELECT id FROM excluded)
      LIMIT ${CANDIDATES_PER_SOURCE}
    ),
    candidates AS (
      (SELECT id FROM friends_of_friends ORDER BY mutual DESC LIMIT ${CANDIDATES_PER_SOURCE})
      UNION (SELECT c.id FROM colleagues c LEFT JOIN friends_of_friends f USING (id)
             ORDER BY c."isCurrent" DESC, f.mutual DESC NULLS LAST LIMIT ${CANDIDATES_PER_SOURCE})
      UNION (SELECT s.id FROM classmates s LEFT JOIN friends_of_friends f USING (id)
             ORDER BY f.mutual DESC NULLS LAST LIMIT ${CANDIDATES_PER_SOURCE})
      UNION SELECT id FROM neighbours
    ),
    scored AS (
      SELECT c.id,
        coalesce(f.mutual, 0) AS "mutualCount",
        col.company, coalesce(col."isCurrent", false) AS "isCurrentColleague",
        cls.school,
        coalesce(p.industry = me.industry, false) AS "isSameIndustry",
        CASE WHEN p.city = me.city THEN p.city END AS city
      FROM candidates c
      -- one index probe per candidate (OFFSET 0 keeps the planner from scanning every profile instead)
      CROSS JOIN LATERAL (SELECT city, industry FROM "Profile" WHERE "userId" = c.id OFFSET 0) p
      LEFT JOIN me ON true
      LEFT JOIN friends_of_friends f ON f.id = c.id
      LEFT JOIN colleagues col ON col.id = c.id
      LEFT JOIN classmates cls ON cls.id = c.id
    )
    SELECT *,
      ("mutualCount" * ${w.mutual}
        + CASE WHEN "isCurrentColleague" THEN ${w.currentColleague}
               WHEN company IS NOT NULL THEN ${w.pastColleague} ELSE 0 END
        + CASE WHEN school IS NOT NULL THEN ${w.classmate} ELSE 0 END
        + CASE WHEN "isSameIndustry" THEN ${w.industry} ELSE 0 END
        + CASE WHEN city IS NOT NULL THEN ${w.city} ELSE 0 END)::float8 AS score
    FROM scored
    ORDER BY score DESC, "mutualCount" DESC, id
    LIMIT ${limit}`;
}

/** Ranks a member's suggestions again and stores them (the job behind requestSuggestionRefresh). */
export async function refreshSuggestions(userId: string) {
  const rows = await rankSuggestions(userId, SUGGESTIONS_KEPT);
  await db.$transaction([
    db.peopleSuggestion.deleteMany({ where: { userId } }),
    db.peopleSuggestion.createMany({
      data: rows.map(({ id, ...row }) => ({ userId, suggestedId: id, ...row })),
      skipDuplicates: true,
    }),
    db.suggestionRefresh.upsert({
      where: { userId },
      create: { userId, refreshedAt: new Date() },
      update: { refreshedAt: new Date() },
    }),
  ]);
}

/**
 * Asks the worker to rank these members' suggestions again, after their connections or career changed; the
 * worker polls every few seconds. A queue that is down costs nothing but freshness: stale suggestions are
 * refreshed when next seen.
 */
export async function requestSuggestionRefresh(userIds: string[]) {
  try {
    for (const userId of new Set(userIds)) {
      await enqueue("network.refresh-suggestions", { userId }, { singletonKey: userId });
    }
  } catch (error) {
    log.warn({ err: error }, "could not queue a suggestions refresh");
  }
}

/** The stored suggestions, less anyone connected, invited, blocked or dismissed since they were ranked. */
async function readSuggestions(viewerId: string, limit: number): Promise<RankedRow[]> {
  return db.$queryRaw<RankedRow[]>`
    SELECT s."suggestedId" AS id, s."mutualCount", s.company, s."isCurrentColleague", s.school,
      s."isSameIndustry", s.city, s.score
    FROM "PeopleSuggestion" s
    WHERE s."userId" = ${viewerId}
      AND NOT EXISTS (SELECT 1 FROM "Connection" c WHERE c."userId" = ${viewerId} AND c."otherId" = s."suggestedId")
      AND NOT EXISTS (SELECT 1 FROM "Invitation" i WHERE i."pendingPair" =
        CASE WHEN ${viewerId} < s."suggestedId" THEN ${viewerId} || ':' || s."suggestedId"
             ELSE s."suggestedId" || ':' || ${viewerId} END)
      AND NOT EXISTS (SELECT 1 FROM "Block" b WHERE (b."blockerId" = ${viewerId} AND b."blockedId" = s."suggestedId")
        OR (b."blockerId" = s."suggestedId" AND b."blockedId" = ${viewerId}))
      AND NOT EXISTS (SELECT 1 FROM "SuggestionDismissal" d
        WHERE d."userId" = ${viewerId} AND d."dismissedId" = s."suggestedId")
    ORDER BY s.score DESC, s."mutualCount" DESC, s."suggestedId"
    LIMIT ${limit}`;
}

/** The strongest reason first, as the card says it ("12 mutual connections", "Both worked at 阿里巴巴"). */
export function reasonsFor(row: Omit<RankedRow, "id" | "score">): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  if (row.company) reasons.push({ kind: "company", name: row.company, isCurrent: row.isCurrentColleague });
  if (row.school) reasons.push({ kind: "school", name: row.school });
  if (row.mutualCount > 0) reasons.push({ kind: "mutual", count: row.mutualCount });
  if (row.city) {
    reasons.push(
      row.isSameIndustry ? { kind: "industryAndCity", city: row.city } : { kind: "city", city: row.city },
    );
  }
  // many connections in common say more than a shared workplace
  const isMutualStrongest =
    row.mutualCount * SUGGESTION_WEIGHTS.mutual >= SUGGESTION_WEIGHTS.currentColleague;
  return isMutualStrongest
    ? [...reasons.filter((r) => r.kind === "mutual"), ...reasons.filter((r) => r.kind !== "mutual")]
    : reasons;
}

/**
 * GET /api/v1/network/suggestions: the people, why each is suggested, and a couple of the connections in
 * common. A member's first look ranks them on the spot; later looks read what was stored.
 */
export async function listSuggestions(viewer: Who, input: unknown): Promise<{ items: Suggestion[] }> {
  assertSignedIn(viewer);
  const { limit } = parseInput(SuggestionListSchema, input);
  const refresh = await db.suggestionRefresh.findUnique({ where: { userId: viewer.id } });
  if (!refresh) await refreshSuggestions(viewer.id);
  else if (Date.now() - refresh.refreshedAt.getTime() > FRESH_FOR_MS) {
    await requestSuggestionRefresh([viewer.id]);
  }
  const rows = await readSuggestions(viewer.id, limit);
  if (!rows.length) return { items: [] };
  const ids = rows.map((row) => row.id);
  // counted now, not when ranked: the graph may have changed since
  const mutual = await db.$queryRaw<{ id: string; count: number; faceIds: string[] }[]>`
    SELECT t.id, m.count, m."faceIds"
    FROM unnest(${ids}::text[]) AS t(id)
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS count,
        coalesce((array_agg(a."otherId" ORDER BY a."otherId"))[1:2], '{}') AS "faceIds"
      FROM "Connection" a
      JOIN "Connection" b ON b."userId" = t.id AND b."otherId" = a."otherId"
      WHERE a."userId" = ${viewer.id}
    ) m`;
  const mutualById = new Map(mutual.map((row) => [row.id, row]));
  const people = await db.user.findMany({
    where: { id: { in: [...ids, ...mutual.flatMap((row) => row.faceIds)] } },
    select: PERSON_SELECT,
  });
  const personById = new Map(people.map((user) => [user.id, toPerson(user)]));
  return {
    items: rows.flatMap((row) => {
      const person = personById.get(row.id);
      if (!person?.handle) return [];
      const { count = 0, faceIds = [] } = mutualById.get(row.id) ?? {};
      return [
        {
          person,
          degree: count > 0 ? (2 as const) : (3 as const),
          mutualCount: count,
          mutualFaces: faceIds.flatMap((id) => personById.get(id) ?? []),
          reasons: reasonsFor({ ...row, mutualCount: count }),
        },
      ];
    }),
  };
}

/** "Not interested": this member is no longer suggested to the viewer. */
export async function dismissSuggestion(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const other = await otherVisibleMember(viewer.id, input);
  await db.suggestionDismissal.createMany({
    data: [{ userId: viewer.id, dismissedId: other.userId }],
    skipDuplicates: true,
  });
}
