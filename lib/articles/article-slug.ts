import { randomBytes } from "node:crypto";
import { pinyin } from "pinyin-pro";

const SLUG_WORDS_MAX = 60;

/** "/articles/<slug>": the title in Latin letters (Chinese as pinyin) and a short random part. */
export function articleSlug(title: string): string {
  const latin = pinyin(title, { toneType: "none", type: "array", nonZh: "consecutive", v: true }).join(" ");
  const words = latin
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_WORDS_MAX)
    .replace(/-+$/, "");
  const suffix = randomBytes(4).toString("hex").slice(0, 6);
  return words ? `${words}-${suffix}` : suffix;
}
