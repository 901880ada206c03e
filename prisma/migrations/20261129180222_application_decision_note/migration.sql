-- AlterTable
ALTER TABLE "JobApplication" ADD COLUMN     "decisionNote" TEXT;
