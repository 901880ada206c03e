import "server-only";
import { visitorKey } from "@/lib/core/visitor-key";
import { db } from "@/lib/db";
import { type Who } from "@/lib/core/who";

/**
 * Counts a read: once per member (never the author's own), and anonymous visitors once per visitor per day,
 * separately.
 */
export async function recordArticleRead(
  reader: { viewer: Who; visitor: { ip: string | null; userAgent: string | null } },
  articleId: string,
) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { authorId: true, status: true },
  });
  if (!article || article.status !== "published" || reader.viewer?.id === article.authorId) return;
  await db.$transaction(async (tx) => {
    if (reader.viewer) {
      const { count } = await tx.articleRead.createMany({
        data: [{ articleId, userId: reader.viewer.id }],
        skipDuplicates: true,
      });
      if (count) await tx.article.update({ where: { id: articleId }, data: { readCount: { increment: 1 } } });
      return;
    }
    const { count } = await tx.articleAnonymousRead.createMany({
      data: [{ articleId, visitorKey: visitorKey(reader.visitor.ip, reader.visitor.userAgent) }],
      skipDuplicates: true,
    });
    if (count)
      await tx.article.update({ where: { id: articleId }, data: { anonymousReadCount: { increment: 1 } } });
  });
}
