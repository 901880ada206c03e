import "server-only";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { sendVerificationEmail } from "./send-verification-email";
import { throttle } from "@/lib/core/throttle";
import type { Viewer } from "@/lib/core/viewer";

export async function resendVerificationEmail(viewer: Viewer | null, locale: Locale) {
  if (!viewer) throw new AppError("unauthenticated");
  if (viewer.isEmailVerified) return;
  await throttle("verificationEmailPerAccount", viewer.id);
  await sendVerificationEmail(viewer, locale);
}
