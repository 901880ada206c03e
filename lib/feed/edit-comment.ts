import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { assertAuthor } from "./policy";
import { CommentEditSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { findCommentOrThrow } from "./find-comment";

export async function editComment(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const data = parseInput(CommentEditSchema, input);
  const { comment } = await findCommentOrThrow(viewer, data.commentId);
  assertAuthor(viewer, comment);
  await db.comment.update({ where: { id: comment.id }, data: { text: data.text, editedAt: new Date() } });
}
