import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { throttle } from "@/lib/core/throttle";
import { verifyPassword } from "./password";

/**
 * Asks a signed-in member for their password again before a change that would lock them out if someone else
 * made it (a new password, a new address): a stolen session alone is not enough. Guesses are throttled.
 */
export async function assertCurrentPassword(userId: string, password: string, field = "currentPassword") {
  await throttle("passwordCheckPerAccount", userId);
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, name: true, email: true },
  });
  if (!(await verifyPassword(user.passwordHash, password)))
    throw new AppError("validation", "password.wrong", { fields: { [field]: "password.wrong" } });
  return user;
}
