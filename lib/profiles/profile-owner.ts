import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The profile's owner and settings by handle, for use cases that change it (404 when there is none). */
export async function findOwnerOrThrow(handle: string) {
  const owner = await db.profile.findUnique({
    where: { handle: handle.toLowerCase() },
    select: { userId: true, handle: true, visibility: true },
  });
  if (!owner) throw new AppError("not_found", "profile.notFound");
  return owner;
}

/** The signed-in member's own handle (every member has a profile from sign-up on). */
export async function ownHandle(viewer: Pick<Viewer, "id">): Promise<string> {
  const profile = await db.profile.findUniqueOrThrow({
    where: { userId: viewer.id },
    select: { handle: true },
  });
  return profile.handle;
}

/** A handle from a URL, where "me" stands for the signed-in member's own profile. */
export async function resolveHandle(viewer: Pick<Viewer, "id"> | null, handle: string): Promise<string> {
  if (handle !== "me") return handle;
  if (!viewer) throw new AppError("unauthenticated");
  return ownHandle(viewer);
}
