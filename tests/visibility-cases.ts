// Generated members and ties for the visibility agreement tests (lib/**/…-visibility.test.ts, findability):
// every form of a rule must pick the same rows for every viewer these make.
import { db } from "@/lib/db";
import { createMember } from "./helpers";

/** A small deterministic generator, so a failure names the same rows on every run. */
export function randomFrom(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return { random, pick };
}

export type Ties = { id: string; blockedIds: string[]; connectedIds: Set<string> };

/**
 * Members with connections and blocks between some pairs (a block either way counts the same), and the
 * viewers they make: anonymous and each member, with their ties.
 */
export async function generatedNetwork(size: number, random: () => number) {
  const members = await Promise.all(Array.from({ length: size }, () => createMember().then((m) => m.id)));
  const ties = new Map(
    members.map((id) => [id, { id, blockedIds: [] as string[], connectedIds: new Set<string>() }]),
  );
  for (const [i, a] of members.entries())
    for (const b of members.slice(i + 1)) {
      const roll = random();
      if (roll < 0.35) {
        await db.connection.createMany({
          data: [
            { userId: a, otherId: b },
            { userId: b, otherId: a },
          ],
        });
        ties.get(a)!.connectedIds.add(b);
        ties.get(b)!.connectedIds.add(a);
      } else if (roll < 0.5) {
        await db.block.create({
          data: random() < 0.5 ? { blockerId: a, blockedId: b } : { blockerId: b, blockedId: a },
        });
        ties.get(a)!.blockedIds.push(b);
        ties.get(b)!.blockedIds.push(a);
      }
    }
  const viewers: { name: string; viewer: Ties | null }[] = [
    { name: "anonymous", viewer: null },
    ...members.map((id, n) => ({ name: `member ${n}`, viewer: ties.get(id)! })),
  ];
  return { members, ties, viewers };
}

/** How a viewer stands to a member, to show that the generated cases cover each kind. */
export function tieBetween(viewer: Ties | null, memberId: string) {
  if (!viewer) return "anonymous";
  if (viewer.id === memberId) return "themselves";
  if (viewer.blockedIds.includes(memberId)) return "blocked";
  return viewer.connectedIds.has(memberId) ? "connection" : "stranger";
}

export const sorted = (values: string[]) => [...values].sort();
