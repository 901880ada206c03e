import type { JobPayload } from "@/lib/queue/definitions";
import { translatorFor } from "@/lib/i18n/translator";

export type RenderedMail = { subject: string; text: string; html: string };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Emails are a greeting, a paragraph and one button link, in the recipient's language. */
export function renderMail({ template, locale, values }: JobPayload<"mail.send">): RenderedMail {
  const t = translatorFor(locale);
  const name = values.name ?? "";
  const url = values.url ?? "";
  const subject = t(`email.${template}.subject`, values);
  const greeting = t("email.greeting", { name });
  const body = t(`email.${template}.body`, values);
  const action = t(`email.${template}.action`);
  const footer = t("email.footer");
  const text = `${greeting}\n\n${body}\n\n${action}: ${url}\n\n${footer}\n`;
  const html = `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p><p style="color:#666">${escapeHtml(footer)}</p>`;
  return { subject, text, html };
}
