import "server-only";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { issueUserToken } from "@/lib/core/user-tokens";

export async function sendVerificationEmail(
  user: { id: string; email: string; name: string },
  locale: Locale,
) {
  const token = await issueUserToken(user.id, "verify_email");
  const url = new URL(`/verify-email?token=${token}`, env().APP_URL).toString();
  await enqueueMail({ to: user.email, locale, template: "verifyEmail", values: { name: user.name, url } });
}
