import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";

/** The counts beside the viewer's network pages: connections, followers, following, invitations either way. */
export async function networkSummary(viewer: Pick<Viewer, "id">) {
  const [connections, followers, following, received, sent] = await Promise.all([
    db.connection.count({ where: { userId: viewer.id } }),
    db.follow.count({ where: { followeeId: viewer.id } }),
    db.follow.count({ where: { followerId: viewer.id } }),
    db.invitation.count({ where: { recipientId: viewer.id, status: "pending" } }),
    db.invitation.count({ where: { senderId: viewer.id, status: "pending" } }),
  ]);
  return { connections, followers, following, received, sent };
}
