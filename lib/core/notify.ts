import "server-only";
import type { NotificationKind, Prisma } from "@/generated/prisma/client";

/** Writes a notification row in the caller's transaction (the notification center reads them). */
export async function notify(
  tx: Prisma.TransactionClient,
  notification: { recipientId: string; kind: NotificationKind; actorId: string; subjectId?: string },
) {
  await tx.notification.create({ data: notification });
}
