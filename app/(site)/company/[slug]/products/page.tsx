import { Package } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { companyName } from "@/lib/companies/names";
import { CompanyFrame, companyMetadata, findCompanyOr404 } from "@/components/companies/company-frame";
import { ProductCard } from "@/components/companies/product-card";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("companies.tabs");
  return companyMetadata(await findCompanyOr404((await params).slug), t("products"));
}

/** The company's products and services, each with a picture, what it is, and a link. */
export default async function CompanyProductsPage({ params }: Props) {
  const company = await findCompanyOr404((await params).slug);
  const [t, locale] = await Promise.all([getTranslations("companies"), getLocale()]);
  return (
    <CompanyFrame company={company} tab="products">
      <Card className="flex flex-col gap-4">
        <CardTitle>{t("productsTitle")}</CardTitle>
        {company.products.length ? (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {company.products.map((product) => (
              <ProductCard key={product.id} product={product} linkLabel={t("learnMore")} />
            ))}
          </ul>
        ) : (
          <EmptyState
            icon={Package}
            title={t("noProductsTitle")}
            body={t("noProducts", { name: companyName(company, locale) })}
          />
        )}
      </Card>
    </CompanyFrame>
  );
}
