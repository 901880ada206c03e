import type { Who } from "@/lib/core/who";
import { AppError } from "@/lib/errors";
import { canViewPost as isVisiblePost, type PostStanding } from "./post-visibility";

/** The viewer's ties that decide what they may see: who they are connected to, who is blocked either way. */
export type ViewerTies = { connectedIds: ReadonlySet<string>; blockedIds: ReadonlySet<string> };

export const NO_TIES: ViewerTies = { connectedIds: new Set(), blockedIds: new Set() };

/** The post rule (lib/feed/post-visibility.ts) on a loaded post, for a viewer with these ties. */
export function canViewPost(viewer: Who, post: PostStanding, ties: ViewerTies): boolean {
  return isVisiblePost(
    viewer && { id: viewer.id, blockedIds: [...ties.blockedIds], connectedIds: ties.connectedIds },
    post,
  );
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
