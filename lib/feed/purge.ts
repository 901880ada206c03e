import "server-only";
import { db } from "@/lib/db";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long the feed's working data is kept. */
export const RETENTION_DAYS = {
  /** "seen" marks sink posts in the ranked feed; the ranking window is 14 days */
  postSeen: 30,
  /** a ranked first page's order, for its next pages */
  feedSnapshot: 1,
  /** anonymous readers' daily keys: the counts stay on the article */
  anonymousRead: 2,
} as const;

/** Deletes the feed's working data once it can no longer matter (the worker runs it every hour). */
export async function purgeFeedTraces(now = new Date()) {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const [seen, snapshots, reads] = await Promise.all([
    db.postSeen.deleteMany({ where: { seenAt: { lt: before(RETENTION_DAYS.postSeen) } } }),
    db.feedSnapshot.deleteMany({ where: { createdAt: { lt: before(RETENTION_DAYS.feedSnapshot) } } }),
    db.articleAnonymousRead.deleteMany({
      where: { createdAt: { lt: before(RETENTION_DAYS.anonymousRead) } },
    }),
  ]);
  return { seen: seen.count, snapshots: snapshots.count, anonymousReads: reads.count };
}
