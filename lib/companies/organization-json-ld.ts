import type { CompanyPage } from "./get-company";

/** schema.org Organization for a company's home, from what the page shows. */
export function organizationJsonLd(company: CompanyPage, name: string, appUrl: string) {
  const url = `${appUrl}/company/${company.slug}`;
  const alternate = [company.nameZh, company.nameEn].filter((n) => n && n !== name);
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": url,
    url,
    name,
    ...(alternate.length && { alternateName: alternate }),
    ...(company.tagline && { slogan: company.tagline }),
    ...(company.logo && { logo: `${appUrl}${company.logo.lg}` }),
    ...(company.website && { sameAs: [company.website] }),
    ...(company.email && { email: company.email }),
    ...(company.phone && { telephone: company.phone }),
    ...(company.fax && { faxNumber: company.fax }),
    ...(company.foundedYear && { foundingDate: String(company.foundedYear) }),
    ...((company.city || company.country || company.address) && {
      address: {
        "@type": "PostalAddress",
        ...(company.address && { streetAddress: company.address }),
        ...(company.city && { addressLocality: company.city }),
        ...(company.region && { addressRegion: company.region }),
        ...(company.country && { addressCountry: company.country }),
      },
    }),
    ...(company.specialties.length && { knowsAbout: company.specialties }),
  };
}
