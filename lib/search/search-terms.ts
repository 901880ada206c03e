import { countryName } from "@/lib/i18n/country-options";
import { SYNONYM_GROUPS } from "@/lib/search/synonyms";

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

const normalize = (text: string) => text.normalize("NFKC").toLowerCase();

/**
 * The tokens boolean search matches on: Latin words whole (lower-cased), Chinese as single characters and
 * every pair of neighbours (产品经理 → 产, 品, 经, 理, 产品, 品经, 经理), so that a Chinese term is found
 * wherever it is written, however a segmenter would have cut the sentence.
 */
export function termTokens(text: string): string[] {
  const normalized = normalize(text);
  const tokens = new Set<string>();
  for (const run of normalized.match(HAN_RUN) ?? []) {
    const chars = [...run];
    chars.forEach((char, i) => {
      tokens.add(char);
      if (i + 1 < chars.length) tokens.add(char + chars[i + 1]);
    });
  }
  for (const word of normalized.replace(HAN_RUN, " ").match(WORD) ?? []) tokens.add(word);
  return [...tokens];
}

/**
 * The tokens a query term needs: a Chinese run by its pairs alone (they imply its characters), a single
 * character by itself, Latin words whole.
 */
export function queryTokens(text: string): string[] {
  const normalized = normalize(text);
  const tokens = new Set<string>();
  for (const run of normalized.match(HAN_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) tokens.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i]! + chars[i + 1]);
  }
  for (const word of normalized.replace(HAN_RUN, " ").match(WORD) ?? []) tokens.add(word);
  return [...tokens];
}

/** Every token of these texts, once (a person's `terms` in the people index). */
export function documentTerms(...texts: (string | null | undefined)[]): string[] {
  return [...new Set(texts.flatMap((text) => (text ? termTokens(text) : [])))];
}

const SYNONYMS_OF = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS)
  for (const word of group)
    SYNONYMS_OF.set(normalize(word), [
      ...new Set([...(SYNONYMS_OF.get(normalize(word)) ?? []), ...group.map(normalize)]),
    ]);

/** A term and the words that mean the same (杭州 → 杭州, hangzhou; 实习 → 实习, 实习生, intern, internship). */
export function alternativesOf(term: string): string[] {
  const normalized = normalize(term).replace(/\s+/gu, " ").trim();
  return SYNONYMS_OF.get(normalized) ?? [normalized];
}

/**
 * Whether a text holds a term exactly: Chinese as written anywhere, Latin words whole and, in a phrase, next
 * to each other in that order (the check PostgreSQL's rows get after Meilisearch found candidates by token).
 */
export function textHolds(text: string, term: string): boolean {
  const haystack = normalize(text);
  if (HAN.test(term)) {
    const compact = (value: string) => value.replace(/\s+/gu, "");
    return compact(haystack).includes(compact(normalize(term)));
  }
  const words = normalize(term).match(WORD) ?? [];
  if (!words.length) return false;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "u").test(
    haystack,
  );
}

/**
 * What these texts say in the other language: for each synonym group one of whose words they hold, the group's
 * other words ("Product Manager at NetEase" → 产品经理, pm, 经理). Indexed beside a title, it lets a title that
 * means the query exactly rank with the titles that spell it, not below partial matches.
 */
export function meaningsOf(texts: (string | null | undefined)[], groups = SYNONYM_GROUPS): string[] {
  const written = texts.filter((text): text is string => !!text);
  const meanings = new Set<string>();
  for (const group of groups) {
    const held = group.filter((word) => written.some((text) => textHolds(text, word)));
    if (held.length) for (const word of group) if (!held.includes(word)) meanings.add(word);
  }
  return [...meanings];
}

/** A country code as it is searched for: its names in each language the app speaks (台湾 and 中国台湾). */
const REGION_NAMES = ["en", "zh-CN"].map((locale) => new Intl.DisplayNames([locale], { type: "region" }));

export function countryNames(code: string): string[] {
  const names = [...REGION_NAMES.map((names) => names.of(code) ?? code), countryName(code, "zh-CN")];
  return [...new Set(names)];
}
