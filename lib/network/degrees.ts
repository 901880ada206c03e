import "server-only";
import { db } from "@/lib/db";
import { PERSON_SELECT, toPerson } from "@/lib/core/person";

/** 1st: connected; 2nd: a connection in common; 3rd: anyone further (shown as "3rd+"). */
export type Degree = 1 | 2 | 3;

/**
 * The viewer's degree to each of these members (search results, feed authors, suggestions), in one query:
 * the first degree is one primary-key probe, the second one probe per connection of the viewer.
 */
export async function degreesFrom(viewerId: string, otherIds: string[]): Promise<Map<string, Degree>> {
  const ids = [...new Set(otherIds)].filter((id) => id !== viewerId);
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<{ id: string; degree: number }[]>`
    SELECT t.id,
      CASE
        WHEN EXISTS (SELECT 1 FROM "Connection" c WHERE c."userId" = ${viewerId} AND c."otherId" = t.id) THEN 1
        WHEN EXISTS (
          SELECT 1 FROM "Connection" a
          JOIN "Connection" b ON b."userId" = t.id AND b."otherId" = a."otherId"
          WHERE a."userId" = ${viewerId}
        ) THEN 2
        ELSE 3
      END AS degree
    FROM unnest(${ids}::text[]) AS t(id)`;
  return new Map(rows.map((row) => [row.id, row.degree as Degree]));
}

export async function degreeBetween(viewerId: string, otherId: string): Promise<Degree> {
  return (await degreesFrom(viewerId, [otherId])).get(otherId) ?? 3;
}

/** The connections two members have in common: how many, and a few of them to show ("faces"). */
export async function mutualConnections(viewerId: string, otherId: string, { faces = 3 } = {}) {
  if (viewerId === otherId) return { count: 0, people: [] };
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count
    FROM "Connection" a
    JOIN "Connection" b ON b."userId" = ${otherId} AND b."otherId" = a."otherId"
    WHERE a."userId" = ${viewerId}`;
  const count = row?.count ?? 0;
  if (count === 0 || faces === 0) return { count, people: [] };
  const people = await db.user.findMany({
    where: {
      connections: { some: { otherId: viewerId } },
      connectedTo: { some: { userId: otherId } },
    },
    orderBy: { name: "asc" },
    take: faces,
    select: PERSON_SELECT,
  });
  return { count, people: people.map(toPerson) };
}
