import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { CompanyFrame, companyMetadata, findCompanyOr404 } from "@/components/companies/company-frame";
import { CompanyProducts } from "@/components/companies/company-products";

// /company/<slug>/products for everyone, cached like the page's home (see ../page.tsx)
export const revalidate = 900;
export const generateStaticParams = () => [];
export const dynamic = "error";

type Props = { params: Promise<{ audience: string; locale: Locale; slug: string }> };

async function companyOf({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  return findCompanyOr404(slug);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [company, t] = await Promise.all([companyOf(props), getTranslations("companies.tabs")]);
  return companyMetadata(company, t("products"));
}

export default async function CachedCompanyProductsPage(props: Props) {
  const company = await companyOf(props);
  return (
    <CompanyFrame company={company} tab="products">
      <CompanyProducts company={company} />
    </CompanyFrame>
  );
}
