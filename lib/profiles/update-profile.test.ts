import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appErrorOf, createMember } from "@/tests/helpers";
import { getProfile } from "./get-profile";
import { updateProfile } from "@/lib/profiles/update-profile";

describe("updateProfile", () => {
  it("changes the owner's fields, name and visibility, and queues the search document", async () => {
    const owner = await createMember();
    // the person document, and (the name changed) the author as their posts' documents show them
    const before = await db.outboxEvent.count({ where: { entityId: owner.id, entity: "person" } });
    const updated = await updateProfile(owner, owner.handle, {
      name: "陈静",
      headline: "产品经理 · Product Manager",
      city: "上海",
      country: "cn",
      phone: "+86 138 0000 0000",
      visibility: { phone: "members" },
    });
    expect(updated).toMatchObject({
      name: "陈静",
      headline: "产品经理 · Product Manager",
      location: { city: "上海", country: "CN" },
    });
    expect(updated.settings?.visibility.phone).toBe("members");
    expect(updated.settings?.visibility.about).toBe("public");
    expect(await db.outboxEvent.count({ where: { entityId: owner.id, entity: "person" } })).toBe(before + 1);
    expect(await db.outboxEvent.count({ where: { entityId: owner.id, entity: "author" } })).toBe(1);
  });

  it("lets nobody else edit: anonymous is unauthenticated, another member forbidden, nothing changes", async () => {
    const owner = await createMember();
    const stranger = await createMember();
    expect((await appErrorOf(updateProfile(null, owner.handle, { headline: "hacked" }))).code).toBe(
      "unauthenticated",
    );
    expect((await appErrorOf(updateProfile(stranger, owner.handle, { headline: "hacked" }))).code).toBe(
      "forbidden",
    );
    const row = await db.profile.findUniqueOrThrow({ where: { userId: owner.id } });
    expect(row.headline).toBe("");
  });

  it("stores nothing when one field is bad", async () => {
    const owner = await createMember();
    const error = await appErrorOf(
      updateProfile(owner, owner.handle, { headline: "fine", website: "javascript:alert(1)" }),
    );
    expect(error.details.fields).toEqual({ website: "url.invalid" });
    expect((await db.profile.findUniqueOrThrow({ where: { userId: owner.id } })).headline).toBe("");
  });

  it("moves the profile to a free handle and refuses a taken one", async () => {
    const owner = await createMember();
    const other = await createMember();
    const fresh = `moved-${owner.id.slice(-8)}`;
    expect((await updateProfile(owner, owner.handle, { handle: fresh })).handle).toBe(fresh);
    const error = await appErrorOf(updateProfile(owner, fresh, { handle: other.handle }));
    expect(error).toMatchObject({ code: "conflict", details: { fields: { handle: "handle.taken" } } });
  });

  it("answers not found for an unknown handle", async () => {
    const owner = await createMember();
    expect((await appErrorOf(updateProfile(owner, "no-such-handle-here", {}))).code).toBe("not_found");
  });
});

describe("getProfile", () => {
  it("shows each viewer what the visibility settings allow", async () => {
    const owner = await createMember();
    const member = await createMember();
    await updateProfile(owner, owner.handle, {
      about: "About me",
      contactEmail: "me@renmai.test",
      phone: "+49 30 1234567",
      wechatId: "wx_owner1",
      website: "https://me.example",
      visibility: { about: "members", email: "members", wechat: "connections" },
    });

    const empty = await getProfile(null, member.handle);
    expect(empty.isPartial).toBe(false);
    const anonymous = await getProfile(null, owner.handle);
    expect(anonymous.isPartial).toBe(true);
    expect(anonymous.about).toBeNull();
    expect(anonymous.contact).toEqual({
      email: null,
      phone: null,
      wechatId: null,
      website: "https://me.example",
    });
    expect(anonymous.settings).toBeNull();

    const asMember = await getProfile(member, owner.handle.toUpperCase());
    expect(asMember.about).toBe("About me");
    expect(asMember.contact).toEqual({
      email: "me@renmai.test",
      phone: null,
      wechatId: null,
      website: "https://me.example",
    });

    const own = await getProfile(owner, owner.handle);
    expect(own.contact).toEqual({
      email: "me@renmai.test",
      phone: "+49 30 1234567",
      wechatId: "wx_owner1",
      website: "https://me.example",
    });
    expect(own.isSelf).toBe(true);
  });

  it("shows open to work to everyone only when the member chose everyone", async () => {
    const owner = await createMember();
    await updateProfile(owner, owner.handle, {
      openToWork: "on",
      openToWorkTitles: "Designer",
      openToWorkAudience: "recruiters",
    });
    expect((await getProfile(null, owner.handle)).openToWork).toBeNull();
    expect((await getProfile(owner, owner.handle)).openToWork).toMatchObject({ titles: ["Designer"] });
    await updateProfile(owner, owner.handle, { openToWorkAudience: "everyone" });
    expect((await getProfile(null, owner.handle)).openToWork).toMatchObject({ titles: ["Designer"] });
  });
});
