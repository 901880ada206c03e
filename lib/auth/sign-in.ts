import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput, type Untrusted } from "@/lib/validation";
import { verifyAgainstDummy, verifyPassword } from "./password";
import type { RequestContext } from "./request-context";
import { SignInSchema, type SignInInput } from "./schemas";
import { startSession } from "./sessions";
import { resetThrottle, throttle } from "./throttle";

/** Checks email and password and starts a session; returns the session cookie to set. */
export async function signIn(input: Untrusted<SignInInput>, context: RequestContext) {
  const { email, password } = parseInput(SignInSchema, input);
  await throttle("signInPerIp", context.ip);
  await throttle("signInPerAccount", email);

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    await verifyAgainstDummy(password);
    throw new AppError("unauthenticated", "wrongCredentials");
  }
  if (!(await verifyPassword(user.passwordHash, password)))
    throw new AppError("unauthenticated", "wrongCredentials");

  await resetThrottle("signInPerAccount", email);
  return startSession(user.id, context);
}
