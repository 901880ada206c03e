import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertSignedIn } from "@/lib/core/who";
import type { Viewer } from "@/lib/core/viewer";
import { assertCurrentPassword } from "./current-password";
import { hashPassword, isGuessablePassword } from "./password";
import { ChangePasswordSchema } from "./schemas";

/**
 * A signed-in member sets a new password, giving the current one; every other device is signed out (this one
 * stays signed in).
 */
export async function changePassword(viewer: Pick<Viewer, "id" | "sessionId"> | null, input: unknown) {
  assertSignedIn(viewer);
  const { currentPassword, newPassword } = parseInput(ChangePasswordSchema, input);
  const user = await assertCurrentPassword(viewer.id, currentPassword);
  if (isGuessablePassword(newPassword, [user.name, user.email]))
    throw new AppError("validation", "validation", { fields: { newPassword: "password.guessable" } });
  if (newPassword === currentPassword)
    throw new AppError("validation", "validation", { fields: { newPassword: "password.unchanged" } });
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction([
    db.user.update({ where: { id: viewer.id }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId: viewer.id, id: { not: viewer.sessionId } } }),
  ]);
}
