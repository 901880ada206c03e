-- CreateEnum
CREATE TYPE "CompanyType" AS ENUM ('private', 'public', 'nonprofit', 'government', 'educational', 'partnership', 'self_employed');

-- CreateEnum
CREATE TYPE "CompanySize" AS ENUM ('size_1_10', 'size_11_50', 'size_51_200', 'size_201_500', 'size_501_1000', 'size_1001_5000', 'size_5001_10000', 'size_10001_plus');

-- CreateEnum
CREATE TYPE "CompanyRole" AS ENUM ('super_admin', 'content_admin', 'analyst');

-- CreateEnum
CREATE TYPE "CompanyRelationKind" AS ENUM ('employee', 'partner', 'customer', 'supplier', 'peer');

-- CreateEnum
CREATE TYPE "CompanyRelationStatus" AS ENUM ('pending', 'approved', 'declined');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'company_relation_request';
ALTER TYPE "NotificationKind" ADD VALUE 'company_relation_approved';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "UserTokenPurpose" ADD VALUE 'company_domain';
ALTER TYPE "UserTokenPurpose" ADD VALUE 'work_email';

-- DropIndex
DROP INDEX "Post_feed_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "companyId" TEXT;

-- AlterTable
ALTER TABLE "Position" ADD COLUMN     "companyId" TEXT;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "companyId" TEXT;

-- AlterTable
ALTER TABLE "UserToken" ADD COLUMN     "email" TEXT,
ADD COLUMN     "subjectId" TEXT;

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT,
    "nameEn" TEXT,
    "tagline" TEXT NOT NULL DEFAULT '',
    "about" TEXT NOT NULL DEFAULT '',
    "industry" TEXT,
    "size" "CompanySize",
    "type" "CompanyType",
    "foundedYear" INTEGER,
    "logoKey" TEXT,
    "bannerKey" TEXT,
    "specialties" TEXT[],
    "city" TEXT,
    "region" TEXT,
    "country" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "fax" TEXT,
    "email" TEXT,
    "website" TEXT,
    "contactName" TEXT,
    "contactTitle" TEXT,
    "verifiedDomain" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "followerCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyLocation" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "region" TEXT,
    "country" TEXT,
    "address" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CompanyLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyAdmin" (
    "companyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "CompanyRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyAdmin_pkey" PRIMARY KEY ("companyId","userId")
);

-- CreateTable
CREATE TABLE "CompanyRelation" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "CompanyRelationKind" NOT NULL,
    "status" "CompanyRelationStatus" NOT NULL DEFAULT 'pending',
    "title" TEXT,
    "positionId" TEXT,
    "workEmail" TEXT,
    "workEmailVerifiedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyFollow" (
    "companyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "unfollowedAt" TIMESTAMP(3),

    CONSTRAINT "CompanyFollow_pkey" PRIMARY KEY ("companyId","userId")
);

-- CreateTable
CREATE TABLE "CompanyAnnouncement" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "authorId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "linkUrl" TEXT,
    "pinnedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompanyAnnouncement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyProduct" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "imageKey" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompanyProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyPageView" (
    "companyId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "visitorKey" TEXT NOT NULL,
    "userId" TEXT,
    "industry" TEXT,
    "country" TEXT,
    "city" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyPageView_pkey" PRIMARY KEY ("companyId","day","visitorKey")
);

-- CreateTable
CREATE TABLE "CompanyPostImpression" (
    "postId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "companyId" TEXT NOT NULL,

    CONSTRAINT "CompanyPostImpression_pkey" PRIMARY KEY ("postId","userId","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "Company_slug_key" ON "Company"("slug");

-- CreateIndex
CREATE INDEX "CompanyLocation_companyId_sortOrder_idx" ON "CompanyLocation"("companyId", "sortOrder");

-- CreateIndex
CREATE INDEX "CompanyAdmin_userId_idx" ON "CompanyAdmin"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyRelation_positionId_key" ON "CompanyRelation"("positionId");

-- CreateIndex
CREATE INDEX "CompanyRelation_companyId_kind_status_createdAt_idx" ON "CompanyRelation"("companyId", "kind", "status", "createdAt");

-- CreateIndex
CREATE INDEX "CompanyRelation_userId_idx" ON "CompanyRelation"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyRelation_companyId_userId_kind_key" ON "CompanyRelation"("companyId", "userId", "kind");

-- CreateIndex
CREATE INDEX "CompanyFollow_userId_idx" ON "CompanyFollow"("userId");

-- CreateIndex
CREATE INDEX "CompanyAnnouncement_companyId_createdAt_idx" ON "CompanyAnnouncement"("companyId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CompanyProduct_companyId_sortOrder_idx" ON "CompanyProduct"("companyId", "sortOrder");

-- CreateIndex
CREATE INDEX "CompanyPostImpression_companyId_day_idx" ON "CompanyPostImpression"("companyId", "day");

-- CreateIndex
CREATE INDEX "Position_companyId_idx" ON "Position"("companyId");

-- CreateIndex
CREATE INDEX "Post_feed_idx" ON "Post"("authorId", "createdAt" DESC, "id" DESC, "audience", "deletedAt", "kind", "imageCount", "reactionCount", "commentCount", "repostCount", "companyId");

-- CreateIndex
CREATE INDEX "Post_companyId_createdAt_id_idx" ON "Post"("companyId", "createdAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyLocation" ADD CONSTRAINT "CompanyLocation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAdmin" ADD CONSTRAINT "CompanyAdmin_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAdmin" ADD CONSTRAINT "CompanyAdmin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyRelation" ADD CONSTRAINT "CompanyRelation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyRelation" ADD CONSTRAINT "CompanyRelation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyRelation" ADD CONSTRAINT "CompanyRelation_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyFollow" ADD CONSTRAINT "CompanyFollow_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyFollow" ADD CONSTRAINT "CompanyFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAnnouncement" ADD CONSTRAINT "CompanyAnnouncement_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAnnouncement" ADD CONSTRAINT "CompanyAnnouncement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyProduct" ADD CONSTRAINT "CompanyProduct_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyPageView" ADD CONSTRAINT "CompanyPageView_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyPostImpression" ADD CONSTRAINT "CompanyPostImpression_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyPostImpression" ADD CONSTRAINT "CompanyPostImpression_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
