import "server-only";
import { throttle } from "@/lib/core/throttle";
import { companyWithRight } from "@/lib/companies/find-company";

import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/queue/queue";
import { log } from "@/lib/log";
import { parseInput } from "@/lib/validation";
import { deletePostImages, storePostImages, uploadedFiles } from "./post-images";
import { linkPostText } from "./post-links";
import { PostSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

/**
 * Publishes a post: text (with #hashtags, @mentions and a link whose preview the worker fetches) and up to
 * nine pictures, for anyone or for connections only. 30 posts an hour at most.
 */
export async function createPost(viewer: Who, input: unknown, files: unknown[] = []) {
  assertSignedIn(viewer);
  const data = parseInput(PostSchema, input);
  const pictures = uploadedFiles(files);
  if (!data.text && !pictures.length) {
    throw new AppError("validation", "feed.emptyPost", { fields: { text: "feed.emptyPost" } });
  }
  const company = data.asCompany
    ? (await companyWithRight(viewer, { slug: data.asCompany }, "postAs")).company
    : null;
  if (company && data.audience !== "anyone")
    throw new AppError("validation", "validation", { fields: { audience: "company.postsArePublic" } });
  await throttle("postsPerMember", viewer.id);
  const images = await storePostImages(viewer.id, pictures);
  try {
    const { post, link } = await transaction(async (tx) => {
      const post = await tx.post.create({
        data: {
          authorId: viewer.id,
          companyId: company?.id ?? null,
          text: data.text,
          audience: data.audience,
          isCommentingOff: data.isCommentingOff,
          imageCount: images.length,
          images: { create: images.map((image, position) => ({ ...image, position })) },
        },
        select: { id: true, authorId: true, audience: true, createdAt: true },
      });
      const link = await linkPostText(tx, post, data.text);
      await emit(tx, {
        type: "post.created",
        postId: post.id,
        authorId: viewer.id,
        companySlug: company?.slug ?? null,
      });
      return { post, link };
    });
    if (link.isNewLink) await fetchPreviewLater(link.linkUrl!);
    return { id: post.id };
  } catch (error) {
    await deletePostImages(images.map((image) => image.imageKey));
    throw error;
  }
}

/** The preview is fetched by the worker: a slow or dead site never slows posting down. */
export async function fetchPreviewLater(url: string) {
  await enqueue("feed.fetch-link-preview", { url }, { singletonKey: url }).catch((err) =>
    log.warn({ err, url }, "link preview not queued"),
  );
}
