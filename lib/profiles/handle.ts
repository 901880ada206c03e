import { pinyin } from "pinyin-pro";

const HAN = /\p{Script=Han}/u;
const COMPOUND_SURNAMES = [
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "长孙",
  "夏侯",
  "司徒",
  "令狐",
  "宇文",
];

function latinSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Family and given names: 张聪聪 → 张 + 聪聪 (欧阳娜娜 → 欧阳 + 娜娜), Maria Lopez → Lopez + Maria. */
export function splitName(name: string): { family: string; given: string } {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (HAN.test(trimmed) && !trimmed.includes(" ")) {
    const surnameLength = COMPOUND_SURNAMES.some((s) => trimmed.startsWith(s)) ? 2 : 1;
    return { family: trimmed.slice(0, surnameLength), given: trimmed.slice(surnameLength) };
  }
  const words = trimmed.split(" ");
  return words.length > 1
    ? { family: words.at(-1)!, given: words.slice(0, -1).join(" ") }
    : { family: "", given: trimmed };
}

/**
 * A handle suggested from a display name: Chinese names in pinyin, surname first and apart
 * (张聪聪 → zhang-congcong, 欧阳娜娜 → ouyang-nana), other names folded to Latin letters (José Núñez → jose-nunez).
 */
export function suggestHandle(name: string): string {
  const trimmed = name.trim();
  let slug: string;
  if (HAN.test(trimmed) && !/\s/.test(trimmed)) {
    const surnameLength = splitName(trimmed).family.length;
    const syllables = pinyin(trimmed, {
      toneType: "none",
      type: "array",
      surname: "head",
      nonZh: "consecutive",
    });
    slug = latinSlug(
      `${syllables.slice(0, surnameLength).join("")} ${syllables.slice(surnameLength).join("")}`,
    );
  } else {
    const syllables = HAN.test(trimmed)
      ? pinyin(trimmed, { toneType: "none", type: "array", nonZh: "consecutive" }).join(" ")
      : trimmed;
    slug = latinSlug(syllables);
  }
  slug = slug.slice(0, 32).replace(/-+$/, "");
  return slug.length >= 3 ? slug : `member${slug ? `-${slug}` : ""}`;
}

/** The first free variant of `base` among `taken`: base, base-2, base-3, … */
export function firstFreeHandle(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
