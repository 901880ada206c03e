import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { findVisiblePostOrThrow } from "./find-post";
import { PostRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";

/** Saves a post to read later (saving twice is harmless). */
export async function savePost(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { postId } = parseInput(PostRefSchema, input);
  await findVisiblePostOrThrow(viewer, postId);
  await db.savedPost.createMany({ data: [{ userId: viewer.id, postId }], skipDuplicates: true });
}

export async function unsavePost(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { postId } = parseInput(PostRefSchema, input);
  await db.savedPost.deleteMany({ where: { userId: viewer.id, postId } });
}

/** "Hide this post": it leaves the viewer's feed for good. */
export async function hidePost(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { postId } = parseInput(PostRefSchema, input);
  await findVisiblePostOrThrow(viewer, postId);
  await db.hiddenPost.createMany({ data: [{ userId: viewer.id, postId }], skipDuplicates: true });
}

export async function unhidePost(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { postId } = parseInput(PostRefSchema, input);
  await db.hiddenPost.deleteMany({ where: { userId: viewer.id, postId } });
}
