import "server-only";
import { db } from "@/lib/db";

export type PersonDocument = { id: string; name: string; joinedAt: number };

/**
 * Search documents for people, built from the current rows (so replaying an event is harmless). Only what
 * anyone may see goes in: never the email, nor any private field.
 */
export async function buildPersonDocuments(ids: string[]): Promise<PersonDocument[]> {
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, createdAt: true },
  });
  return users.map((u) => ({ id: u.id, name: u.name, joinedAt: u.createdAt.getTime() }));
}
