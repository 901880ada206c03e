import { BadgeCheck, FileText, MessageSquare, ThumbsUp } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getTimeAgo } from "@/components/i18n/time-ago";
import { CompanyLogo } from "@/components/companies/company-logo";
import { companyName } from "@/lib/companies/names";
import type { CompanyResult } from "@/lib/discovery/find-companies";
import type { PersonResult } from "@/lib/discovery/find-people";
import type { PostResult } from "@/lib/discovery/find-posts";
import { DegreeBadge } from "@/components/network/degree-badge";
import { Avatar } from "@/components/ui/avatar";
import { Highlighted } from "./highlighted";

const ROW = "hover:bg-surface-muted flex items-start gap-3 px-5 py-3";

export function PersonResultRow({ person }: { person: PersonResult }) {
  return (
    <li>
      <Link prefetch={false} href={`/in/${person.handle}`} className={ROW}>
        <Avatar name={person.name} src={person.avatar?.md} className="size-12" />
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2 font-semibold wrap-anywhere">
            <span>
              <Highlighted segments={person.highlight.name} text={person.name} />
            </span>
            {person.degree && <DegreeBadge degree={person.degree} />}
          </p>
          {person.headline && (
            <p className="text-muted text-sm wrap-anywhere">
              <Highlighted segments={person.highlight.headline} text={person.headline} />
            </p>
          )}
        </div>
      </Link>
    </li>
  );
}

export async function CompanyResultRow({ company }: { company: CompanyResult }) {
  const [t, tIndustry, locale] = await Promise.all([
    getTranslations("search"),
    getTranslations("industries"),
    getLocale(),
  ]);
  const [main, other] =
    locale === "zh-CN" ? (["nameZh", "nameEn"] as const) : (["nameEn", "nameZh"] as const);
  const name = company[main] ? company.highlight[main] : company.highlight[other];
  const details = [
    company.industry && tIndustry(company.industry as never),
    company.city,
    t("followers", { count: company.followerCount }),
  ].filter(Boolean);
  return (
    <li>
      <Link prefetch={false} href={`/company/${company.slug}`} className={ROW}>
        <CompanyLogo name={companyName(company, locale)} src={company.logo} className="size-12" />
        <div className="min-w-0">
          <p className="flex items-center gap-1 font-semibold wrap-anywhere">
            <Highlighted segments={name} text={companyName(company, locale)} />
            {company.isVerified && <BadgeCheck aria-hidden className="text-primary size-4 shrink-0" />}
          </p>
          {company.tagline && (
            <p className="text-muted text-sm wrap-anywhere">
              <Highlighted segments={company.highlight.tagline} text={company.tagline} />
            </p>
          )}
          <p className="text-muted text-xs">{details.join(" · ")}</p>
        </div>
      </Link>
    </li>
  );
}

export async function PostResultRow({ post }: { post: PostResult }) {
  const [t, ago, locale] = await Promise.all([getTranslations("search"), getTimeAgo(), getLocale()]);
  const author = post.company ? companyName(post.company, locale) : post.author.name;
  const href = post.article ? `/articles/${post.article.slug}` : `/posts/${post.id}`;
  return (
    <li>
      <Link prefetch={false} href={href} className={ROW}>
        <Avatar
          name={author}
          src={post.company ? post.company.logo : post.author.avatar?.md}
          className="size-10"
        />
        <div className="min-w-0 flex-1">
          <p className="text-sm">
            <span className="font-semibold">{author}</span>
            <span className="text-muted"> · {ago(new Date(post.createdAt))}</span>
          </p>
          {post.article && (
            <p className="mt-1 flex items-center gap-1 font-semibold wrap-anywhere">
              <FileText aria-hidden className="text-muted size-4 shrink-0" />
              <Highlighted segments={post.highlight.title} text={post.article.title} />
            </p>
          )}
          <p className="text-foreground mt-1 line-clamp-3 text-sm wrap-anywhere whitespace-pre-line">
            <Highlighted segments={post.highlight.text} />
          </p>
          <p className="text-muted mt-1 flex gap-3 text-xs">
            <span className="inline-flex items-center gap-1">
              <ThumbsUp aria-hidden className="size-3.5" />
              {t("reactions", { count: post.reactionCount })}
            </span>
            <span className="inline-flex items-center gap-1">
              <MessageSquare aria-hidden className="size-3.5" />
              {t("comments", { count: post.commentCount })}
            </span>
          </p>
        </div>
      </Link>
    </li>
  );
}
