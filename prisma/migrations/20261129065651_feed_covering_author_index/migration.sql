-- DropIndex
DROP INDEX "Post_authorId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Post_authorId_createdAt_id_audience_deletedAt_idx" ON "Post"("authorId", "createdAt" DESC, "id" DESC, "audience", "deletedAt");
