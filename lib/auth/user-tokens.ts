import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, UserTokenPurpose } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const LIFETIME_MS: Record<UserTokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
};

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a single-use token; only its hash is stored. Earlier unused tokens of that purpose stop working. */
export async function issueUserToken(
  userId: string,
  purpose: UserTokenPurpose,
  tx: Prisma.TransactionClient = db,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.userToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  await tx.userToken.create({
    data: {
      userId,
      purpose,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
    },
  });
  return token;
}

/** Marks the token used and returns its user id; an unknown, used or expired token is refused. */
export async function consumeUserToken(
  token: string,
  purpose: UserTokenPurpose,
  tx: Prisma.TransactionClient,
): Promise<string> {
  // the conditional update makes "use once" hold under concurrent requests
  const used = await tx.userToken.updateManyAndReturn({
    where: { tokenHash: sha256(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
    select: { userId: true },
  });
  if (!used[0]) throw new AppError("validation", "token.invalid", { fields: { token: "token.invalid" } });
  return used[0].userId;
}
