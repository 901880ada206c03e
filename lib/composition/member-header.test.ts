import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptInvitation, sendInvitation } from "@/lib/network/invitations";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";
import { createMember } from "@/tests/helpers";
import { getMemberHeader } from "./member-header";

describe("the member's header", () => {
  it("counts unread notifications and invitations waiting, and shows their own photo", async () => {
    const [me, ...others] = await Promise.all(Array.from({ length: 5 }, () => createMember()));
    for (const other of others) await sendInvitation(other, { handle: me!.handle });
    expect(await getMemberHeader(me!)).toEqual({
      name: me!.name,
      avatar: null,
      badges: { notifications: 4, invitations: 4 },
    });

    const first = await db.invitation.findFirstOrThrow({
      where: { senderId: others[0]!.id },
      select: { id: true },
    });
    await acceptInvitation(me!, { invitationId: first.id });
    await markNotificationsRead(me!);
    // the photo is theirs even when only connections may see it
    await db.profile.update({
      where: { userId: me!.id },
      data: { avatarKey: "avatars/test/me", visibility: { photo: "connections" } },
    });
    const header = await getMemberHeader(me!);
    expect(header.badges).toEqual({ notifications: 0, invitations: 3 });
    expect(header.avatar).toMatch(/avatars\/test\/me/);
  });
});
