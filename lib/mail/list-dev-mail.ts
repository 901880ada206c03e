import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** The caught mail, newest first. Exists only where DEV_MAILBOX is on (never in production). */
export async function listDevMail(input: { to?: string } = {}) {
  if (!env().DEV_MAILBOX) throw new AppError("not_found");
  return db.devMail.findMany({
    where: input.to ? { to: input.to.trim().toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
