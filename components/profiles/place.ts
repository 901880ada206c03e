import { countryName } from "@/lib/i18n/country-options";
import { placeName } from "@/lib/i18n/separators";
import { cityIn } from "@/lib/i18n/cities";

/** "中国浙江杭州" / "Hangzhou, Zhejiang, China": the parts a member filled in, a known city and the country in the reader's language. */
export function formatPlace(
  place: { city: string | null; region: string | null; country: string | null } | null,
  locale: string,
): string | null {
  if (!place) return null;
  const country = place.country ? countryName(place.country, locale) : null;
  return placeName({ ...place, city: cityIn(place.city, locale), country }, locale) || null;
}
