import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { PERSON_SELECT, toPerson } from "./connections";
import { memberByHandle } from "./members";
import { assertNotSelf, assertSignedIn, assertVisible } from "./policy";
import { relationshipBetween } from "./relationship";
import { MemberRefSchema, SuggestionListSchema } from "./schemas";

type Who = Pick<Viewer, "id"> | null;

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

export type SuggestionReason =
  | { kind: "mutual"; count: number }
  | { kind: "company"; name: string; isCurrent: boolean }
  | { kind: "school"; name: string }
  | { kind: "industryAndCity"; city: string }
  | { kind: "city"; city: string };

type Row = {
  id: string;
  mutual: number;
  company: string | null;
  isCurrentColleague: boolean | null;
  school: string | null;
  sameIndustry: boolean;
  city: string | null;
  score: number;
};

/**
 * People You May Know, computed when asked: friends of friends counted by connections in common, colleagues
 * (same company, now or before), classmates and people in the same city and industry, ranked together by
 * SUGGESTION_WEIGHTS. Connections, pending invitations either way, blocks either way and dismissed people
 * are left out.
 */
export async function rankSuggestions(viewerId: string, limit: number): Promise<Row[]> {
  const w = SUGGESTION_WEIGHTS;
  return db.$queryRaw<Row[]>`
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
    top_friends_of_friends AS (
      SELECT id FROM friends_of_friends ORDER BY mutual DESC LIMIT ${CANDIDATES_PER_SOURCE}
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
      SELECT id FROM top_friends_of_friends
      UNION (SELECT c.id FROM colleagues c LEFT JOIN friends_of_friends f USING (id)
             ORDER BY c."isCurrent" DESC, f.mutual DESC NULLS LAST LIMIT ${CANDIDATES_PER_SOURCE})
      UNION (SELECT s.id FROM classmates s LEFT JOIN friends_of_friends f USING (id)
             ORDER BY f.mutual DESC NULLS LAST LIMIT ${CANDIDATES_PER_SOURCE})
      UNION SELECT id FROM neighbours
    ),
    scored AS (
      SELECT c.id,
        coalesce(f.mutual, 0) AS mutual,
        col.company, col."isCurrent" AS "isCurrentColleague",
        cls.school,
        coalesce(p.industry = me.industry, false) AS "sameIndustry",
        CASE WHEN p.city = me.city THEN p.city END AS city
      FROM candidates c
      JOIN "Profile" p ON p."userId" = c.id
      LEFT JOIN me ON true
      LEFT JOIN friends_of_friends f ON f.id = c.id
      LEFT JOIN colleagues col ON col.id = c.id
      LEFT JOIN classmates cls ON cls.id = c.id
    )
    SELECT *,
      (mutual * ${w.mutual}
        + CASE WHEN "isCurrentColleague" THEN ${w.currentColleague}
               WHEN company IS NOT NULL THEN ${w.pastColleague} ELSE 0 END
        + CASE WHEN school IS NOT NULL THEN ${w.classmate} ELSE 0 END
        + CASE WHEN "sameIndustry" THEN ${w.industry} ELSE 0 END
        + CASE WHEN city IS NOT NULL THEN ${w.city} ELSE 0 END)::float8 AS score
    FROM scored
    ORDER BY score DESC, mutual DESC, id
    LIMIT ${limit}`;
}

/** The strongest reason first, as the card says it ("12 mutual connections", "Both worked at 阿里巴巴"). */
export function reasonsFor(row: Row): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  if (row.company) reasons.push({ kind: "company", name: row.company, isCurrent: !!row.isCurrentColleague });
  if (row.school) reasons.push({ kind: "school", name: row.school });
  if (row.mutual > 0) reasons.push({ kind: "mutual", count: row.mutual });
  if (row.city) reasons.push(row.sameIndustry ? { kind: "industryAndCity", city: row.city } : { kind: "city", city: row.city });
  const sharedCount = row.mutual * SUGGESTION_WEIGHTS.mutual;
  // many connections in common say more than a shared workplace
  return sharedCount >= SUGGESTION_WEIGHTS.currentColleague
    ? [...reasons.filter((r) => r.kind === "mutual"), ...reasons.filter((r) => r.kind !== "mutual")]
    : reasons;
}

/** GET /api/v1/network/suggestions: the people, why each is suggested, and a couple of shared faces. */
export async function listSuggestions(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { limit } = parseInput(SuggestionListSchema, input);
  const rows = await rankSuggestions(viewer.id, limit);
  if (!rows.length) return { items: [] };
  const ids = rows.map((row) => row.id);
  const faces = await db.$queryRaw<{ id: string; faceId: string }[]>`
    SELECT t.id, f."otherId" AS "faceId"
    FROM unnest(${ids}::text[]) AS t(id)
    CROSS JOIN LATERAL (
      SELECT a."otherId" FROM "Connection" a
      JOIN "Connection" b ON b."userId" = t.id AND b."otherId" = a."otherId"
      WHERE a."userId" = ${viewer.id}
      ORDER BY a."otherId" LIMIT 2
    ) f`;
  const people = await db.user.findMany({
    where: { id: { in: [...ids, ...faces.map((face) => face.faceId)] } },
    select: PERSON_SELECT,
  });
  const personById = new Map(people.map((user) => [user.id, toPerson(user)]));
  return {
    items: rows.flatMap((row) => {
      const person = personById.get(row.id);
      if (!person?.handle) return [];
      return [
        {
          person,
          degree: row.mutual > 0 ? (2 as const) : (3 as const),
          mutualCount: row.mutual,
          mutualFaces: faces
            .filter((face) => face.id === row.id)
            .flatMap((face) => personById.get(face.faceId) ?? []),
          reasons: reasonsFor(row),
        },
      ];
    }),
  };
}

/** "Not interested": this member is no longer suggested to the viewer. */
export async function dismissSuggestion(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  const relationship = await relationshipBetween(viewer.id, other.userId);
  assertNotSelf(relationship);
  assertVisible(relationship);
  await db.suggestionDismissal.createMany({
    data: [{ userId: viewer.id, dismissedId: other.userId }],
    skipDuplicates: true,
  });
}
