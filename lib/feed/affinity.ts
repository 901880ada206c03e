import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** How much each interaction tells about a member's interest in an author (the feed's affinity signal). */
export const AFFINITY_WEIGHTS = { reaction: 1, comment: 3, repost: 4 } as const;

/** Adds to the member's affinity for an author, in the caller's transaction (never for oneself). */
export async function bumpAffinity(
  tx: Prisma.TransactionClient,
  userId: string,
  authorId: string,
  interaction: keyof typeof AFFINITY_WEIGHTS,
) {
  if (userId === authorId) return;
  const weight = AFFINITY_WEIGHTS[interaction];
  await tx.$executeRaw`
    INSERT INTO "FeedAffinity" ("userId", "authorId", score, "updatedAt") VALUES (${userId}, ${authorId}, ${weight}, now())
    ON CONFLICT ("userId", "authorId") DO UPDATE SET score = "FeedAffinity".score + ${weight}, "updatedAt" = now()`;
}
