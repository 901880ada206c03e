import type { Prisma } from "@/generated/prisma/client";
import type { Who } from "@/lib/core/who";
import { AppError } from "@/lib/errors";

/** What visibility of a post depends on, preloaded once for a whole page of posts. */
export type PostStanding = {
  authorId: string;
  audience: "anyone" | "connections";
  deletedAt: Date | null;
};

/** The viewer's ties that decide what they may see: who they are connected to, who is blocked either way. */
export type ViewerTies = { connectedIds: ReadonlySet<string>; blockedIds: ReadonlySet<string> };

export const NO_TIES: ViewerTies = { connectedIds: new Set(), blockedIds: new Set() };

/**
 * Anyone sees an "anyone" post; a "connections" post is for its author's current connections. Members who
 * blocked each other never see each other's posts; deleted posts are gone for everyone.
 */
export function canViewPost(viewer: Who, post: PostStanding, ties: ViewerTies): boolean {
  if (post.deletedAt) return false;
  if (viewer?.id === post.authorId) return true;
  if (ties.blockedIds.has(post.authorId)) return false;
  return post.audience === "anyone" || (viewer !== null && ties.connectedIds.has(post.authorId));
}

/** The same rule as a Prisma `where`, for lists read straight from the database. */
export function visiblePostsWhere(viewer: Who, blockedIds: readonly string[]): Prisma.PostWhereInput {
  if (!viewer) return { deletedAt: null, audience: "anyone" };
  return {
    deletedAt: null,
    authorId: blockedIds.length ? { notIn: [...blockedIds] } : undefined,
    OR: [
      { audience: "anyone" },
      { authorId: viewer.id },
      { author: { connections: { some: { otherId: viewer.id } } } },
    ],
  };
}

/** The same rule for the posts index, which holds only "anyone" posts: leave out blocked authors. */
export function visiblePostsFilter(blockedIds: readonly string[]): string | undefined {
  return blockedIds.length
    ? `authorId NOT IN [${blockedIds.map((id) => JSON.stringify(id)).join(", ")}]`
    : undefined;
}

/** Posts that can't be seen are "not found": their existence is not revealed either. */
export function assertCanViewPost(viewer: Who, post: PostStanding, ties: ViewerTies) {
  if (!canViewPost(viewer, post, ties)) throw new AppError("not_found", "feed.postNotFound");
}

export function isAuthor(viewer: Who, post: { authorId: string }): boolean {
  return viewer !== null && viewer.id === post.authorId;
}

/** Only the author edits or deletes a post (or a comment). */
export function assertAuthor(viewer: Who, item: { authorId: string }) {
  if (!isAuthor(viewer, item)) throw new AppError("forbidden", "feed.notAuthor");
}

export function canComment(viewer: Who, post: PostStanding & { isCommentingOff: boolean }, ties: ViewerTies) {
  return viewer !== null && canViewPost(viewer, post, ties) && !post.isCommentingOff;
}

export function assertCanComment(
  viewer: Who,
  post: PostStanding & { isCommentingOff: boolean },
  ties: ViewerTies,
) {
  assertCanViewPost(viewer, post, ties);
  if (post.isCommentingOff) throw new AppError("forbidden", "feed.commentingOff");
}

/** Only posts for anyone can be reposted: a repost must not carry a connections-only post further. */
export function canRepost(viewer: Who, post: PostStanding & { kind: string }, ties: ViewerTies) {
  return (
    viewer !== null && canViewPost(viewer, post, ties) && post.audience === "anyone" && post.kind !== "repost"
  );
}

export function assertCanRepost(viewer: Who, post: PostStanding & { kind: string }, ties: ViewerTies) {
  assertCanViewPost(viewer, post, ties);
  if (!canRepost(viewer, post, ties)) throw new AppError("forbidden", "feed.cannotRepost");
}
