import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { getArticleById, listArticleCategories } from "@/lib/articles/read-articles";
import { ArticleEditor } from "@/components/articles/article-editor";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("articles"))("editTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

/** Editing one of the viewer's articles, draft or published. */
export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/me/articles/${id}`);
  const [article, categories, t] = await Promise.all([
    getArticleById(viewer, { articleId: id }).catch((error: unknown) => {
      if (error instanceof AppError) notFound();
      throw error;
    }),
    listArticleCategories(),
    getTranslations("articles"),
  ]);
  if (!article.isAuthor) notFound();
  return (
    <Card className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("editTitle")}</h1>
        <Link
          href={`/articles/${article.slug}`}
          className="text-primary text-sm font-semibold hover:underline"
        >
          {t("view")}
        </Link>
      </div>
      {(await searchParams).saved && <Alert tone="success">{t("saved")}</Alert>}
      <ClientMessages namespaces={["articles"]}>
        <ArticleEditor
          key={article.updatedAt}
          article={{
            id: article.id,
            slug: article.slug,
            title: article.title,
            body: article.body,
            status: article.status,
            categoryId: article.category?.id ?? null,
            coverUrl: article.cover?.md ?? null,
          }}
          categories={categories.items}
        />
      </ClientMessages>
    </Card>
  );
}
