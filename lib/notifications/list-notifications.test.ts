import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { blockMember } from "@/lib/network/blocks";
import { sendInvitation } from "@/lib/network/invitations";
import { appErrorOf, createMember } from "@/tests/helpers";
import { countUnreadNotifications, listNotifications, markNotificationsRead } from "./list-notifications";

describe("notifications", () => {
  it("are the viewer's own, newest first, paged, without blocked members, and marked read", async () => {
    type Member = Awaited<ReturnType<typeof createMember>>;
    const [me, first, second, blocked, other] = (await Promise.all(
      Array.from({ length: 5 }, () => createMember()),
    )) as [Member, Member, Member, Member, Member];
    await sendInvitation(first, { handle: me.handle });
    await sendInvitation(second, { handle: me.handle });
    await sendInvitation(blocked, { handle: me.handle });
    await sendInvitation(me, { handle: other.handle });
    await blockMember(me, { handle: blocked.handle });

    const page1 = await listNotifications(me, { limit: 1 });
    expect(page1.items).toMatchObject([
      { kind: "invitation_received", actor: { id: second.id }, isRead: false },
    ]);
    const page2 = await listNotifications(me, { limit: 5, cursor: page1.nextCursor });
    expect(page2.items.map((n) => n.actor?.id)).toEqual([first.id]);
    expect(page2.nextCursor).toBeNull();

    expect(await countUnreadNotifications(me)).toBe(2); // the blocked member's is kept, and not shown
    await markNotificationsRead(me);
    expect((await listNotifications(me, {})).items.every((n) => n.isRead)).toBe(true);
    expect(await countUnreadNotifications(other)).toBe(1); // someone else's are untouched
  });

  it("are for members only, and a bad cursor is a validation error", async () => {
    expect((await appErrorOf(listNotifications(null, {}))).code).toBe("unauthenticated");
    expect((await appErrorOf(markNotificationsRead(null))).code).toBe("unauthenticated");
    const me = await createMember();
    expect((await appErrorOf(listNotifications(me, { cursor: "not-a-cursor" }))).code).toBe("validation");
    expect(await db.notification.count({ where: { recipientId: me.id } })).toBe(0);
  });
});
