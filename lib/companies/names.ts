type Names = { nameZh: string | null; nameEn: string | null };

/** A page's name in the reader's language, falling back to the other one. */
export function companyName({ nameZh, nameEn }: Names, locale: string): string {
  return (locale.startsWith("zh") ? (nameZh ?? nameEn) : (nameEn ?? nameZh)) ?? "";
}

/** The name in the other language, when the page has both and they differ (shown under the main one). */
export function otherCompanyName(names: Names, locale: string): string | null {
  const main = companyName(names, locale);
  const other = main === names.nameZh ? names.nameEn : names.nameZh;
  return other && other !== main ? other : null;
}
