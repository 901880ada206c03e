import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { firstLinkIn, hashtagsIn, mentionsIn } from "./post-text";
import { emit } from "@/lib/core/events";

type Tx = Prisma.TransactionClient;
type SavedPost = { id: string; authorId: string; audience: "anyone" | "connections"; createdAt: Date };

/** Points the post at the hashtags in its text (creating new ones), replacing what an earlier version had. */
async function linkHashtags(tx: Tx, post: SavedPost, text: string) {
  await tx.postHashtag.deleteMany({ where: { postId: post.id } });
  const names = hashtagsIn(text);
  if (!names.length) return;
  await tx.hashtag.createMany({ data: names.map((name) => ({ name })), skipDuplicates: true });
  const hashtags = await tx.hashtag.findMany({ where: { name: { in: names } }, select: { id: true } });
  await tx.postHashtag.createMany({
    data: hashtags.map((h) => ({ postId: post.id, hashtagId: h.id, createdAt: post.createdAt })),
  });
}

/**
 * Records who the text mentions — members who may see the post, never the author or someone blocked either
 * way — and notifies those not mentioned before (an edit doesn't notify twice).
 */
async function linkMentions(tx: Tx, post: SavedPost, text: string) {
  const handles = mentionsIn(text);
  const before = await tx.postMention.findMany({ where: { postId: post.id }, select: { userId: true } });
  const mentioned = handles.length
    ? await tx.user.findMany({
        where: {
          id: { not: post.authorId },
          profile: { handle: { in: handles } },
          blocking: { none: { blockedId: post.authorId } },
          blockedBy: { none: { blockerId: post.authorId } },
          ...(post.audience === "connections" && { connections: { some: { otherId: post.authorId } } }),
        },
        select: { id: true },
      })
    : [];
  await tx.postMention.deleteMany({ where: { postId: post.id } });
  if (mentioned.length)
    await tx.postMention.createMany({ data: mentioned.map((m) => ({ postId: post.id, userId: m.id })) });
  const wasMentioned = new Set(before.map((m) => m.userId));
  const userIds = mentioned.map((m) => m.id).filter((id) => !wasMentioned.has(id));
  if (userIds.length)
    await emit(tx, { type: "members.mentioned", postId: post.id, authorId: post.authorId, userIds });
}

/**
 * The first link's preview row, created empty when the URL is new: returns the URL and whether the worker
 * must fetch it (after commit).
 */
async function linkPreview(tx: Tx, text: string): Promise<{ linkUrl: string | null; isNewLink: boolean }> {
  const linkUrl = firstLinkIn(text);
  if (!linkUrl) return { linkUrl, isNewLink: false };
  const { count } = await tx.linkPreview.createMany({ data: [{ url: linkUrl }], skipDuplicates: true });
  return { linkUrl, isNewLink: count > 0 };
}

/** Everything the text of a post points at: hashtags, mentions and the link preview. */
export async function linkPostText(tx: Tx, post: SavedPost, text: string) {
  await linkHashtags(tx, post, text);
  await linkMentions(tx, post, text);
  const link = await linkPreview(tx, text);
  await tx.post.update({ where: { id: post.id }, data: { linkUrl: link.linkUrl } });
  return link;
}
