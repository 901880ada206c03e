import "server-only";
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { imageSizeOf, processImage } from "@/lib/media/process-image";
import { IMAGE_VARIANTS, variantKey } from "@/lib/media/variants";
import { fileStorage } from "@/lib/storage";
import { MAX_POST_IMAGES } from "./limits";

export type StoredPostImage = { imageKey: string; width: number; height: number };

/** The files a form or multipart request sent (empty file inputs send a 0-byte entry: ignored). */
export function uploadedFiles(files: unknown[]): Blob[] {
  return files.filter((file): file is Blob => file instanceof Blob && file.size > 0);
}

/**
 * Checks and stores up to nine pictures of a post (lib/media turns each into fixed WebP sizes, metadata
 * removed). Nothing is stored unless every picture is accepted.
 */
export async function storePostImages(authorId: string, files: Blob[]): Promise<StoredPostImage[]> {
  if (files.length > MAX_POST_IMAGES) {
    throw new AppError("validation", "feed.tooManyImages", {
      fields: { images: "feed.tooManyImages" },
      fieldValues: { images: { max: MAX_POST_IMAGES } },
      values: { max: MAX_POST_IMAGES },
    });
  }
  const processed = [];
  for (const file of files) processed.push(await processImage("post", Buffer.from(await file.arrayBuffer())));
  const stored: StoredPostImage[] = [];
  for (const variants of processed) {
    const imageKey = `posts/${authorId.toLowerCase()}/${randomBytes(12).toString("base64url")}`;
    await Promise.all(
      Object.entries(variants).map(([size, body]) =>
        fileStorage().put(variantKey(imageKey, size), body, "image/webp"),
      ),
    );
    stored.push({ imageKey, ...(await imageSizeOf(variants.lg!)) });
  }
  return stored;
}

/** Removes stored pictures (after the post that used them is gone, or when saving it failed). */
export async function deletePostImages(imageKeys: string[]) {
  const keys = imageKeys.flatMap((prefix) =>
    Object.keys(IMAGE_VARIANTS.post.sizes).map((size) => variantKey(prefix, size)),
  );
  if (keys.length)
    await fileStorage()
      .delete(keys)
      .catch((err) => log.warn({ err }, "post images not deleted"));
}
