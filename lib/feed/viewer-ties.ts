import "server-only";
import { db } from "@/lib/db";
import { blockedEitherWay } from "@/lib/core/blocks";
import { NO_TIES, type ViewerTies } from "./policy";

/** The viewer's connections among these authors and everyone blocked either way: two index reads. */
export async function viewerTies(
  viewer: { id: string } | null,
  authorIds: Iterable<string>,
): Promise<ViewerTies> {
  if (!viewer) return NO_TIES;
  const others = [...new Set(authorIds)].filter((id) => id !== viewer.id);
  const [connections, blocked] = await Promise.all([
    others.length
      ? db.connection.findMany({
          where: { userId: viewer.id, otherId: { in: others } },
          select: { otherId: true },
        })
      : [],
    blockedEitherWay(viewer.id),
  ]);
  return { connectedIds: new Set(connections.map((c) => c.otherId)), blockedIds: new Set(blocked) };
}
