import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, UserTokenPurpose } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const LIFETIME_MS: Record<UserTokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  company_domain: 24 * 60 * 60 * 1000,
  work_email: 24 * 60 * 60 * 1000,
  change_email: 24 * 60 * 60 * 1000,
};

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

/** What a token confirms beyond its user: a company or relation (subjectId) and the address it went to. */
type TokenSubject = { subjectId?: string; email?: string };

/**
 * Issues a single-use token; only its hash is stored. Earlier unused tokens of that purpose (and subject)
 * stop working.
 */
export async function issueUserToken(
  userId: string,
  purpose: UserTokenPurpose,
  tx: Prisma.TransactionClient = db,
  subject: TokenSubject = {},
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.userToken.deleteMany({
    where: { userId, purpose, usedAt: null, subjectId: subject.subjectId ?? null },
  });
  await tx.userToken.create({
    data: {
      userId,
      purpose,
      ...subject,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
    },
  });
  return token;
}

/** Marks the token used and returns whose it is and what about; an unknown, used or expired one is refused. */
export async function consumeUserToken(
  token: string,
  purpose: UserTokenPurpose,
  tx: Prisma.TransactionClient,
): Promise<{ userId: string; subjectId: string | null; email: string | null }> {
  // the conditional update makes "use once" hold under concurrent requests
  const used = await tx.userToken.updateManyAndReturn({
    where: { tokenHash: sha256(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
    select: { userId: true, subjectId: true, email: true },
  });
  if (!used[0]) throw new AppError("validation", "token.invalid", { fields: { token: "token.invalid" } });
  return used[0];
}
