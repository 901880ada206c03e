-- AlterTable
ALTER TABLE "rate_limits" DROP COLUMN "expire",
ADD COLUMN     "expire" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits"("expire");
