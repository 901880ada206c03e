import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost } from "@/lib/feed/create-post";
import { reactToPost } from "@/lib/feed/reactions";
import { sendInvitation } from "@/lib/network/invitations";
import { appErrorOf, createMember } from "@/tests/helpers";
import { getNotificationSettings, readNotificationSettings, saveNotificationSettings } from "./settings";

describe("notification settings", () => {
  it("are all on until the member switches a category off, and then that news is not written", async () => {
    const [author, fan, inviter] = await Promise.all([createMember(), createMember(), createMember()]);
    expect((await getNotificationSettings(author)).content).toEqual({ inApp: true, email: true });
    const saved = await saveNotificationSettings(author, { content: { inApp: false } });
    expect(saved.content).toEqual({ inApp: false, email: true });
    expect(saved.network).toEqual({ inApp: true, email: true });

    const post = await createPost(author, { text: "设置测试" });
    await reactToPost(fan, { postId: post.id, type: "like" });
    await sendInvitation(inviter, { handle: author.handle });
    const kinds = await db.notification.findMany({
      where: { recipientId: author.id },
      select: { kind: true },
    });
    expect(kinds.map((n) => n.kind)).toEqual(["invitation_received"]);
  });

  it("refuse unknown categories and channels, and read broken stored values as all on", async () => {
    const member = await createMember();
    expect((await appErrorOf(saveNotificationSettings(member, { gossip: { inApp: false } }))).code).toBe(
      "validation",
    );
    expect((await appErrorOf(saveNotificationSettings(member, { jobs: { sms: true } }))).code).toBe(
      "validation",
    );
    expect(readNotificationSettings("nonsense").jobs).toEqual({ inApp: true, email: true });
    expect((await appErrorOf(saveNotificationSettings(null, {}))).code).toBe("unauthenticated");
  });
});
