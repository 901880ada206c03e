import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/tests/helpers";
import { expireCachedProfile } from "@/lib/core/cached-profile";
import { updateProfile } from "@/lib/profiles/update-profile";

vi.mock("@/lib/core/cached-profile", () => ({ expireCachedProfile: vi.fn() }));

describe("updateProfile expires the cached pages that show what changed", () => {
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
