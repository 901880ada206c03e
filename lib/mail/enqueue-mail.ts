import "server-only";
import type { JobPayload } from "@/lib/queue/definitions";
import { enqueue } from "@/lib/queue/queue";
import { log } from "@/lib/log";

/**
 * Queues an email for the worker. A queue failure is logged, not thrown: the change that asked for the mail
 * is already committed, and every mail here can be asked for again (resend link, new reset request).
 */
export async function enqueueMail(payload: JobPayload<"mail.send">) {
  try {
    await enqueue("mail.send", payload);
  } catch (error) {
    log.error({ err: error, template: payload.template }, "could not queue an email");
  }
}
