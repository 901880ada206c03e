import "server-only";
import { z } from "zod";
import { decodeCursor, PageQuerySchema, toPage, type Page } from "@/lib/api/pagination";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { Viewer } from "@/lib/core/viewer";

export type SessionSummary = {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  isCurrent: boolean;
};

const CursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.string() });

/** The member's signed-in devices, newest first (keyset pagination on createdAt, id). */
export async function listSessions(
  viewer: Viewer | null,
  input: { cursor?: unknown; limit?: unknown } = {},
): Promise<Page<SessionSummary>> {
  if (!viewer) throw new AppError("unauthenticated");
  const { cursor, limit } = parseInput(PageQuerySchema, input);
  const after = decodeCursor(cursor, CursorSchema);
  const rows = await db.session.findMany({
    where: {
      userId: viewer.id,
      expires: { gt: new Date() },
      ...(after && {
        OR: [
          { createdAt: { lt: new Date(after.createdAt) } },
          { createdAt: new Date(after.createdAt), id: { lt: after.id } },
        ],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
  const page = toPage(rows, limit, (last) => ({ createdAt: last.createdAt.toISOString(), id: last.id }));
  return { ...page, items: page.items.map((s) => ({ ...s, isCurrent: s.id === viewer.sessionId })) };
}
