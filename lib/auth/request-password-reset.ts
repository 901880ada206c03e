import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { parseInput } from "@/lib/validation";
import { RequestPasswordResetSchema } from "./schemas";
import { throttle } from "@/lib/core/throttle";
import { issueUserToken } from "@/lib/core/user-tokens";

/** Mails a reset link if the address has an account; answers the same either way (no account discovery). */
export async function requestPasswordReset(input: { email?: unknown }, locale: Locale) {
  const { email } = parseInput(RequestPasswordResetSchema, input);
  await throttle("passwordResetPerEmail", email);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true } });
  if (!user) return;
  const token = await issueUserToken(user.id, "reset_password");
  const url = new URL(`/reset-password?token=${token}`, env().APP_URL).toString();
  const mailLocale = user.locale === "en" || user.locale === "zh-CN" ? user.locale : locale;
  await enqueueMail({
    to: email,
    locale: mailLocale,
    template: "resetPassword",
    values: { name: user.name, url },
  });
}
