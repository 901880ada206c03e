import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { createProfile } from "@/lib/profiles/create-profile";
import { emit, transaction } from "@/lib/core/events";
import { parseInput, type Untrusted } from "@/lib/validation";
import { isGuessablePassword, hashPassword } from "./password";
import type { RequestContext } from "@/lib/http/request-context";
import { SignUpSchema, type SignUpInput } from "./schemas";
import { sendVerificationEmail } from "./send-verification-email";
import { throttle } from "@/lib/core/throttle";

/**
 * Creates a member account (and queues its search document and confirmation email) — or, when the address
 * already has one, emails its owner instead. Both answer the same and cost the same, so sign-up doesn't tell
 * anyone who has an account (OWASP, account enumeration); the new member then signs in.
 */
export async function signUp(
  input: Untrusted<SignUpInput>,
  context: RequestContext,
): Promise<{ email: string }> {
  const { name, email, password } = parseInput(SignUpSchema, input);
  if (isGuessablePassword(password, [name, email])) {
    throw new AppError("validation", "validation", { fields: { password: "password.guessable" } });
  }
  await throttle("signUpPerIp", context.ip);

  const passwordHash = await hashPassword(password);
  let user: { id: string; email: string; name: string; handle: string };
  try {
    user = await transaction(async (tx) => {
      const created = await tx.user.create({
        data: { name, email, passwordHash, locale: context.locale, onboardingStep: "about" },
        select: { id: true, email: true, name: true },
      });
      const { handle } = await createProfile(tx, created);
      await emit(tx, { type: "member.joined", userId: created.id, handle });
      return { ...created, handle };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await tellOwnerOfSignUpAttempt(email, context.locale);
      return { email };
    }
    throw error;
  }
  await sendVerificationEmail(user, context.locale);
  return { email };
}

/** The address already has an account: its owner hears of the attempt, in their own language. */
async function tellOwnerOfSignUpAttempt(email: string, requestLocale: Locale) {
  const owner = await db.user.findUniqueOrThrow({ where: { email }, select: { name: true, locale: true } });
  await enqueueMail({
    to: email,
    locale: isLocale(owner.locale) ? owner.locale : requestLocale,
    template: "accountExists",
    values: { name: owner.name, url: new URL("/sign-in", env().APP_URL).toString() },
  });
}
