import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertNotSelf, assertVisible } from "./policy";
import { relationshipBetween } from "./relationship";
import { MemberRefSchema } from "./schemas";

/** The member at a profile address, with what the network's rules need; "not found" when there is none. */
export async function memberByHandle(handle: string) {
  const profile = await db.profile.findUnique({
    where: { handle: handle.toLowerCase() },
    select: {
      userId: true,
      handle: true,
      isEmailNeededToInvite: true,
      user: { select: { name: true, email: true } },
    },
  });
  if (!profile) throw new AppError("not_found", "profile.notFound");
  return profile;
}

/** Another member the viewer may act on — not themself, no block either way — from `{ handle }` input. */
export async function otherVisibleMember(viewerId: string, input: unknown) {
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  const relationship = await relationshipBetween(viewerId, other.userId);
  assertNotSelf(relationship);
  assertVisible(relationship);
  return other;
}
