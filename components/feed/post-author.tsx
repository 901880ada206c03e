import { BadgeCheck, Globe, Pencil, UsersRound } from "lucide-react";
import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { useTimeAgo } from "@/components/i18n/use-time-ago";
import { companyMonogram } from "@/components/ui/monogram";
import { Link } from "@/components/ui/link";
import { companyName } from "@/lib/companies/names";
import type { PostAuthor as Author, PostCompany } from "@/lib/feed/post-cards";
import { DegreeBadge } from "@/components/network/degree-badge";
import { Avatar } from "@/components/ui/avatar";

/**
 * Who wrote it (a member, how far from the viewer; or the company page it was posted as), when, for whom, and
 * whether it was edited.
 */
export function PostAuthor({
  author,
  company,
  createdAt,
  editedAt,
  audience,
  postHref,
  size = "md",
}: {
  author: Author;
  company?: PostCompany | null;
  createdAt: string;
  editedAt?: string | null;
  audience?: "anyone" | "connections";
  postHref: string;
  size?: "sm" | "md";
}) {
  const t = useTranslations("feed");
  const format = useFormatter();
  const ago = useTimeAgo();
  const now = useNow({ updateInterval: 60_000 });
  const locale = useLocale();
  const name = company ? companyName(company, locale) : author.name;
  const href = company ? `/company/${company.slug}` : author.handle ? `/in/${author.handle}` : null;
  const AudienceIcon = audience === "connections" ? UsersRound : Globe;
  const avatarSize = size === "sm" ? "size-9" : "size-12";
  return (
    <div className="flex min-w-0 items-start gap-3" data-testid="post-author">
      {company ? (
        <Avatar
          name={name}
          src={company.logo}
          monogram={companyMonogram(name)}
          className={`border-border rounded-md border bg-white ${avatarSize}`}
        />
      ) : (
        <Avatar name={name} src={author.avatar?.sm} className={avatarSize} />
      )}
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
          {href ? (
            <Link href={href} className="font-semibold wrap-anywhere hover:underline">
              {name}
            </Link>
          ) : (
            <span className="font-semibold">{name}</span>
          )}
          {company?.isVerified && (
            <BadgeCheck className="text-primary size-4" aria-label={t("verifiedCompany")} />
          )}
          {!company && author.degree && <DegreeBadge degree={author.degree} />}
        </p>
        {company ? (
          <p className="text-muted text-xs">{t("companyPage")}</p>
        ) : (
          author.headline && (
            <p className="text-muted line-clamp-1 text-xs wrap-anywhere">{author.headline}</p>
          )
        )}
        <p className="text-muted flex items-center gap-1 text-xs">
          <Link href={postHref} className="hover:underline">
            <time dateTime={createdAt} suppressHydrationWarning>
              {ago(new Date(createdAt), now)}
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
