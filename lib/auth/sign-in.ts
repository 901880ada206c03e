import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput, type Untrusted } from "@/lib/validation";
import { verifyAgainstDummy, verifyPassword } from "./password";
import type { RequestContext } from "@/lib/http/request-context";
import { SignInSchema, type SignInInput } from "./schemas";
import { startSession } from "./sessions";
import {
  rateLimited,
  recordThrottled,
  resetThrottle,
  throttle,
  throttleCount,
  throttleRule,
} from "@/lib/core/throttle";

/** Checks email and password and starts a session; returns the session cookie to set. */
export async function signIn(input: Untrusted<SignInInput>, context: RequestContext) {
  const { email, password } = parseInput(SignInSchema, input);
  const pair = `${email}|${context.ip}`;
  await throttle("signInPerIp", context.ip);
  await refuseWhileUnderAttack(email, pair);
  await throttle("signInPerAccountAndIp", pair);

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const isRight = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password).then(() => false);
  if (!user || !isRight) {
    await recordThrottled("signInFailuresPerAccount", email);
    throw new AppError("unauthenticated", "wrongCredentials");
  }

  await resetThrottle("signInPerAccountAndIp", pair);
  return startSession(user.id, context);
}

/**
 * Once an account has failed more often than its hourly budget (from anywhere), an address that has failed on
 * it too is refused; an address that has not — its owner's, as a rule — still signs in with the right password.
 */
async function refuseWhileUnderAttack(email: string, pair: string) {
  const failures = await throttleCount("signInFailuresPerAccount", email);
  if (failures < throttleRule("signInFailuresPerAccount").points) return;
  if ((await throttleCount("signInPerAccountAndIp", pair)) === 0) return;
  throw rateLimited("signInFailuresPerAccount", 15 * 60);
}
