import { z } from "zod";

const percent = z.coerce.number({ error: "image.badCrop" }).min(0, "image.badCrop").max(100, "image.badCrop");

/**
 * The part of an upload to keep, as the member framed it before uploading: left, top, width and height in
 * percent of the upright picture (what the crop box in the browser gives). No crop: the sizes are cut around
 * what draws the eye.
 */
export const ImageCropSchema = z
  .object({ x: percent, y: percent, width: percent, height: percent })
  .refine((c) => c.width > 0 && c.height > 0 && c.x + c.width <= 100.5 && c.y + c.height <= 100.5, {
    message: "image.badCrop",
  });
export type ImageCrop = z.output<typeof ImageCropSchema>;

/** The crop from a form's cropX, cropY, cropWidth and cropHeight fields: none when none were sent. */
export function cropFromForm(formData: FormData): unknown {
  const fields = ["x", "y", "width", "height"] as const;
  const values = fields.map((f) => formData.get(`crop${f[0]!.toUpperCase()}${f.slice(1)}`));
  if (values.every((v) => v === null || v === "")) return undefined;
  return Object.fromEntries(fields.map((f, i) => [f, values[i]]));
}

/** The crop in whole pixels of a picture this size, inside it. */
export function cropRegion(crop: ImageCrop, size: { width: number; height: number }) {
  const left = Math.min(size.width - 1, Math.max(0, Math.round((crop.x / 100) * size.width)));
  const top = Math.min(size.height - 1, Math.max(0, Math.round((crop.y / 100) * size.height)));
  return {
    left,
    top,
    width: Math.max(1, Math.min(size.width - left, Math.round((crop.width / 100) * size.width))),
    height: Math.max(1, Math.min(size.height - top, Math.round((crop.height / 100) * size.height))),
  };
}
