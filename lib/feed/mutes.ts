import "server-only";
import { db } from "@/lib/db";
import { memberByHandle, otherVisibleMember } from "@/lib/network/members";
import { MemberRefSchema } from "@/lib/network/schemas";
import { parseInput } from "@/lib/validation";
import { assertSignedIn, type Who } from "@/lib/core/who";

/** Mutes a member: their posts leave the viewer's feed; they stay connected and are not told. */
export async function muteMember(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const other = await otherVisibleMember(viewer.id, input);
  await db.mute.createMany({ data: [{ muterId: viewer.id, mutedId: other.userId }], skipDuplicates: true });
}

export async function unmuteMember(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  await db.mute.deleteMany({ where: { muterId: viewer.id, mutedId: other.userId } });
}
