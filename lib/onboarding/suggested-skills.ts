import "server-only";
import { db } from "@/lib/db";
import { normalizeSkillName } from "@/lib/profiles/skills";

const SHOWN = 12;
const PEERS_READ = 500;

/**
 * Skills to offer a newcomer: the ones members with the same current title list most, then the most listed
 * anywhere — less those the member already has.
 */
export async function suggestedSkills(userId: string, title: string, has: string[]): Promise<string[]> {
  const owned = new Set(has.map(normalizeSkillName));
  const peers = title
    ? await db.$queryRaw<{ name: string }[]>`
        WITH peers AS (
          SELECT DISTINCT "profileId" FROM "Position"
          WHERE "endDate" IS NULL AND lower(title) = lower(${title}) AND "profileId" <> ${userId}
          LIMIT ${PEERS_READ}
        )
        SELECT s.name FROM "ProfileSkill" ps JOIN "Skill" s ON s.id = ps."skillId"
        WHERE ps."profileId" IN (SELECT "profileId" FROM peers)
        GROUP BY s.name ORDER BY count(*) DESC, s.name LIMIT ${SHOWN * 2}`
    : [];
  const popular = await db.$queryRaw<{ name: string }[]>`
    SELECT s.name FROM "ProfileSkill" ps JOIN "Skill" s ON s.id = ps."skillId"
    WHERE ps."isPinned"
    GROUP BY s.name ORDER BY count(*) DESC, s.name LIMIT ${SHOWN * 2}`;
  const picked = new Map<string, string>();
  for (const { name } of [...peers, ...popular]) {
    const key = normalizeSkillName(name);
    if (!owned.has(key) && !picked.has(key)) picked.set(key, name);
  }
  return [...picked.values()].slice(0, SHOWN);
}
