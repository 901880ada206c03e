import "server-only";
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { fileStorage } from "@/lib/storage";
import { parseInput } from "@/lib/validation";
import { ImageCropSchema } from "./crop";
import { processImage } from "./process-image";
import { IMAGE_VARIANTS, variantKey, type ImageKind } from "./variants";

/**
 * Checks an uploaded file (a form's File), stores every size of `kind` under a new random prefix in `folder`
 * and returns that prefix (the column value), cut first to `crop` when the member framed it (crop.ts). No
 * file, or not an image, is a clear validation error.
 */
export async function storeImage(
  kind: ImageKind,
  file: unknown,
  folder: string,
  crop?: unknown,
): Promise<string> {
  if (!(file instanceof Blob) || file.size === 0)
    throw new AppError("validation", "image.empty", { fields: { image: "image.empty" } });
  const area = crop === undefined ? undefined : parseInput(ImageCropSchema, crop);
  const variants = await processImage(kind, Buffer.from(await file.arrayBuffer()), area);
  const prefix = `${folder}/${randomBytes(12).toString("base64url")}`;
  await Promise.all(
    Object.entries(variants).map(([size, body]) =>
      fileStorage().put(variantKey(prefix, size), body, "image/webp"),
    ),
  );
  return prefix;
}

/**
 * Deletes every size of an image that is no longer shown. Call it after the switch is committed: a failure
 * leaves orphan files, never a broken image.
 */
export async function deleteStoredImage(kind: ImageKind, prefix: string | null | undefined) {
  if (!prefix) return;
  const keys = Object.keys(IMAGE_VARIANTS[kind].sizes).map((size) => variantKey(prefix, size));
  await fileStorage()
    .delete(keys)
    .catch((err) => log.warn({ err, prefix }, "old image not deleted"));
}
