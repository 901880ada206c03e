import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/core/viewer";
import { listMyCompanies } from "@/lib/companies/find-company";
import { companyName } from "@/lib/companies/names";
import { hasCompanyRight } from "@/lib/companies/policy";
import { listArticleCategories } from "@/lib/articles/read-articles";
import { ArticleEditor } from "@/components/articles/article-editor";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("articles"))("newTitle") };
}

/** Writing a new article (it becomes a draft when first saved). */
export default async function NewArticlePage() {
  const viewer = await requireViewer("/articles/new");
  const [categories, t, myCompanies, locale] = await Promise.all([
    listArticleCategories(),
    getTranslations("articles"),
    listMyCompanies(viewer),
    getLocale(),
  ]);
  const companies = myCompanies
    .filter((company) => hasCompanyRight(company.role, "postAs"))
    .map((company) => ({ slug: company.slug, name: companyName(company, locale) }));
  return (
    <Card className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <ClientMessages namespaces={["articles"]}>
        <ArticleEditor article={null} categories={categories.items} companies={companies} />
      </ClientMessages>
    </Card>
  );
}
