-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'application_received';
