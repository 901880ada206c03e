import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/core/viewer";

/** The member's own account (email included: only they see it). */
export async function getAccount(viewer: Pick<Viewer, "id"> | null) {
  if (!viewer) throw new AppError("unauthenticated");
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: {
      id: true,
      name: true,
      email: true,
      pendingEmail: true,
      locale: true,
      timeZone: true,
      emailVerified: true,
      createdAt: true,
    },
  });
  const { emailVerified, ...rest } = user;
  return { ...rest, isEmailVerified: emailVerified !== null };
}
