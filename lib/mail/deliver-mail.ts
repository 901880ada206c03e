import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import type { JobPayload } from "@/lib/queue/definitions";
import { renderMail } from "./templates";

let transport: nodemailer.Transporter | undefined;

/**
 * Sends one email: over SMTP when SMTP_URL is set, otherwise into the dev mailbox (/dev/mailbox) when
 * DEV_MAILBOX is on; with neither, the mail is dropped with a warning in the log.
 */
export async function deliverMail(payload: JobPayload<"mail.send">) {
  const mail = renderMail(payload);
  const { SMTP_URL, MAIL_FROM, DEV_MAILBOX } = env();
  if (SMTP_URL) {
    transport ??= nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: MAIL_FROM, to: payload.to, ...mail });
  } else if (DEV_MAILBOX) {
    await db.devMail.create({ data: { to: payload.to, ...mail } });
  } else {
    log.warn({ template: payload.template }, "SMTP_URL is not set: an email was not sent");
  }
}
