/** "杭州, 浙江, 中国" / "Berlin, Germany": the parts a member filled in, the country in the reader's language. */
export function formatPlace(
  place: { city: string | null; region: string | null; country: string | null } | null,
  locale: string,
): string | null {
  if (!place) return null;
  const country = place.country
    ? new Intl.DisplayNames([locale], { type: "region" }).of(place.country)
    : null;
  const parts = [place.city, place.region, country].filter(Boolean);
  return parts.length ? parts.join(locale.startsWith("zh") ? "，" : ", ") : null;
}
