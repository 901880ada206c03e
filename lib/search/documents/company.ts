import "server-only";
import { db } from "@/lib/db";
import { imageUrl } from "@/lib/media/variants";

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
  /** the headquarters and every other office */
  cities: string[];
  countries: string[];
  specialties: string[];
  products: string[];
  followerCount: number;
  isVerified: boolean;
  logo: string | null;
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
      locations: { select: { city: true, country: true } },
      products: { select: { name: true, description: true }, orderBy: { sortOrder: "asc" }, take: 50 },
    },
  });
  return companies.map(({ locations, products, verifiedAt, logoKey, ...company }) => ({
    ...company,
    cities: unique([company.city, ...locations.map((l) => l.city)]),
    countries: unique([company.country, ...locations.map((l) => l.country)]),
    products: products.map((p) => `${p.name} ${p.description}`.slice(0, 400)),
    isVerified: verifiedAt !== null,
    logo: logoKey ? imageUrl(logoKey, "sm") : null,
  }));
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];
