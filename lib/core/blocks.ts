import "server-only";
import { db } from "@/lib/db";

// Blocks as every domain reads them; blocking and unblocking are lib/network/blocks.ts.

/** Everyone this member blocked or was blocked by: they don't exist for each other (search, lists, feeds). */
export async function blockedEitherWay(userId: string): Promise<string[]> {
  const rows = await db.block.findMany({
    where: { OR: [{ blockerId: userId }, { blockedId: userId }] },
    select: { blockerId: true, blockedId: true },
  });
  return rows.map((row) => (row.blockerId === userId ? row.blockedId : row.blockerId));
}

/** Whether either of the two blocked the other (one indexed lookup; false for the same member). */
export async function isBlockedBetween(a: string, b: string): Promise<boolean> {
  if (a === b) return false;
  const block = await db.block.findFirst({
    where: {
      OR: [
        { blockerId: a, blockedId: b },
        { blockerId: b, blockedId: a },
      ],
    },
    select: { blockerId: true },
  });
  return block !== null;
}
