-- CreateEnum
CREATE TYPE "AccomplishmentKind" AS ENUM ('project', 'volunteering', 'honor', 'publication');

-- AlterTable
ALTER TABLE "Certification" ADD COLUMN     "source" JSONB;

-- AlterTable
ALTER TABLE "Education" ADD COLUMN     "source" JSONB;

-- AlterTable
ALTER TABLE "Position" ADD COLUMN     "source" JSONB;

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "interests" TEXT[],
ADD COLUMN     "resumeSource" JSONB;

-- AlterTable
ALTER TABLE "ProfileLanguage" ADD COLUMN     "source" JSONB;

-- CreateTable
CREATE TABLE "Accomplishment" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "kind" "AccomplishmentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "organization" TEXT,
    "url" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "description" TEXT NOT NULL DEFAULT '',
    "keywords" TEXT[],
    "source" JSONB,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Accomplishment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Accomplishment_profileId_kind_sortOrder_idx" ON "Accomplishment"("profileId", "kind", "sortOrder");

-- AddForeignKey
ALTER TABLE "Accomplishment" ADD CONSTRAINT "Accomplishment_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;
