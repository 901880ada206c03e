import { Package } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { CompanyPage } from "@/lib/companies/get-company";
import { companyName } from "@/lib/companies/names";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProductCard } from "./product-card";

/** The company's products and services, each with a picture, what it is, and a link. */
export async function CompanyProducts({ company }: { company: CompanyPage }) {
  const [t, locale] = await Promise.all([getTranslations("companies"), getLocale()]);
  return (
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
  );
}
