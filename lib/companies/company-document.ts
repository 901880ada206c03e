import "server-only";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { imageUrl } from "@/lib/media/variants";
import { chineseWords } from "@/lib/search/segment";
import { cityKeyOf } from "@/lib/i18n/cities";
import { idBatchesOf, type SearchSource } from "@/lib/search/sources";

export type CompanyDocument = {
  id: string;
  slug: string;
  nameZh: string | null;
  nameEn: string | null;
  tagline: string;
  industry: string | null;
  size: string | null;
  type: string | null;
  city: string | null;
  country: string | null;
  /** the headquarters' and every other office's city keys (lib/i18n/cities.ts), for the facet */
  cities: string[];
  /** those cities as written, searched */
  cityNames: string[];
  countries: string[];
  specialties: string[];
  products: string[];
  followerCount: number;
  isVerified: boolean;
  logo: string | null;
  /** the industry in English and Chinese, so 软件开发 and software both find it */
  industryNames: string[];
  createdAt: number;
  segmented: string;
};

/** Search documents for company pages, from the current rows (a page that is gone has none). */
export async function buildCompanyDocuments(ids: string[]): Promise<CompanyDocument[]> {
  const companies = await db.company.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      nameZh: true,
      nameEn: true,
      tagline: true,
      industry: true,
      size: true,
      type: true,
      city: true,
      country: true,
      specialties: true,
      followerCount: true,
      verifiedAt: true,
      logoKey: true,
      about: true,
      createdAt: true,
      locations: { select: { city: true, country: true }, orderBy: { sortOrder: "asc" } },
      products: { select: { name: true, description: true }, orderBy: { sortOrder: "asc" }, take: 50 },
    },
  });
  return companies.map(({ locations, products, verifiedAt, logoKey, about, createdAt, ...company }) => {
    const productTexts = products.map((p) => `${p.name} ${p.description}`.slice(0, 400));
    const cities = unique([company.city, ...locations.map((l) => l.city)].map(cityKeyOf));
    return {
      ...company,
      cities,
      cityNames: unique([company.city, ...locations.map((l) => l.city)]),
      countries: unique([company.country, ...locations.map((l) => l.country)]),
      products: productTexts,
      isVerified: verifiedAt !== null,
      logo: logoKey ? imageUrl(logoKey, "sm") : null,
      industryNames: company.industry ? industryNames(company.industry) : [],
      createdAt: createdAt.getTime(),
      segmented: chineseWords(
        company.nameZh,
        company.tagline,
        about,
        ...company.specialties,
        ...productTexts,
      ),
    };
  });
}

const INDUSTRY_NAMES = Object.fromEntries(
  LOCALES.map((locale) => [locale, MESSAGES[locale].industries as Record<string, string>]),
);
const industryNames = (key: string) => unique(LOCALES.map((locale) => INDUSTRY_NAMES[locale]?.[key] ?? null));

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** The companies index: one document per company page. */
export const COMPANIES_SOURCE: SearchSource = {
  entity: "company",
  build: buildCompanyDocuments,
  count: () => db.company.count(),
  idBatches: idBatchesOf(() => db.company),
  follows: {
    "company.created": ({ companyId }) => company(companyId),
    "company.changed": ({ companyId, parts }) =>
      parts.some((part) => !PARTS_NOT_IN_DOCUMENT.has(part)) ? company(companyId) : null,
    // the follower count
    "company.followed": ({ companyId }) => company(companyId),
    "company.unfollowed": ({ companyId }) => company(companyId),
  },
};

/** Page parts a company document does not hold (jobs embed the company: its rows rewrite them too). */
const PARTS_NOT_IN_DOCUMENT: ReadonlySet<string> = new Set(["banner", "announcements"]);

const company = (id: string) => ({ entity: "company" as const, ids: [id] });
