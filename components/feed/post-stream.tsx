"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Page } from "@/lib/api/pagination";
import type { PostCard as Card } from "@/lib/feed/post-cards";
import { Button } from "@/components/ui/button";
import { send, type ApiCall } from "@/lib/api/client";
import { PostCard } from "./post-card";

type PostListRoute = "me/saved-posts" | "hashtags/{tag}/posts" | "companies/{slug}/posts";

/** The REST list the stream reads on from. */
export type PostListSource = { [R in PostListRoute]: ApiCall<R, "get"> }[PostListRoute];

/**
 * A list of posts (saved, a hashtag's, a member's, a company's) with "show more" reading on from a REST list;
 * read-only for visitors who aren't signed in.
 */
export function PostStream({
  firstPage,
  source,
  isReadOnly = false,
}: {
  firstPage: Page<Card>;
  source: PostListSource;
  isReadOnly?: boolean;
}) {
  const t = useTranslations("feed");
  const [items, setItems] = useState(firstPage.items);
  const [nextCursor, setNextCursor] = useState(firstPage.nextCursor);
  const [status, setStatus] = useState<"idle" | "loading" | "failed">("idle");
  async function loadMore() {
    if (!nextCursor) return;
    setStatus("loading");
    try {
      const page = (await send({ ...source, query: { cursor: nextCursor } } as never)) as Page<Card>;
      const seen = new Set(items.map((item) => item.id));
      setItems([...items, ...page.items.filter((item) => !seen.has(item.id))]);
      setNextCursor(page.nextCursor);
      setStatus("idle");
    } catch {
      setStatus("failed");
    }
  }
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-3">
        {items.map((item) => (
          <li key={item.id}>
            <PostCard post={item} isReadOnly={isReadOnly} />
          </li>
        ))}
      </ul>
      {nextCursor && (
        <Button
          variant="ghost"
          size="sm"
          className="self-center"
          onClick={() => void loadMore()}
          disabled={status === "loading"}
        >
          {status === "loading" ? t("loading") : status === "failed" ? t("loadFailed") : t("loadMore")}
        </Button>
      )}
    </div>
  );
}
