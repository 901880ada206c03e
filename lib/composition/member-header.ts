import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { imageUrls } from "@/lib/media/variants";
import { countPendingInvitations } from "@/lib/network/list-invitations";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";

/** What the header shows a signed-in member about themselves: their name and photo, and what waits for them. */
export async function getMemberHeader(viewer: Pick<Viewer, "id" | "name">) {
  const [profile, notifications, invitations] = await Promise.all([
    db.profile.findUnique({ where: { userId: viewer.id }, select: { avatarKey: true } }),
    countUnreadNotifications(viewer),
    countPendingInvitations(viewer),
  ]);
  return {
    name: viewer.name,
    // their own photo, whoever else may see it
    avatar: imageUrls("avatar", profile?.avatarKey ?? null)?.sm ?? null,
    badges: { notifications, invitations },
  };
}

export type MemberHeader = Awaited<ReturnType<typeof getMemberHeader>>;
