import type { Metadata } from "next";
import { organizationJsonLd } from "@/lib/companies/organization-json-ld";
import { companyName } from "@/lib/companies/names";
import { env } from "@/lib/env";
import { scriptJson } from "@/lib/profiles/person-json-ld";
import { CompanyFrame, companyMetadata } from "@/components/companies/company-frame";
import { CompanyHome } from "@/components/companies/company-home";
import { CompanyViewBeacon } from "@/components/companies/company-view-beacon";
import { cachedCompanyOf, type CachedCompanyProps } from "./cached-company";

// /company/<slug> for everyone (proxy.ts rewrites it here): rendered on the first visit, then served from the
// cache until the page changes (lib/companies/cached-company.ts expires it) or, at the latest, after this long.
// What differs per member is loaded by the browser.
export const revalidate = 900;
export const generateStaticParams = () => [];
// anything that reads the request (cookies, headers) here would serve one visitor's page to all: refuse it
export const dynamic = "error";

export async function generateMetadata(props: CachedCompanyProps): Promise<Metadata> {
  return companyMetadata((await cachedCompanyOf(props)).company);
}

export default async function CachedCompanyPage(props: CachedCompanyProps) {
  const { company, locale } = await cachedCompanyOf(props);
  return (
    <CompanyFrame company={company} tab="home">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: scriptJson(organizationJsonLd(company, companyName(company, locale), env().APP_URL)),
        }}
      />
      <CompanyHome company={company} />
      <CompanyViewBeacon slug={company.slug} />
    </CompanyFrame>
  );
}
