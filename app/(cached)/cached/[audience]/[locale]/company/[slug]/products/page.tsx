import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompanyFrame, companyMetadata } from "@/components/companies/company-frame";
import { CompanyProducts } from "@/components/companies/company-products";
import { cachedCompanyOf, type CachedCompanyProps } from "../cached-company";

// /company/<slug>/products for everyone, cached like the page's home (see ../page.tsx)
export const revalidate = 900;
export const generateStaticParams = () => [];
export const dynamic = "error";

export async function generateMetadata(props: CachedCompanyProps): Promise<Metadata> {
  const [{ company }, t] = await Promise.all([cachedCompanyOf(props), getTranslations("companies.tabs")]);
  return companyMetadata(company, t("products"));
}

export default async function CachedCompanyProductsPage(props: CachedCompanyProps) {
  const { company } = await cachedCompanyOf(props);
  return (
    <CompanyFrame company={company} tab="products">
      <CompanyProducts company={company} />
    </CompanyFrame>
  );
}
