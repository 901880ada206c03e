import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/tests/helpers";
import { countProfileViews, getProfileViews } from "./get-profile-views";
import { recordProfileView, recordProfileVisit } from "./record-profile-view";

const browser = (ip: string) => ({ ip, userAgent: "Mozilla/5.0 Chrome/130" });

describe("profile views", () => {
  it("count once per viewer per day, anonymous ones included, and not the owner's own", async () => {
    const owner = await createMember();
    const member = await createMember();
    const now = new Date("2026-11-24T10:00:00Z");
    await recordProfileView(owner.id, member, browser("10.0.0.1"), now);
    await recordProfileView(owner.id, member, browser("10.0.0.2"), new Date("2026-11-24T23:59:00Z"));
    await recordProfileView(owner.id, member, browser("10.0.0.1"), new Date("2026-11-23T09:00:00Z"));
    await recordProfileView(owner.id, null, browser("10.0.0.7"), now);
    await recordProfileView(owner.id, null, browser("10.0.0.7"), now);
    await recordProfileView(owner.id, null, browser("10.0.0.8"), now);
    await recordProfileView(owner.id, owner, browser("10.0.0.9"), now);
    await recordProfileView(owner.id, null, { ip: "10.0.0.10", userAgent: "Googlebot/2.1" }, now);

    const views = await getProfileViews(owner, now);
    expect(views).toMatchObject({ total: 4, members: 2, anonymous: 2 });
    expect(await countProfileViews(owner, now)).toBe(4);
    expect(views.daily).toHaveLength(90);
    expect(views.daily.at(-1)).toEqual({ day: "2026-11-24", views: 3 });
    expect(views.daily.at(-2)).toEqual({ day: "2026-11-23", views: 1 });
    expect(views.recentViewers[0]).toMatchObject({
      isPrivate: false,
      name: member.name,
      handle: member.handle,
    });
  });

  it("keep the name of a member browsing privately out", async () => {
    const owner = await createMember();
    const shy = await createMember();
    await db.profile.update({ where: { userId: shy.id }, data: { isPrivateBrowsing: true } });
    await recordProfileView(owner.id, shy, browser("10.1.0.1"));
    const views = await getProfileViews(owner);
    expect(views.members).toBe(1);
    expect(views.recentViewers).toEqual([expect.objectContaining({ isPrivate: true })]);
    expect(JSON.stringify(views)).not.toContain(shy.name);
  });

  it("show only the last 90 days, and only to the owner", async () => {
    const owner = await createMember();
    const other = await createMember();
    const now = new Date("2026-11-24T10:00:00Z");
    await recordProfileView(owner.id, null, browser("10.2.0.1"), new Date("2026-08-01T10:00:00Z"));
    await recordProfileView(owner.id, null, browser("10.2.0.1"), new Date("2026-08-27T10:00:00Z"));
    expect((await getProfileViews(owner, now)).total).toBe(1);
    // the use case takes no profile to look at: another member only ever sees their own views
    expect((await getProfileViews(other, now)).total).toBe(0);
  });

  it("are reported by handle from the page; an unknown or malformed handle is refused and stores nothing", async () => {
    const owner = await createMember();
    await recordProfileVisit(null, { handle: owner.handle.toUpperCase() }, browser("10.3.0.1"));
    await expect(
      recordProfileVisit(null, { handle: "nobody-has-this" }, browser("10.3.0.2")),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      recordProfileVisit(null, { handle: "x".repeat(101) }, browser("10.3.0.3")),
    ).rejects.toMatchObject({
      code: "validation",
    });
    await expect(recordProfileVisit(null, { handle: 42 }, browser("10.3.0.4"))).rejects.toMatchObject({
      code: "validation",
    });
    expect((await getProfileViews(owner)).total).toBe(1);
  });
});
