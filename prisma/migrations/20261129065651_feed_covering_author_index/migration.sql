-- DropIndex
DROP INDEX "Post_authorId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Post_feed_idx" ON "Post"("authorId", "createdAt" DESC, "id" DESC, "audience", "deletedAt", "kind", "imageCount", "reactionCount", "commentCount", "repostCount");
