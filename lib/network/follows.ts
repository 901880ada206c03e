import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { expireCachedProfilesOf } from "@/lib/profiles/cached-profile";
import { parseInput } from "@/lib/validation";
import { memberByHandle } from "./members";
import { assertNotSelf, assertSignedIn, assertVisible } from "./policy";
import { relationshipBetween } from "./relationship";
import { MemberRefSchema } from "./schemas";

type Who = Pick<Viewer, "id"> | null;

/** Follows a member's posts without connecting (creators). Following twice is harmless. */
export async function followMember(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  const relationship = await relationshipBetween(viewer.id, other.userId);
  assertNotSelf(relationship);
  assertVisible(relationship);
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
