import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getViewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { getPost } from "@/lib/feed/read-posts";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PostCard } from "@/components/feed/post-card";
import { Button } from "@/components/ui/button";

type Props = { params: Promise<{ id: string }> };

// one read for the metadata and the page
const findPostOr404 = cache(async (id: string) => {
  const viewer = await getViewer();
  try {
    return { viewer, post: await getPost(viewer, { postId: id }) };
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { post } = await findPostOr404((await params).id);
  const t = await getTranslations("feed");
  const title = post.article?.title ?? t("postTitle", { name: post.author.name });
  const description = (post.text || post.repostOf?.text || "").slice(0, 200);
  const image = post.article?.coverUrl ?? post.images[0]?.largeUrl ?? post.author.avatar?.lg;
  return {
    title,
    description,
    openGraph: { type: "article", title, description, images: image ? [image] : undefined },
    robots: post.audience === "anyone" ? undefined : { index: false },
  };
}

/** A post on its own page, with its conversation open: the link members share. */
export default async function PostPage({ params }: Props) {
  const { viewer, post } = await findPostOr404((await params).id);
  const t = await getTranslations("feed");
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-3">
      <h1 className="sr-only">{t("postTitle", { name: post.author.name })}</h1>
      <ClientMessages namespaces={["feed", "network"]}>
        <PostCard post={post} isCommentsOpen={viewer !== null} isReadOnly={viewer === null} />
      </ClientMessages>
      {viewer ? (
        <Link href="/feed" className="text-primary self-start text-sm font-semibold hover:underline">
          {t("backToFeed")}
        </Link>
      ) : (
        <div className="border-border bg-surface flex flex-wrap items-center justify-between gap-3 rounded-lg border p-4 text-sm">
          <p>{t("signInToJoin")}</p>
          <Button asChild size="sm">
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/posts/${post.id}`)}`}>
              {t("signIn")}
            </Link>
          </Button>
        </div>
      )}
    </div>
  );
}
