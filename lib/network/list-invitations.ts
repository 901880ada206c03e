import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { PERSON_SELECT, toPerson } from "@/lib/core/person";
import { InvitationListSchema } from "./schemas";
import { assertSignedIn } from "@/lib/core/who";

const Cursor = z.object({ at: z.string().datetime(), id: z.string() });

/** The viewer's pending invitations, received (with who sent them and their note) or sent, newest first. */
export async function listInvitations(viewer: Pick<Viewer, "id"> | null, input: unknown) {
  assertSignedIn(viewer);
  const { box, cursor, limit } = parseInput(InvitationListSchema, input);
  const after = decodeCursor(cursor, Cursor);
  const where: Prisma.InvitationWhereInput = {
    status: "pending",
    ...(box === "received" ? { recipientId: viewer.id } : { senderId: viewer.id }),
    ...(after && {
      OR: [
        { createdAt: { lt: new Date(after.at) } },
        { createdAt: new Date(after.at), id: { lt: after.id } },
      ],
    }),
  };
  const rows = await db.invitation.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      note: true,
      createdAt: true,
      sender: { select: PERSON_SELECT },
      recipient: { select: PERSON_SELECT },
    },
  });
  const page = toPage(rows, limit, (last) => ({ at: last.createdAt.toISOString(), id: last.id }));
  return {
    items: page.items.map((row) => ({
      id: row.id,
      note: row.note,
      sentAt: row.createdAt,
      person: toPerson(box === "received" ? row.sender : row.recipient),
    })),
    nextCursor: page.nextCursor,
  };
}

/** How many invitations wait for the viewer's answer (the header's badge). */
export async function countPendingInvitations(viewer: Pick<Viewer, "id">) {
  return db.invitation.count({ where: { recipientId: viewer.id, status: "pending" } });
}
