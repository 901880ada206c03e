import "server-only";
import { throttle } from "@/lib/core/throttle";
import { parseInput } from "@/lib/validation";
import { bumpAffinity } from "./affinity";
import { fetchPreviewLater } from "./create-post";
import { findVisiblePostOrThrow } from "./find-post";
import { assertCanRepost } from "./policy";
import { linkPostText } from "./post-links";
import { RepostSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

/**
 * Shares a post for anyone with the viewer's own network, with or without a comment of their own (a repost
 * of a repost shares the original). It counts as a post for the hourly limit.
 */
export async function repost(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const data = parseInput(RepostSchema, input);
  let { post, ties } = await findVisiblePostOrThrow(viewer, data.postId);
  if (post.kind === "repost" && post.repostOfId)
    ({ post, ties } = await findVisiblePostOrThrow(viewer, post.repostOfId));
  assertCanRepost(viewer, post, ties);
  await throttle("postsPerMember", viewer.id);
  const { id, link } = await transaction(async (tx) => {
    const created = await tx.post.create({
      data: { authorId: viewer.id, kind: "repost", repostOfId: post.id, text: data.text },
      select: { id: true, authorId: true, audience: true, createdAt: true },
    });
    const link = await linkPostText(tx, created, data.text);
    await tx.post.update({ where: { id: post.id }, data: { repostCount: { increment: 1 } } });
    await bumpAffinity(tx, viewer.id, post.authorId, "repost");
    await emit(tx, {
      type: "post.reposted",
      postId: created.id,
      originalId: post.id,
      reposterId: viewer.id,
      originalAuthorId: post.authorId,
    });
    return { id: created.id, link };
  });
  if (link.isNewLink) await fetchPreviewLater(link.linkUrl!);
  return { id };
}
