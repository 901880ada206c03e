import "server-only";
import { db } from "@/lib/db";
import { cityName } from "@/lib/i18n/cities";
import type { FacetValue } from "./plan";

type Facets = Record<string, FacetValue[]>;

const CITY_FACETS = new Set(["city", "cities"]);
/** facets whose values are company page ids (people's employers also take names written without a page) */
const COMPANY_FACETS = new Set(["companyId", "currentCompany", "pastCompanies"]);

/**
 * Facet values named in both languages, for the reader's: a city's key as 杭州 / Hangzhou, a company page's
 * id as its Chinese and English names. Values that are neither (a name written without a page) stay as they are.
 */
export async function withFacetNames(facets: Facets): Promise<Facets> {
  const companyIds = Object.entries(facets)
    .filter(([facet]) => COMPANY_FACETS.has(facet))
    .flatMap(([, values]) => values.map((v) => v.value));
  const pages = companyIds.length
    ? await db.company.findMany({
        where: { id: { in: [...new Set(companyIds)] } },
        select: { id: true, nameZh: true, nameEn: true },
      })
    : [];
  const pageNames = new Map(
    pages.map(({ id, nameZh, nameEn }) => [id, { zh: nameZh ?? nameEn ?? id, en: nameEn ?? nameZh ?? id }]),
  );
  const namesOf = (facet: string, value: string) => {
    if (CITY_FACETS.has(facet)) {
      const names = { zh: cityName(value, "zh"), en: cityName(value, "en") };
      return names.zh === value && names.en === value ? undefined : names;
    }
    return COMPANY_FACETS.has(facet) ? pageNames.get(value) : undefined;
  };
  return Object.fromEntries(
    Object.entries(facets).map(([facet, values]) => [
      facet,
      values.map((value) => {
        const names = namesOf(facet, value.value);
        return names ? { ...value, names } : value;
      }),
    ]),
  );
}

/** A facet value as the reader reads it. */
export function facetValueName(value: Pick<FacetValue, "value" | "names">, locale: string): string {
  if (!value.names) return value.value;
  return locale.startsWith("zh") ? value.names.zh : value.names.en;
}
