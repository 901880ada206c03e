import "server-only";
import { randomInt } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { firstFreeHandle, suggestHandle } from "./handle";

/**
 * Gives a new member their profile, with a handle made from their name (zhang-congcong, then
 * zhang-congcong-2, …). Runs in the sign-up transaction; a handle taken by a concurrent sign-up is skipped.
 */
export async function createProfile(tx: Prisma.TransactionClient, user: { id: string; name: string }) {
  const base = suggestHandle(user.name);
  const taken = await tx.profile.findMany({
    where: { OR: [{ handle: base }, { handle: { startsWith: `${base}-` } }] },
    select: { handle: true },
  });
  let handle = firstFreeHandle(
    base,
    taken.map((p) => p.handle),
  );
  for (let attempt = 0; attempt < 5; attempt++) {
    const { count } = await tx.profile.createMany({
      data: [{ userId: user.id, handle }],
      skipDuplicates: true,
    });
    if (count === 1) return { handle };
    handle = `${base}-${randomInt(1000, 100000)}`;
  }
  throw new Error(`no free handle for ${base}`);
}
