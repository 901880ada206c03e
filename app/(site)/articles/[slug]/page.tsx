import { BookOpen, Pencil } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { clientIp } from "@/lib/http/request-context";
import { getViewer } from "@/lib/core/viewer";
import { companyName } from "@/lib/companies/names";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { plainTextOf } from "@/lib/markdown";
import { recordArticleRead } from "@/lib/articles/record-article-read";
import { getArticle, type ArticleView } from "@/lib/articles/read-articles";
import { getPost } from "@/lib/feed/read-posts";
import { ArticleMarkdown } from "@/components/articles/article-markdown";
import { PostCard } from "@/components/feed/post-card";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DegreeBadge } from "@/components/network/degree-badge";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";

type Props = { params: Promise<{ slug: string }> };

const findArticleOr404 = cache(async (slug: string) => {
  const viewer = await getViewer();
  try {
    return { viewer, article: await getArticle(viewer, { slug: decodeURIComponent(slug) }) };
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
});

const summaryOf = (article: ArticleView) => plainTextOf(article.body).replace(/\s+/g, " ").slice(0, 200);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await findArticleOr404((await params).slug);
  const description = summaryOf(article);
  return {
    title: article.title,
    description,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: {
      type: "article",
      title: article.title,
      description,
      url: `/articles/${article.slug}`,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      authors: [article.company ? companyName(article.company, await getLocale()) : article.author.name],
      section: article.category?.nameEn,
      images: article.cover ? [{ url: article.cover.lg, width: 1488, height: 780 }] : undefined,
    },
    robots: article.status === "published" ? undefined : { index: false },
  };
}

/** schema.org Article, for search engines and link previews. */
function JsonLd({ article }: { article: ArticleView }) {
  const base = env().APP_URL;
  const data = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: summaryOf(article),
    image: article.cover ? [new URL(article.cover.lg, base).toString()] : undefined,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt,
    articleSection: article.category?.nameEn,
    author: article.company
      ? {
          "@type": "Organization",
          name: article.company.nameEn ?? article.company.nameZh,
          url: new URL(`/company/${article.company.slug}`, base).toString(),
        }
      : {
          "@type": "Person",
          name: article.author.name,
          url: article.author.handle ? new URL(`/in/${article.author.handle}`, base).toString() : undefined,
        },
    publisher: { "@type": "Organization", name: "Renmai", url: base },
    mainEntityOfPage: new URL(`/articles/${article.slug}`, base).toString(),
  };
  // JSON in a script element: "<" escaped so that no text in it can close the element
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

/** An article on its own page: cover, title, author, the text, then reactions and comments. */
export default async function ArticlePage({ params }: Props) {
  const { viewer, article } = await findArticleOr404((await params).slug);
  const requestHeaders = await headers();
  await recordArticleRead(
    { viewer, visitor: { ip: clientIp(requestHeaders), userAgent: requestHeaders.get("user-agent") } },
    article.id,
  );
  const [t, tf, format, locale, post] = await Promise.all([
    getTranslations("articles"),
    getTranslations("feed"),
    getFormatter(),
    getLocale(),
    article.postId ? getPost(viewer, { postId: article.postId }) : null,
  ]);
  // written as a company page: the company is its author
  const author = article.company
    ? {
        name: companyName(article.company, locale),
        handle: null,
        href: `/company/${article.company.slug}`,
        avatar: article.company.logo ? { sm: article.company.logo } : null,
        headline: tf("companyPage"),
        degree: null,
      }
    : { ...article.author, href: article.author.handle ? `/in/${article.author.handle}` : null };
  const date = article.publishedAt ?? article.updatedAt;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <JsonLd article={article} />
      {article.status === "draft" && <Alert tone="info">{t("draftNotice")}</Alert>}
      <article className="border-border bg-surface overflow-hidden rounded-lg border shadow-sm">
        {article.cover && (
          // eslint-disable-next-line @next/next/no-img-element -- stored pre-resized (lib/media)
          <img src={article.cover.lg} alt="" className="aspect-[1.91] w-full object-cover" />
        )}
        <div className="flex flex-col gap-5 p-5 sm:p-8">
          <header className="flex flex-col gap-4">
            {article.category && (
              <p className="text-primary text-sm font-semibold">
                {locale === "zh-CN" ? article.category.nameZh : article.category.nameEn}
              </p>
            )}
            <h1 className="text-2xl leading-tight font-bold wrap-anywhere sm:text-4xl">{article.title}</h1>
            <div className="flex items-center gap-3">
              <Avatar
                name={author.name}
                src={author.avatar?.sm}
                className={article.company ? "border-border size-12 rounded-md border bg-white" : "size-12"}
              />
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2">
                  {author.href ? (
                    <Link href={author.href} className="font-semibold hover:underline">
                      {author.name}
                    </Link>
                  ) : (
                    <span className="font-semibold">{author.name}</span>
                  )}
                  {author.degree && (
                    <ClientMessages namespaces={["network"]}>
                      <DegreeBadge degree={author.degree} />
                    </ClientMessages>
                  )}
                </p>
                {author.headline && <p className="text-muted line-clamp-1 text-sm">{author.headline}</p>}
                <p className="text-muted flex flex-wrap items-center gap-x-2 text-xs">
                  <time dateTime={date}>
                    {t(article.publishedAt ? "publishedOn" : "updatedOn", {
                      date: format.dateTime(new Date(date), { dateStyle: "medium" }),
                    })}
                  </time>
                  <span className="flex items-center gap-1">
                    · <BookOpen className="size-3" aria-hidden />
                    {tf("readingTime", { minutes: article.readingMinutes })}
                  </span>
                  {article.status === "published" && (
                    <span data-testid="article-reads">· {t("reads", { count: article.reads.members })}</span>
                  )}
                </p>
              </div>
              {article.isAuthor && (
                <Button asChild size="sm" variant="outline">
                  <Link href={`/me/articles/${article.id}`}>
                    <Pencil className="size-4" aria-hidden />
                    {t("edit")}
                  </Link>
                </Button>
              )}
            </div>
          </header>
          <ArticleMarkdown mentions={article.mentions}>{article.body}</ArticleMarkdown>
          {article.isAuthor && article.reads.visitors > 0 && (
            <p className="text-muted text-xs">{t("visitorReads", { count: article.reads.visitors })}</p>
          )}
        </div>
      </article>
      {post && (
        <ClientMessages namespaces={["feed", "network"]}>
          <PostCard post={post} isBodyHidden isCommentsOpen={viewer !== null} isReadOnly={viewer === null} />
        </ClientMessages>
      )}
      {!viewer && (
        <div className="border-border bg-surface flex flex-wrap items-center justify-between gap-3 rounded-lg border p-4 text-sm">
          <p>{tf("signInToJoin")}</p>
          <Button asChild size="sm">
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/articles/${article.slug}`)}`}>
              {tf("signIn")}
            </Link>
          </Button>
        </div>
      )}
    </div>
  );
}
