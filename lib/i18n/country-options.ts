// Codes Intl names that are not ISO 3166-1 countries or territories: groupings, withdrawn codes (Burma,
// Yugoslavia, …) and exceptionally reserved ones.
const NOT_COUNTRIES = new Set(
  "EU EZ UN ZZ QO XA XB AN BU CS DD DY FX HV NH NT RH SU TP YD YU ZR VD AC CP DG EA IC TA UK".split(" "),
);

const A = "A".charCodeAt(0);
const ALL_CODES = Array.from({ length: 26 * 26 }, (_, i) =>
  String.fromCharCode(A + Math.floor(i / 26), A + (i % 26)),
);

// mainland usage names these as parts of China, beside 中国香港特别行政区 and 中国澳门特别行政区 (which CLDR has)
const CHINESE_NAMES: Record<string, string> = { TW: "中国台湾" };

const displayNames = new Map<string, Intl.DisplayNames>();

/** A country or territory's name in the reader's language, as mainland Chinese products write it in Chinese. */
export function countryName(code: string, locale: string): string {
  if (locale.startsWith("zh") && CHINESE_NAMES[code]) return CHINESE_NAMES[code];
  let names = displayNames.get(locale);
  if (!names)
    displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" })));
  return names.of(code) ?? code;
}

const cache = new Map<string, { value: string; label: string }[]>();

/** Every ISO 3166-1 country and territory, named and sorted in the reader's language. */
export function countryOptions(locale: string): { value: string; label: string }[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const options = ALL_CODES.filter((code) => !NOT_COUNTRIES.has(code))
    .filter((code) => {
      const name = names.of(code);
      return !!name && name !== code;
    })
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  cache.set(locale, options);
  return options;
}
