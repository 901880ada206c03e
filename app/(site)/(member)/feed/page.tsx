import { Bookmark, FilePenLine, Hash } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/core/viewer";
import { feedSidebar } from "@/lib/feed/feed-sidebar";
import { getHomeFeed } from "@/lib/feed/home-feed";
import { pendingOnboardingStep } from "@/lib/onboarding/get-onboarding";
import { ResumeOnboarding } from "@/components/onboarding/resume-onboarding";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FeedList } from "@/components/feed/feed-list";
import { TrendingHashtags } from "@/components/feed/trending-hashtags";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("feed"))("title") };
}

/** Home: the viewer's card, the ranked (or most recent) feed with the composer, and what is trending. */
export default async function FeedPage({ searchParams }: { searchParams: Promise<{ mode?: string }> }) {
  const viewer = await requireViewer("/feed");
  const { mode } = await searchParams;
  const [page, sidebar, onboardingStep, t, tn, format] = await Promise.all([
    getHomeFeed(viewer, { mode: mode === "recent" ? "recent" : "top" }),
    feedSidebar(viewer),
    pendingOnboardingStep(viewer),
    getTranslations("feed"),
    getTranslations("network"),
    getFormatter(),
  ]);
  const { me } = sidebar;
  return (
    <div className="grid items-start gap-4 md:grid-cols-[14rem_1fr] lg:grid-cols-[14rem_1fr_18rem]">
      <h1 className="sr-only">{t("welcome", { name: viewer.name })}</h1>
      <aside className="flex flex-col gap-3 md:sticky md:top-20">
        <Card className="flex items-center gap-3 p-4 sm:p-4 md:flex-col md:text-center">
          <Avatar name={me.name} src={me.avatar?.md} className="size-14 text-lg md:size-18 md:text-2xl" />
          <div className="min-w-0">
            <Link
              href={me.handle ? `/in/${me.handle}` : "/me/profile"}
              className="font-semibold wrap-anywhere hover:underline"
            >
              {me.name}
            </Link>
            {me.headline && <p className="text-muted line-clamp-2 text-xs">{me.headline}</p>}
            <Link href="/network/connections" className="text-muted mt-1 block text-xs hover:underline">
              {tn("connectionsLink")} ·{" "}
              <span className="text-primary font-semibold">{format.number(sidebar.connectionCount)}</span>
            </Link>
          </div>
        </Card>
        <Card className="hidden flex-col gap-2 p-4 text-sm sm:p-4 md:flex">
          <Link href="/feed/saved" className="flex items-center gap-2 font-semibold hover:underline">
            <Bookmark className="size-4" aria-hidden />
            {t("savedPosts")}
          </Link>
          <Link href="/me/articles" className="flex items-center gap-2 font-semibold hover:underline">
            <FilePenLine className="size-4" aria-hidden />
            {t("myArticles")}
          </Link>
          {sidebar.followedHashtags.length > 0 && (
            <>
              <p className="text-muted mt-2 text-xs font-semibold">{t("followedHashtags")}</p>
              <ul className="flex flex-col gap-1">
                {sidebar.followedHashtags.map((name) => (
                  <li key={name}>
                    <Link
                      href={`/feed/hashtag/${encodeURIComponent(name)}`}
                      className="text-muted hover:text-foreground flex items-center gap-1 break-all"
                    >
                      <Hash className="size-3.5 shrink-0" aria-hidden />
                      {name}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </aside>
      <div className="flex min-w-0 flex-col gap-3">
        {onboardingStep && <ResumeOnboarding step={onboardingStep} />}
        <ClientMessages namespaces={["feed", "network"]}>
          <FeedList
            key={page.asOf}
            firstPage={page}
            viewer={{ name: me.name, avatarUrl: me.avatar?.sm ?? null }}
            isOnboarding={onboardingStep !== null}
          />
        </ClientMessages>
      </div>
      <aside className="hidden lg:sticky lg:top-20 lg:block">
        <TrendingHashtags />
      </aside>
    </div>
  );
}
