import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createProfile } from "@/lib/profiles/create-profile";
import { expireCachedProfile } from "@/lib/profiles/cached-profile";
import { recordSearchChange } from "@/lib/search/outbox";
import { parseInput, type Untrusted } from "@/lib/validation";
import { isGuessablePassword, hashPassword } from "./password";
import type { RequestContext } from "./request-context";
import { SignUpSchema, type SignUpInput } from "./schemas";
import { sendVerificationEmail } from "./send-verification-email";
import { throttle } from "./throttle";

/** Creates a member account (and queues its search document and verification email). */
export async function signUp(input: Untrusted<SignUpInput>, context: RequestContext) {
  const { name, email, password } = parseInput(SignUpSchema, input);
  if (isGuessablePassword(password, [name, email])) {
    throw new AppError("validation", "validation", { fields: { password: "password.guessable" } });
  }
  await throttle("signUpPerIp", context.ip);

  const passwordHash = await hashPassword(password);
  let user: { id: string; email: string; name: string; handle: string };
  try {
    user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { name, email, passwordHash, locale: context.locale },
        select: { id: true, email: true, name: true },
      });
      const { handle } = await createProfile(tx, created);
      await recordSearchChange(tx, "person", created.id);
      return { ...created, handle };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Says only that the address is taken (needed to sign up); nothing about the account behind it.
      throw new AppError("conflict", "emailTaken", { fields: { email: "emailTaken" } });
    }
    throw error;
  }
  expireCachedProfile(user.handle); // a visit before sign-up may have cached "not found"
  await sendVerificationEmail(user, context.locale);
  return user;
}
