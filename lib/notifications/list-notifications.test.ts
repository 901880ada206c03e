import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { blockMember } from "@/lib/network/blocks";
import { createPost } from "@/lib/feed/create-post";
import { addComment } from "@/lib/feed/add-comment";
import { reactToPost } from "@/lib/feed/reactions";
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

  it("group reactions and comments on one post into one line, counting each member once", async () => {
    type Member = Awaited<ReturnType<typeof createMember>>;
    const [author, ...fans] = (await Promise.all(
      Array.from({ length: 5 }, () => createMember()),
    )) as Member[];
    const [first, second, third, blocked] = fans as [Member, Member, Member, Member];
    const post = await createPost(author!, { text: "Grouped notifications" });
    const other = await createPost(author!, { text: "Another post" });
    for (const fan of [first, second, blocked, third])
      await reactToPost(fan, { postId: post.id, type: "like" });
    await reactToPost(first, { postId: post.id, type: "celebrate" });
    await addComment(first, { postId: post.id, text: "one" });
    await addComment(first, { postId: post.id, text: "two" });
    await reactToPost(second, { postId: other.id, type: "like" });
    await blockMember(author!, { handle: blocked.handle });

    const { items } = await listNotifications(author!, { limit: 10 });
    expect(items.map((n) => [n.kind, n.postId, n.actor?.id, n.otherCount])).toEqual([
      ["post_reaction", other.id, second.id, 0],
      ["post_comment", post.id, first.id, 0],
      ["post_reaction", post.id, third.id, 2],
    ]);
    const page1 = await listNotifications(author!, { limit: 2 });
    const page2 = await listNotifications(author!, { limit: 2, cursor: page1.nextCursor });
    expect([...page1.items, ...page2.items].map((n) => n.id)).toEqual(items.map((n) => n.id));
  });
});
