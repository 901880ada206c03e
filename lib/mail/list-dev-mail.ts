import "server-only";
import type { RequestContext } from "@/lib/http/request-context";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isLoopbackAddress } from "@/lib/http/loopback";

/**
 * The caught mail, newest first. Exists only where DEV_MAILBOX is on (never in production), and only for a
 * client on this machine: it holds other members' confirmation and password-reset links.
 */
export async function listDevMail(input: { to?: string }, context: Pick<RequestContext, "ip">) {
  if (!env().DEV_MAILBOX || !isLoopbackAddress(context.ip)) throw new AppError("not_found");
  return db.devMail.findMany({
    where: input.to ? { to: input.to.trim().toLowerCase().slice(0, 320) } : {},
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
