import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { hashPassword, isGuessablePassword } from "./password";
import { ResetPasswordSchema } from "./schemas";
import { consumeUserToken } from "@/lib/core/user-tokens";

/** Sets a new password with the emailed single-use token and signs the member out everywhere. */
export async function resetPassword(input: { token?: unknown; password?: unknown }) {
  const { token, password } = parseInput(ResetPasswordSchema, input);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const { userId } = await consumeUserToken(token, "reset_password", tx);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { name: true, email: true },
    });
    if (isGuessablePassword(password, [user.name, user.email])) {
      throw new AppError("validation", "validation", { fields: { password: "password.guessable" } });
    }
    // the mailbox was reachable, so the address is confirmed too
    await tx.user.update({ where: { id: userId }, data: { passwordHash, emailVerified: new Date() } });
    await tx.session.deleteMany({ where: { userId } });
  });
}
