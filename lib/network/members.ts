import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

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
