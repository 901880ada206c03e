import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { memberByHandle } from "./members";
import { PERSON_SELECT, toPerson } from "@/lib/core/person";
import { ConnectionListSchema, MemberRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

const RecentCursor = z.object({ at: z.string().datetime(), id: z.string() });
const NameCursor = z.object({ name: z.string(), id: z.string() });

/** The viewer's own connections, searched by name or headline, newest first or by name, a page at a time. */
export async function listConnections(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { q, sort, cursor, limit } = parseInput(ConnectionListSchema, input);
  const search: Prisma.ConnectionWhereInput = q
    ? {
        other: {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { profile: { headline: { contains: q, mode: "insensitive" } } },
          ],
        },
      }
    : {};
  const rows =
    sort === "recent"
      ? await db.connection.findMany({
          where: { userId: viewer.id, ...search, ...afterRecent(decodeCursor(cursor, RecentCursor)) },
          orderBy: [{ createdAt: "desc" }, { otherId: "desc" }],
          take: limit + 1,
          select: { createdAt: true, other: { select: PERSON_SELECT } },
        })
      : await db.connection.findMany({
          where: { userId: viewer.id, ...search, ...afterName(decodeCursor(cursor, NameCursor)) },
          orderBy: [{ other: { name: "asc" } }, { otherId: "asc" }],
          take: limit + 1,
          select: { createdAt: true, other: { select: PERSON_SELECT } },
        });
  const page = toPage(rows, limit, (last): Record<string, string> =>
    sort === "recent"
      ? { at: last.createdAt.toISOString(), id: last.other.id }
      : { name: last.other.name, id: last.other.id },
  );
  return {
    items: page.items.map((row) => ({ ...toPerson(row.other), connectedAt: row.createdAt })),
    nextCursor: page.nextCursor,
  };
}

function afterRecent(cursor: z.output<typeof RecentCursor> | undefined): Prisma.ConnectionWhereInput {
  if (!cursor) return {};
  const at = new Date(cursor.at);
  return { OR: [{ createdAt: { lt: at } }, { createdAt: at, otherId: { lt: cursor.id } }] };
}

function afterName(cursor: z.output<typeof NameCursor> | undefined): Prisma.ConnectionWhereInput {
  if (!cursor) return {};
  return {
    OR: [
      { other: { name: { gt: cursor.name } } },
      { other: { name: cursor.name }, otherId: { gt: cursor.id } },
    ],
  };
}

/** Ends a connection, for both sides. Removing someone who isn't a connection is "not found". */
export async function removeConnection(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  const pair: [string, string] = [viewer.id, other.userId];
  await transaction(async (tx) => {
    const { count } = await tx.connection.deleteMany({
      where: { userId: { in: pair }, otherId: { in: pair } },
    });
    if (count === 0) throw new AppError("not_found", "network.notConnected");
    await emit(tx, { type: "connection.ended", userIds: pair });
  });
}
