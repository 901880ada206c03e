// Codes Intl names that are not ISO 3166-1 countries or territories: groupings, withdrawn codes (Burma,
// Yugoslavia, …) and exceptionally reserved ones.
const NOT_COUNTRIES = new Set(
  "EU EZ UN ZZ QO XA XB AN BU CS DD DY FX HV NH NT RH SU TP YD YU ZR VD AC CP DG EA IC TA".split(" "),
);

const A = "A".charCodeAt(0);
const ALL_CODES = Array.from({ length: 26 * 26 }, (_, i) =>
  String.fromCharCode(A + Math.floor(i / 26), A + (i % 26)),
);

const cache = new Map<string, { value: string; label: string }[]>();

/** Every ISO 3166-1 country and territory, named and sorted in the reader's language. */
export function countryOptions(locale: string): { value: string; label: string }[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const options = ALL_CODES.filter((code) => !NOT_COUNTRIES.has(code))
    .map((code) => ({ value: code, label: names.of(code) }))
    .filter((o): o is { value: string; label: string } => !!o.label && o.label !== o.value)
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  cache.set(locale, options);
  return options;
}
