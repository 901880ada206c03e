-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "findableBy" "Visibility" NOT NULL DEFAULT 'public';

-- CreateTable
CREATE TABLE "SearchIndexState" (
    "name" TEXT NOT NULL,
    "settingsHash" TEXT NOT NULL,
    "documentVersion" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchIndexState_pkey" PRIMARY KEY ("name")
);
