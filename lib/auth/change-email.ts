import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { parseInput } from "@/lib/validation";
import { throttle } from "@/lib/core/throttle";
import { consumeUserToken, issueUserToken } from "@/lib/core/user-tokens";
import type { Viewer } from "@/lib/core/viewer";
import { assertSignedIn } from "@/lib/core/who";
import { assertCurrentPassword } from "./current-password";
import { ChangeEmailSchema, ConfirmEmailChangeSchema } from "./schemas";

const mailLocale = (stored: string | null, fallback: Locale): Locale =>
  stored === "en" || stored === "zh-CN" ? stored : fallback;

/**
 * A member asks to sign in with another address, giving their password: the new address gets a link to
 * confirm it (it changes only then), and the old one is told. An address another account has is refused
 * without saying whose.
 */
export async function requestEmailChange(viewer: Pick<Viewer, "id"> | null, input: unknown, locale: Locale) {
  assertSignedIn(viewer);
  const { email, currentPassword } = parseInput(ChangeEmailSchema, input);
  const user = await assertCurrentPassword(viewer.id, currentPassword);
  if (email === user.email)
    throw new AppError("validation", "validation", { fields: { email: "email.unchanged" } });
  await throttle("emailChangePerAccount", viewer.id);
  if (await db.user.findUnique({ where: { email }, select: { id: true } }))
    throw new AppError("conflict", "email.taken", { fields: { email: "email.taken" } });
  const { locale: stored } = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { locale: true },
  });
  const token = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { pendingEmail: email } });
    return issueUserToken(viewer.id, "change_email", tx, { email });
  });
  const url = new URL(`/confirm-email?token=${token}`, env().APP_URL).toString();
  const values = { name: user.name, email };
  await enqueueMail({
    to: email,
    locale: mailLocale(stored, locale),
    template: "confirmEmailChange",
    values: { ...values, url },
  });
  await enqueueMail({
    to: user.email,
    locale: mailLocale(stored, locale),
    template: "emailChanging",
    values: { ...values, url: new URL("/settings#account", env().APP_URL).toString() },
  });
  return { pendingEmail: email };
}

/** The new address's link: the account signs in with it from now on (and it counts as confirmed). */
export async function confirmEmailChange(input: unknown) {
  const { token } = parseInput(ConfirmEmailChangeSchema, input);
  return db.$transaction(async (tx) => {
    const { userId, email } = await consumeUserToken(token, "change_email", tx);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { pendingEmail: true } });
    // a later request replaced it, or it was cancelled
    if (!email || user.pendingEmail !== email)
      throw new AppError("validation", "token.invalid", { fields: { token: "token.invalid" } });
    if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
      throw new AppError("conflict", "email.taken", { fields: { token: "email.taken" } });
    return tx.user.update({
      where: { id: userId },
      data: { email, emailVerified: new Date(), pendingEmail: null },
      select: { id: true, email: true },
    });
  });
}

/** Drops a change not confirmed yet: its link stops working. */
export async function cancelEmailChange(viewer: Pick<Viewer, "id"> | null) {
  assertSignedIn(viewer);
  await db.$transaction([
    db.user.update({ where: { id: viewer.id }, data: { pendingEmail: null } }),
    db.userToken.deleteMany({ where: { userId: viewer.id, purpose: "change_email", usedAt: null } }),
  ]);
}
