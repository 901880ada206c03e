import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let jieba: Jieba | undefined;

const HAN = /\p{Script=Han}/u;

/**
 * The Chinese words in these texts, each once, space-separated: jieba's search mode also yields the shorter
 * words inside longer ones (安装简单 → 安装, 简单, 安装简单), which Meilisearch's own segmentation can miss.
 * Latin text is left to Meilisearch.
 */
export function chineseWords(...texts: (string | null | undefined)[]): string {
  const text = texts.filter(Boolean).join("\n");
  if (!HAN.test(text)) return "";
  jieba ??= Jieba.withDict(dict); // the dictionary takes a moment to load: only where documents are built
  const words = jieba.cutForSearch(text, true).filter((word) => word.length > 1 && HAN.test(word));
  return [...new Set(words)].join(" ");
}
