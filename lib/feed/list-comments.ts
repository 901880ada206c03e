import "server-only";
import type { ReactionType } from "@/generated/prisma/client";
import type { Page } from "@/lib/api/pagination";
import { timePaging } from "@/lib/api/time-paging";
import { db } from "@/lib/db";
import { degreesFrom, type Degree } from "@/lib/network/degrees";
import { PERSON_SELECT, toPerson } from "@/lib/core/person";
import { parseInput } from "@/lib/validation";
import { findVisiblePostOrThrow } from "./find-post";
import { mentionedMembers, type Mention } from "./mentioned-members";
import type { PostAuthor } from "./post-cards";
import { isAuthor } from "./policy";
import { mentionsIn } from "./post-text";
import { CommentListSchema } from "./schemas";
import type { Who } from "@/lib/core/who";

export type CommentView = {
  id: string;
  parentId: string | null;
  text: string;
  /** the members the text mentions, shown by name */
  mentions: Mention[];
  createdAt: string;
  editedAt: string | null;
  author: PostAuthor;
  reactionCount: number;
  replyCount: number;
  viewer: { reaction: ReactionType | null; isAuthor: boolean; canDelete: boolean };
};

/**
 * A post's comments, newest first, or one comment's replies, oldest first (they read as a conversation).
 * Comments by members blocked either way are left out.
 */
export async function listComments(viewer: Who, input: unknown): Promise<Page<CommentView>> {
  const { postId, parentId, cursor, limit } = parseInput(CommentListSchema, input);
  const paging = timePaging(cursor, "id", parentId === undefined ? "desc" : "asc");
  const { post, ties } = await findVisiblePostOrThrow(viewer, postId);
  const rows = await db.comment.findMany({
    where: {
      postId,
      parentId: parentId ?? null,
      deletedAt: null,
      authorId: ties.blockedIds.size ? { notIn: [...ties.blockedIds] } : undefined,
      ...paging.after,
    },
    orderBy: paging.orderBy,
    take: limit + 1,
    select: {
      id: true,
      parentId: true,
      authorId: true,
      text: true,
      createdAt: true,
      editedAt: true,
      reactionCount: true,
      replyCount: true,
      author: { select: PERSON_SELECT },
    },
  });
  const page = paging.toPage(rows, limit);
  const ids = page.items.map((row) => row.id);
  const [degrees, reactions, mentions] = viewer
    ? await Promise.all([
        degreesFrom(
          viewer.id,
          page.items.map((row) => row.authorId),
        ),
        db.commentReaction.findMany({
          where: { userId: viewer.id, commentId: { in: ids } },
          select: { commentId: true, type: true },
        }),
        mentionedMembers(page.items.map((row) => row.text)),
      ])
    : [new Map<string, Degree>(), [], await mentionedMembers(page.items.map((row) => row.text))];
  const mentionsOf = (text: string) => {
    const handles = new Set(mentionsIn(text));
    return mentions.filter((mention) => handles.has(mention.handle));
  };
  const reactionOf = new Map(reactions.map((r) => [r.commentId, r.type]));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({
      id: row.id,
      parentId: row.parentId,
      text: row.text,
      mentions: mentionsOf(row.text),
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
      author: {
        ...toPerson(row.author),
        degree: !viewer || row.authorId === viewer.id ? null : (degrees.get(row.authorId) ?? 3),
      },
      reactionCount: row.reactionCount,
      replyCount: row.replyCount,
      viewer: {
        reaction: reactionOf.get(row.id) ?? null,
        isAuthor: isAuthor(viewer, row),
        canDelete: isAuthor(viewer, row) || isAuthor(viewer, post),
      },
    })),
  };
}
