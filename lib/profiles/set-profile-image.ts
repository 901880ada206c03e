import "server-only";
import { randomBytes } from "node:crypto";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { processImage } from "@/lib/media/process-image";
import { ImageCropSchema } from "@/lib/media/crop";
import { parseInput } from "@/lib/validation";
import { IMAGE_VARIANTS, variantKey, type ImageKind } from "@/lib/media/variants";
import { emit, transaction } from "@/lib/core/events";
import { fileStorage } from "@/lib/storage";
import { getOwnProfile } from "./get-profile";
import { assertCanEditProfile } from "./policy";
import { findOwnerOrThrow } from "@/lib/profiles/profile-owner";

const COLUMN = { avatar: "avatarKey", banner: "bannerKey" } as const;
export type ProfileImageKind = keyof typeof COLUMN;
const FOLDER = { avatar: "avatars", banner: "banners" } as const;

const keysOf = (kind: ImageKind, prefix: string) =>
  Object.keys(IMAGE_VARIANTS[kind].sizes).map((size) => variantKey(prefix, size));

async function replaceImage(
  { userId, handle }: { userId: string; handle: string },
  kind: ProfileImageKind,
  prefix: string | null,
) {
  const previous = await db.profile.findUniqueOrThrow({
    where: { userId },
    select: { avatarKey: true, bannerKey: true },
  });
  await transaction(async (tx) => {
    await tx.profile.update({ where: { userId }, data: { [COLUMN[kind]]: prefix } });
    await emit(tx, { type: "profile.changed", userId, handles: [handle], parts: [kind] });
  });
  const old = previous[COLUMN[kind]];
  // the old files go after the switch; if that fails they are orphans, never a broken image
  if (old) {
    await fileStorage()
      .delete(keysOf(kind, old))
      .catch((err) => log.warn({ err, old }, "old image not deleted"));
  }
}

/** "avatar" or "banner" from a URL or a bound action argument; anything else is not found. */
export function imageKindOf(kind: string): ProfileImageKind {
  if (!Object.hasOwn(COLUMN, kind)) throw new AppError("not_found");
  return kind as ProfileImageKind;
}

/** An uploaded file (a form's File) as bytes, or a clear error when there is none. */
async function bytesOf(file: unknown): Promise<Buffer> {
  if (!(file instanceof Blob) || file.size === 0) {
    throw new AppError("validation", "image.empty", { fields: { image: "image.empty" } });
  }
  return Buffer.from(await file.arrayBuffer());
}

/**
 * Stores a new photo or banner (checked and resized by lib/media), cut to the area the member framed when
 * there is one (lib/media/crop.ts), and shows it on the profile.
 */
export async function setProfileImage(
  viewer: Viewer | null,
  handle: string,
  kind: ProfileImageKind,
  file: unknown,
  crop?: unknown,
) {
  const owner = await findOwnerOrThrow(handle);
  assertCanEditProfile(viewer, owner.userId);
  const variants = await processImage(
    imageKindOf(kind),
    await bytesOf(file),
    crop === undefined ? undefined : parseInput(ImageCropSchema, crop),
  );
  const prefix = `${FOLDER[kind]}/${owner.userId.toLowerCase()}/${randomBytes(12).toString("base64url")}`;
  await Promise.all(
    Object.entries(variants).map(([size, body]) =>
      fileStorage().put(variantKey(prefix, size), body, "image/webp"),
    ),
  );
  await replaceImage(owner, kind, prefix);
  return getOwnProfile({ id: owner.userId });
}

export async function removeProfileImage(viewer: Viewer | null, handle: string, kind: ProfileImageKind) {
  const owner = await findOwnerOrThrow(handle);
  assertCanEditProfile(viewer, owner.userId);
  await replaceImage(owner, imageKindOf(kind), null);
}
