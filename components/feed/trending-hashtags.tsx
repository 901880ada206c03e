import { TrendingUp } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { trendingHashtags } from "@/lib/feed/hashtags";
import { Card, CardTitle } from "@/components/ui/card";

/** The hashtags most members wrote about today. */
export async function TrendingHashtags() {
  const [trending, t] = await Promise.all([trendingHashtags(), getTranslations("feed")]);
  return (
    <Card className="flex flex-col gap-3 p-4 sm:p-4" data-testid="trending">
      <CardTitle className="flex items-center gap-2 text-base">
        <TrendingUp className="text-primary size-4" aria-hidden />
        {t("trendingTitle")}
      </CardTitle>
      {trending.length === 0 ? (
        <p className="text-muted text-sm">{t("trendingNone")}</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {trending.map((hashtag) => (
            <li key={hashtag.name}>
              <Link href={`/feed/hashtag/${encodeURIComponent(hashtag.name)}`} className="group block">
                <span className="block text-sm font-semibold break-all group-hover:underline">
                  #{hashtag.name}
                </span>
                <span className="text-muted text-xs">
                  {t("trendingAuthors", { count: hashtag.authorCount })}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
