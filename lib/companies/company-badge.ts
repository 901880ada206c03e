import { imageUrl } from "@/lib/media/variants";

/** A company as it signs what it publishes: names, small logo, and whether its domain is verified. */
export function toCompanyBadge(company: {
  slug: string;
  nameZh: string | null;
  nameEn: string | null;
  logoKey: string | null;
  verifiedAt: Date | null;
}) {
  return {
    slug: company.slug,
    nameZh: company.nameZh,
    nameEn: company.nameEn,
    logo: company.logoKey ? imageUrl(company.logoKey, "sm") : null,
    isVerified: company.verifiedAt !== null,
  };
}
