"use client";
import { ArrowUp, Newspaper } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FeedItem, FeedPage } from "@/lib/feed/home-feed";
import type { PostCard as Card } from "@/lib/feed/post-cards";
import { FEED_MODES } from "@/lib/feed/limits";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { api } from "@/lib/api/client";
import { Composer } from "./composer";
import { PostCard } from "./post-card";

const NEW_POSTS_POLL_MS = 60_000;

/** Keeps posts in order and each once, whatever pages and new posts bring. */
function appendUnique(items: Card[], more: Card[]) {
  const seen = new Set(items.map((item) => item.id));
  return [...items, ...more.filter((item) => !seen.has(item.id))];
}

/** How many posts arrived since the page was loaded, asked every minute while the page is visible. */
function useNewPostCount(since: string) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const poll = () => {
      if (document.visibilityState !== "visible") return;
      api("get", "feed/new", { query: { since } })
        .then((result) => setCount(result.count))
        .catch(() => undefined);
    };
    const timer = setInterval(poll, NEW_POSTS_POLL_MS);
    return () => clearInterval(timer);
  }, [since]);
  return count;
}

/**
 * The home feed in the browser: the composer, the top / most recent switch, the first page from the server,
 * more pages as the reader scrolls, and a "new posts" pill.
 */
export function FeedList({
  firstPage,
  viewer,
  isOnboarding = false,
}: {
  firstPage: FeedPage;
  viewer: { name: string; avatarUrl: string | null };
  /** the member's guided start is not finished: the empty feed points to it */
  isOnboarding?: boolean;
}) {
  const t = useTranslations("feed");
  const router = useRouter();
  const [items, setItems] = useState<Card[]>(firstPage.items);
  const [nextCursor, setNextCursor] = useState(firstPage.nextCursor);
  const [status, setStatus] = useState<"idle" | "loading" | "failed">("idle");
  const sentinel = useRef<HTMLDivElement>(null);
  const newCount = useNewPostCount(firstPage.asOf);
  const mode = firstPage.mode;

  const loadMore = useCallback(async () => {
    if (!nextCursor || status === "loading") return;
    setStatus("loading");
    try {
      const page = (await api("get", "feed", { query: { mode, cursor: nextCursor } })) as FeedPage;
      setItems((before) => appendUnique(before, page.items as FeedItem[]));
      setNextCursor(page.nextCursor);
      setStatus("idle");
    } catch {
      setStatus("failed");
    }
  }, [mode, nextCursor, status]);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || !nextCursor) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void loadMore();
      },
      { rootMargin: "800px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [loadMore, nextCursor]);

  async function showPublished(postId: string) {
    const card = (await api("get", "posts/{id}", { path: { id: postId } })) as Card;
    setItems((before) => [card, ...before.filter((item) => item.id !== card.id)]);
  }

  return (
    <div className="flex min-w-0 flex-col gap-3">
      <Composer
        viewerName={viewer.name}
        avatarUrl={viewer.avatarUrl}
        onPublished={(id) => void showPublished(id)}
      />

      <nav className="flex items-center gap-2 text-sm" aria-label={t("sortLabel")}>
        <span className="border-border h-px flex-1 border-t" aria-hidden />
        {FEED_MODES.map((option) => (
          <Link
            key={option}
            href={option === "top" ? "/feed" : "/feed?mode=recent"}
            aria-current={option === mode ? "page" : undefined}
            className={cn(
              "rounded-full px-3 py-1 font-semibold",
              option === mode ? "bg-foreground text-surface" : "text-muted hover:bg-surface-muted",
            )}
          >
            {t(`mode.${option}`)}
          </Link>
        ))}
      </nav>

      {newCount > 0 && (
        <div className="sticky top-16 z-10 flex justify-center">
          <Button
            size="sm"
            className="shadow-lg"
            onClick={() => {
              window.scrollTo({ top: 0, behavior: "smooth" });
              router.refresh();
            }}
            data-testid="new-posts"
          >
            <ArrowUp className="size-4" aria-hidden />
            {t("newPosts", { count: newCount })}
          </Button>
        </div>
      )}

      {items.length === 0 ? (
        <div className="border-border bg-surface rounded-lg border p-6 shadow-sm">
          <EmptyState
            icon={Newspaper}
            title={t("emptyTitle")}
            body={isOnboarding ? t("emptyOnboardingBody") : t("emptyBody")}
            action={
              <Button asChild variant={isOnboarding ? "primary" : "outline"}>
                {isOnboarding ? (
                  <Link href="/welcome">{t("emptyOnboardingAction")}</Link>
                ) : (
                  <Link href="/network">{t("emptyAction")}</Link>
                )}
              </Button>
            }
          />
        </div>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="feed">
          {items.map((item) => (
            <li key={item.id}>
              <PostCard post={item} />
            </li>
          ))}
        </ul>
      )}

      <div ref={sentinel} className="flex justify-center py-4">
        {nextCursor ? (
          <Button variant="ghost" size="sm" onClick={() => void loadMore()} disabled={status === "loading"}>
            {status === "loading" ? t("loading") : status === "failed" ? t("loadFailed") : t("loadMore")}
          </Button>
        ) : (
          items.length > 0 && <p className="text-muted text-sm">{t("caughtUp")}</p>
        )}
      </div>
    </div>
  );
}
