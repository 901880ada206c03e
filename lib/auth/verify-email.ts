import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { VerifyEmailSchema } from "./schemas";
import { consumeUserToken } from "@/lib/core/user-tokens";

/** Confirms the member's address with the emailed single-use token. */
export async function verifyEmail(input: { token?: unknown }) {
  const { token } = parseInput(VerifyEmailSchema, input);
  return db.$transaction(async (tx) => {
    const { userId } = await consumeUserToken(token, "verify_email", tx);
    return tx.user.update({
      where: { id: userId },
      data: { emailVerified: new Date() },
      select: { id: true, email: true },
    });
  });
}
