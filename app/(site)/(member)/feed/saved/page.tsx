import { Bookmark } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/core/viewer";
import { listSavedPosts } from "@/lib/feed/read-posts";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PostStream } from "@/components/feed/post-stream";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata() {
  return { title: (await getTranslations("feed"))("savedTitle") };
}

/** The posts the viewer saved for later. */
export default async function SavedPostsPage() {
  const viewer = await requireViewer("/feed/saved");
  const [page, t] = await Promise.all([listSavedPosts(viewer, { limit: 10 }), getTranslations("feed")]);
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4">
      <h1 className="flex items-center gap-2 text-2xl font-semibold">
        <Bookmark className="size-6" aria-hidden />
        {t("savedTitle")}
      </h1>
      {page.items.length === 0 ? (
        <Card>
          <EmptyState icon={Bookmark} title={t("savedTitle")} body={t("savedEmpty")} />
        </Card>
      ) : (
        <ClientMessages namespaces={["feed", "network"]}>
          <PostStream firstPage={page} source={{ method: "get", route: "me/saved-posts" }} />
        </ClientMessages>
      )}
    </div>
  );
}
