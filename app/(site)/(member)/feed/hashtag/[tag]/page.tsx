import { Hash } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { getHashtag, listHashtagPosts } from "@/lib/feed/hashtags";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PostStream } from "@/components/feed/post-stream";
import { TrendingHashtags } from "@/components/feed/trending-hashtags";
import { ApiButton } from "@/components/network/api-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: `#${decodeURIComponent((await params).tag)}` };
}

/** A hashtag's page: follow it, and read its posts, newest first. */
export default async function HashtagPage({ params }: Props) {
  const tag = decodeURIComponent((await params).tag);
  const viewer = await requireViewer(`/feed/hashtag/${encodeURIComponent(tag)}`);
  const [hashtag, page, t] = await Promise.all([
    getHashtag(viewer, { tag }).catch((error: unknown) => {
      if (error instanceof AppError) notFound();
      throw error;
    }),
    listHashtagPosts(viewer, { tag, limit: 10 }).catch(() => ({ items: [], nextCursor: null })),
    getTranslations("feed"),
  ]);
  return (
    <div className="grid items-start gap-4 lg:grid-cols-[1fr_18rem]">
      <div className="flex min-w-0 flex-col gap-4">
        <Card className="flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold break-all">#{hashtag.name}</h1>
            <p className="text-muted text-sm">{t("hashtagFollowers", { count: hashtag.followerCount })}</p>
          </div>
          <ApiButton
            call={{
              method: hashtag.isFollowing ? "delete" : "put",
              route: "hashtags/{tag}/follow",
              path: { tag: hashtag.name },
            }}
            variant={hashtag.isFollowing ? "outline" : "primary"}
            aria-pressed={hashtag.isFollowing}
          >
            {hashtag.isFollowing ? t("followingHashtag") : t("followHashtag")}
          </ApiButton>
        </Card>
        {page.items.length === 0 ? (
          <Card>
            <EmptyState icon={Hash} title={`#${hashtag.name}`} body={t("hashtagEmpty")} />
          </Card>
        ) : (
          <ClientMessages namespaces={["feed", "network"]}>
            <PostStream
              firstPage={page}
              source={{ method: "get", route: "hashtags/{tag}/posts", path: { tag: hashtag.name } }}
            />
          </ClientMessages>
        )}
      </div>
      <aside className="hidden lg:block">
        <TrendingHashtags />
      </aside>
    </div>
  );
}
