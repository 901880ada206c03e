import { Globe, Pencil, UsersRound } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import Link from "next/link";
import type { PostAuthor as Author } from "@/lib/feed/post-cards";
import { DegreeBadge } from "@/components/network/degree-badge";
import { Avatar } from "@/components/ui/avatar";

/** Who wrote it, how far they are from the viewer, when, for whom, and whether it was edited. */
export function PostAuthor({
  author,
  createdAt,
  editedAt,
  audience,
  postHref,
  size = "md",
}: {
  author: Author;
  createdAt: string;
  editedAt?: string | null;
  audience?: "anyone" | "connections";
  postHref: string;
  size?: "sm" | "md";
}) {
  const t = useTranslations("feed");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const profile = author.handle ? `/in/${author.handle}` : null;
  const AudienceIcon = audience === "connections" ? UsersRound : Globe;
  return (
    <div className="flex min-w-0 items-start gap-3" data-testid="post-author">
      <Avatar name={author.name} src={author.avatar?.sm} className={size === "sm" ? "size-9" : "size-12"} />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
          {profile ? (
            <Link href={profile} className="font-semibold break-words hover:underline">
              {author.name}
            </Link>
          ) : (
            <span className="font-semibold">{author.name}</span>
          )}
          {author.degree && <DegreeBadge degree={author.degree} />}
        </p>
        {author.headline && <p className="text-muted line-clamp-1 text-xs break-words">{author.headline}</p>}
        <p className="text-muted flex items-center gap-1 text-xs">
          <Link href={postHref} className="hover:underline">
            <time dateTime={createdAt} suppressHydrationWarning>
              {format.relativeTime(new Date(createdAt), now)}
            </time>
          </Link>
          {editedAt && (
            <span
              className="flex items-center gap-0.5"
              title={format.dateTime(new Date(editedAt), { dateStyle: "medium", timeStyle: "short" })}
            >
              · <Pencil className="size-3" aria-hidden />
              {t("edited")}
            </span>
          )}
          {audience && (
            <span className="flex items-center gap-0.5" title={t(`audienceHint.${audience}`)}>
              · <AudienceIcon className="size-3" aria-hidden />
              <span className="sr-only sm:not-sr-only">{t(`audience.${audience}`)}</span>
            </span>
          )}
        </p>
      </div>
    </div>
  );
}
