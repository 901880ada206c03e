import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/tests/helpers";
import { createPost } from "./create-post";
import { purgeFeedTraces } from "./purge";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("purging the feed's working data", () => {
  it("removes old seen marks, snapshots and anonymous read keys, and nothing recent", async () => {
    const member = await createMember();
    const [old, recent] = await Promise.all([
      createPost(member, { text: "old" }),
      createPost(member, { text: "recent" }),
    ]);
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
    await db.postSeen.createMany({
      data: [
        { userId: member.id, postId: old.id, seenAt: daysAgo(31) },
        { userId: member.id, postId: recent.id, seenAt: daysAgo(1) },
      ],
    });
    const [oldSnapshot, newSnapshot] = await Promise.all([
      db.feedSnapshot.create({ data: { userId: member.id, postIds: [], createdAt: daysAgo(2) } }),
      db.feedSnapshot.create({ data: { userId: member.id, postIds: [] } }),
    ]);
    await purgeFeedTraces(now);
    expect(await db.postSeen.findMany({ where: { userId: member.id }, select: { postId: true } })).toEqual([
      { postId: recent.id },
    ]);
    expect(await db.feedSnapshot.findUnique({ where: { id: oldSnapshot.id } })).toBeNull();
    expect(await db.feedSnapshot.findUnique({ where: { id: newSnapshot.id } })).not.toBeNull();
  });
});
