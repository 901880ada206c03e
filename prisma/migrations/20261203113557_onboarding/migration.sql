-- CreateEnum
CREATE TYPE "OnboardingStep" AS ENUM ('about', 'photo', 'skills', 'people', 'follow');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "onboardedAt" TIMESTAMP(3),
ADD COLUMN     "onboardingStep" "OnboardingStep";
