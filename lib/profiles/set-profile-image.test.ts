import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { variantKey } from "@/lib/media/variants";
import { fileStorage } from "@/lib/storage";
import { appErrorOf, createMember } from "@/tests/helpers";
import { getProfile } from "./get-profile";
import { removeProfileImage, setProfileImage } from "./set-profile-image";

const jpeg = () =>
  sharp({ create: { width: 600, height: 600, channels: 3, background: "#3b82f6" } })
    .jpeg()
    .toBuffer();
const asFile = (bytes: Buffer, name = "me.jpg") =>
  new File([new Uint8Array(bytes)], name, { type: "image/jpeg" });

describe("setProfileImage", () => {
  it("stores every size, shows the photo, and deletes the previous one on replace", async () => {
    const owner = await createMember();
    const first = await setProfileImage(owner, owner.handle, "avatar", asFile(await jpeg()));
    expect(first.avatar?.lg).toMatch(/^\/media\/avatars\/[a-z0-9]+\/[\w-]+-lg\.webp$/);
    const firstKey = (await db.profile.findUniqueOrThrow({ where: { userId: owner.id } })).avatarKey!;
    expect(await fileStorage().get(variantKey(firstKey, "sm"))).toMatchObject({ contentType: "image/webp" });

    await setProfileImage(owner, owner.handle, "avatar", asFile(await jpeg()));
    const secondKey = (await db.profile.findUniqueOrThrow({ where: { userId: owner.id } })).avatarKey!;
    expect(secondKey).not.toBe(firstKey);
    expect(await fileStorage().get(variantKey(firstKey, "sm"))).toBeNull();

    await removeProfileImage(owner, owner.handle, "avatar");
    expect((await getProfile(null, owner.handle)).avatar).toBeNull();
    expect(await fileStorage().get(variantKey(secondKey, "lg"))).toBeNull();
  });

  it("hides the photo from whom the member chose", async () => {
    const owner = await createMember();
    await setProfileImage(owner, owner.handle, "avatar", asFile(await jpeg()));
    await db.profile.update({ where: { userId: owner.id }, data: { visibility: { photo: "members" } } });
    expect((await getProfile(null, owner.handle)).avatar).toBeNull();
    expect((await getProfile(owner, owner.handle)).avatar).not.toBeNull();
  });

  it("lets nobody else change the photo and keeps nothing from a refused file", async () => {
    const owner = await createMember();
    const stranger = await createMember();
    expect(
      (await appErrorOf(setProfileImage(stranger, owner.handle, "avatar", asFile(await jpeg())))).code,
    ).toBe("forbidden");
    expect((await appErrorOf(setProfileImage(null, owner.handle, "avatar", asFile(await jpeg())))).code).toBe(
      "unauthenticated",
    );
    const svg = asFile(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), "me.jpg");
    expect((await appErrorOf(setProfileImage(owner, owner.handle, "avatar", svg))).details.fields).toEqual({
      image: "image.wrongType",
    });
    expect(
      (await appErrorOf(setProfileImage(owner, owner.handle, "avatar", "not a file"))).details.fields,
    ).toEqual({
      image: "image.empty",
    });
    expect(
      (await appErrorOf(setProfileImage(owner, owner.handle, "wallpaper" as "avatar", asFile(await jpeg()))))
        .code,
    ).toBe("not_found");
    expect((await db.profile.findUniqueOrThrow({ where: { userId: owner.id } })).avatarKey).toBeNull();
  });
});
