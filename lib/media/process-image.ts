import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { megabytesOf, UPLOAD_LIMITS } from "@/lib/storage/upload-limits";
import { cropRegion, type ImageCrop } from "./crop";
import { IMAGE_VARIANTS, type ImageKind } from "./variants";

export const MAX_IMAGE_PIXELS = 40_000_000;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);

// Markup or script inside an image's bytes: the mark of a polyglot (an image that is also HTML, SVG or PHP).
// Long enough that compressed image data matches it by chance about once in 10 000 8 MB files.
const EMBEDDED_MARKUP = /<(script|html|svg|iframe|body)[\s>]|<\?php|javascript:/i;

const refuse = (messageKey: string, values?: Record<string, number>) =>
  new AppError("validation", messageKey, {
    fields: { image: messageKey },
    values,
    fieldValues: values && { image: values },
  });

/** Bytes after the image's own end (JPEG EOI, PNG IEND, WebP RIFF length): polyglots hide a second file there. */
function hasTrailingData(bytes: Buffer, format: string): boolean {
  if (format === "jpeg") {
    const end = bytes.lastIndexOf(Buffer.from([0xff, 0xd9]));
    return end === -1 || bytes.length - (end + 2) > 16;
  }
  if (format === "png") {
    const end = bytes.lastIndexOf(Buffer.from("IEND"));
    return end === -1 || bytes.length - (end + 8) > 0;
  }
  if (format === "webp") return bytes.readUInt32LE(4) + 8 + (bytes.readUInt32LE(4) % 2) < bytes.length;
  return true;
}

/**
 * Checks an upload by its content, not its name: a JPEG, PNG or WebP of at most 8 MB and 40 megapixels,
 * nothing but an image. Returns each fixed size of `kind` as WebP, turned upright, with every metadata
 * block (EXIF with GPS, XMP, ICC comments) left out.
 */
export async function processImage(
  kind: ImageKind,
  bytes: Buffer,
  crop?: ImageCrop,
): Promise<Record<string, Buffer>> {
  if (bytes.length === 0) throw refuse("image.empty");
  if (bytes.length > UPLOAD_LIMITS.image) throw refuse("image.tooLarge", { max: megabytesOf("image") });
  // SVG and other markup: refused as a type even when the renderer can't read it
  if (/^\s*</.test(bytes.subarray(0, 256).toString("latin1"))) throw refuse("image.wrongType");
  let format: string | undefined;
  let pixels = 0;
  let upright = { width: 0, height: 0 };
  try {
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    format = metadata.format;
    // EXIF orientations 5–8 turn the picture a quarter: its upright width is the stored height
    const isTurned = (metadata.orientation ?? 1) >= 5;
    upright = {
      width: (isTurned ? metadata.height : metadata.width) ?? 0,
      height: (isTurned ? metadata.width : metadata.height) ?? 0,
    };
    pixels = (metadata.width ?? 0) * (metadata.height ?? 0) * Math.max(1, metadata.pages ?? 1);
  } catch {
    throw refuse("image.unreadable");
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) throw refuse("image.wrongType");
  if (pixels > MAX_IMAGE_PIXELS) throw refuse("image.tooManyPixels", { max: 40 });
  if (hasTrailingData(bytes, format) || EMBEDDED_MARKUP.test(bytes.toString("latin1"))) {
    throw refuse("image.notOnlyImage");
  }

  const { fit, sizes } = IMAGE_VARIANTS[kind];
  const variants: Record<string, Buffer> = {};
  try {
    for (const [size, [width, height]] of Object.entries(sizes)) {
      const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" }).rotate();
      // after rotate(), so the area is the one the member saw upright
      if (crop) image.extract(cropRegion(crop, upright));
      variants[size] = await image
        .resize(width, height, {
          fit,
          position: "attention",
          withoutEnlargement: fit === "inside",
          background: { r: 0, g: 0, b: 0, alpha: 0 },
        })
        .webp({ quality: 82 })
        .toBuffer();
    }
  } catch {
    throw refuse("image.unreadable");
  }
  return variants;
}

/** A stored variant's width and height (to lay out pictures before they load). */
export async function imageSizeOf(variant: Buffer): Promise<{ width: number; height: number }> {
  const { width = 0, height = 0 } = await sharp(variant).metadata();
  return { width, height };
}
