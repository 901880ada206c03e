/** The fixed sizes each kind of image is stored in (WebP), from one upload. */
export const IMAGE_VARIANTS = {
  avatar: { fit: "cover", sizes: { sm: [96, 96], md: [200, 200], lg: [400, 400] } },
  banner: { fit: "cover", sizes: { md: [792, 198], lg: [1584, 396] } },
  // pictures in posts keep their shape
  post: { fit: "inside", sizes: { md: [800, 800], lg: [1600, 1600] } },
  cover: { fit: "cover", sizes: { md: [744, 390], lg: [1488, 780] } },
  // company logos keep their whole shape on a transparent square
  logo: { fit: "contain", sizes: { sm: [96, 96], md: [200, 200], lg: [400, 400] } },
  product: { fit: "cover", sizes: { md: [480, 320], lg: [960, 640] } },
} as const;

export type ImageKind = keyof typeof IMAGE_VARIANTS;
export type ImageSize<K extends ImageKind> = keyof (typeof IMAGE_VARIANTS)[K]["sizes"] & string;

/** A stored variant's storage key: `<prefix>-<size>.webp` (prefix is random per upload, so never reused). */
export function variantKey(prefix: string, size: string): string {
  return `${prefix}-${size}.webp`;
}

/** The public URL of one variant; served by app/media with a year-long immutable cache. */
export function imageUrl(prefix: string, size: string): string {
  return `/media/${variantKey(prefix, size)}`;
}

/** URLs of every size of an uploaded image, or null when there is none. */
export function imageUrls<K extends ImageKind>(
  kind: K,
  prefix: string | null,
): Record<ImageSize<K>, string> | null {
  if (!prefix) return null;
  return Object.fromEntries(
    Object.keys(IMAGE_VARIANTS[kind].sizes).map((size) => [size, imageUrl(prefix, size)]),
  ) as Record<ImageSize<K>, string>;
}
