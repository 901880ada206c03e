import "server-only";
import { emit, transaction } from "@/lib/core/events";
import { parseInput } from "@/lib/validation";
import { memberByHandle, otherVisibleMember } from "./members";
import { MemberRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";

/** Follows a member's posts without connecting (creators). Following twice is harmless. */
export async function followMember(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const other = await otherVisibleMember(viewer.id, input);
  await transaction(async (tx) => {
    const { count } = await tx.follow.createMany({
      data: [{ followerId: viewer.id, followeeId: other.userId }],
      skipDuplicates: true,
    });
    if (count) await emit(tx, { type: "member.followed", followerId: viewer.id, followeeId: other.userId });
  });
}

export async function unfollowMember(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  await transaction(async (tx) => {
    const { count } = await tx.follow.deleteMany({
      where: { followerId: viewer.id, followeeId: other.userId },
    });
    if (count) await emit(tx, { type: "member.unfollowed", followerId: viewer.id, followeeId: other.userId });
  });
}
