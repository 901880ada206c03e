-- CreateEnum
CREATE TYPE "EducationRequirement" AS ENUM ('none', 'high_school', 'associate', 'bachelor', 'master', 'doctorate');

-- AlterEnum
ALTER TYPE "UserTokenPurpose" ADD VALUE 'change_email';

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai';

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "education" "EducationRequirement",
ADD COLUMN     "salaryMonths" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "notificationSettings" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "pendingEmail" TEXT,
ADD COLUMN     "timeZone" TEXT;
