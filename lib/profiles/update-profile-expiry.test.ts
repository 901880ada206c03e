import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/tests/helpers";
import { updateProfile } from "@/lib/profiles/update-profile";

const { expireCachedProfile } = vi.hoisted(() => ({ expireCachedProfile: vi.fn() }));
vi.mock("@/lib/core/cached-profile", async (original) => ({
  ...(await original<typeof import("@/lib/core/cached-profile")>()),
  expireCachedProfile,
}));

describe("updateProfile expires the cached pages that show what changed", () => {
  // the expiry runs in a subscriber (lib/profiles/subscribers.ts): wire it again, now that expiry is a mock
  beforeAll(async () => {
    vi.resetModules();
    await import("@/lib/composition/wiring");
  });
  beforeEach(() => vi.mocked(expireCachedProfile).mockClear());

  it("the member's own, and those they recommended when their name, headline or address changes", async () => {
    const author = await createMember();
    const recipient = await createMember();
    await db.recommendation.create({
      data: { authorId: author.id, recipientId: recipient.id, relationship: "同事", body: "值得信赖" },
    });
    const expired = () => vi.mocked(expireCachedProfile).mock.calls.flat();

    await updateProfile(author, author.handle, { city: "杭州" });
    expect(expired()).toContain(author.handle);
    expect(expired()).not.toContain(recipient.handle);

    await updateProfile(author, author.handle, { headline: "Staff engineer · 资深工程师" });
    expect(expired()).toContain(recipient.handle);
  });
});
