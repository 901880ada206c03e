import "server-only";
import { db } from "@/lib/db";
import { companyRolesOf } from "@/lib/companies/find-company";
import { hasCompanyRight } from "@/lib/companies/policy";
import { AppError } from "@/lib/errors";
import { assertCanViewPost } from "./policy";
import { viewerTies } from "./viewer-ties";

const POST_STANDING = {
  id: true,
  authorId: true,
  audience: true,
  kind: true,
  deletedAt: true,
  isCommentingOff: true,
  repostOfId: true,
  articleId: true,
  text: true,
  createdAt: true,
  companyId: true,
} as const;

/** A post with what the rules need, or "not found" (whether it doesn't exist or the viewer may not see it). */
export async function findVisiblePostOrThrow(viewer: { id: string } | null, postId: string) {
  const post = await db.post.findUnique({ where: { id: postId }, select: POST_STANDING });
  if (!post) throw new AppError("not_found", "feed.postNotFound");
  const ties = await viewerTies(viewer, [post.authorId]);
  assertCanViewPost(viewer, post, ties);
  return { post, ties };
}

/**
 * A post the viewer may edit or delete — their own, or their company's when they may post as it: "not found"
 * for others' posts they can't see, else forbidden.
 */
export async function findOwnPostOrThrow(viewer: { id: string }, postId: string) {
  const { post, ties } = await findVisiblePostOrThrow(viewer, postId);
  const isMine = post.companyId
    ? hasCompanyRight((await companyRolesOf(viewer.id, [post.companyId])).get(post.companyId), "postAs")
    : post.authorId === viewer.id;
  if (!isMine) throw new AppError("forbidden", "feed.notAuthor");
  return { post, ties };
}
