-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'company_admin_invitation';

-- CreateTable
CREATE TABLE "CompanyAdminInvitation" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "CompanyRole" NOT NULL,
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyAdminInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompanyAdminInvitation_userId_idx" ON "CompanyAdminInvitation"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyAdminInvitation_companyId_userId_key" ON "CompanyAdminInvitation"("companyId", "userId");

-- AddForeignKey
ALTER TABLE "CompanyAdminInvitation" ADD CONSTRAINT "CompanyAdminInvitation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAdminInvitation" ADD CONSTRAINT "CompanyAdminInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAdminInvitation" ADD CONSTRAINT "CompanyAdminInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
