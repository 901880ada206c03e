import { FilePenLine, NotebookPen } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/core/viewer";
import { listMyArticles } from "@/lib/articles/read-articles";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata() {
  return { title: (await getTranslations("articles"))("myArticles") };
}

/** The viewer's articles: drafts to finish and published ones with their reads. */
export default async function MyArticlesPage() {
  const viewer = await requireViewer("/me/articles");
  const [articles, t, format] = await Promise.all([
    listMyArticles(viewer),
    getTranslations("articles"),
    getFormatter(),
  ]);
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <div className="flex items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("myArticles")}</h1>
        <Button asChild size="sm">
          <Link href="/articles/new">
            <FilePenLine className="size-4" aria-hidden />
            {t("write")}
          </Link>
        </Button>
      </div>
      <Card className="p-0 sm:p-0">
        {articles.items.length === 0 ? (
          <EmptyState icon={NotebookPen} title={t("myArticles")} body={t("myArticlesEmpty")} />
        ) : (
          <ul className="divide-border divide-y">
            {articles.items.map((article) => (
              <li key={article.id} className="flex flex-wrap items-center gap-3 px-5 py-4 sm:px-6">
                <div className="min-w-0 flex-1">
                  <Link
                    href={`/articles/${article.slug}`}
                    className="font-semibold wrap-anywhere hover:underline"
                  >
                    {article.title}
                  </Link>
                  <p className="text-muted text-xs">
                    <span className="border-border mr-2 rounded-full border px-2 py-0.5 font-semibold">
                      {t(`status.${article.status}`)}
                    </span>
                    {article.publishedAt
                      ? t("publishedOn", {
                          date: format.dateTime(new Date(article.publishedAt), { dateStyle: "medium" }),
                        })
                      : t("updatedOn", {
                          date: format.dateTime(new Date(article.updatedAt), { dateStyle: "medium" }),
                        })}
                    {article.status === "published" && <> · {t("reads", { count: article.readCount })}</>}
                  </p>
                </div>
                <Button asChild size="sm" variant="outline">
                  <Link href={`/me/articles/${article.id}`}>{t("edit")}</Link>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
