import "server-only";
import { db } from "@/lib/db";
import { expireCachedProfilesOf } from "@/lib/core/cached-profile";
import { parseInput } from "@/lib/validation";
import { memberByHandle, otherVisibleMember } from "./members";
import { MemberRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";

/** Follows a member's posts without connecting (creators). Following twice is harmless. */
export async function followMember(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const other = await otherVisibleMember(viewer.id, input);
  await db.follow.createMany({
    data: [{ followerId: viewer.id, followeeId: other.userId }],
    skipDuplicates: true,
  });
  await expireCachedProfilesOf([other.userId]); // the follower count is on their profile
}

export async function unfollowMember(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  await db.follow.deleteMany({ where: { followerId: viewer.id, followeeId: other.userId } });
  await expireCachedProfilesOf([other.userId]);
}
