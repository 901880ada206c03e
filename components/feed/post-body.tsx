"use client";
import { BookOpen, ExternalLink } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { useState } from "react";
import type { PostCard } from "@/lib/feed/post-cards";
import { cn } from "@/components/ui/cn";
import { PostText } from "./post-text";

type Body = Omit<PostCard, "repostOf" | "viewer">;

const LONG_TEXT = { characters: 360, lines: 6 };

/** Long texts open with "see more": the feed stays scannable. */
function ClampedText({ post }: { post: Body }) {
  const t = useTranslations("feed");
  const isLong = post.text.length > LONG_TEXT.characters || post.text.split("\n").length > LONG_TEXT.lines;
  const [isOpen, setIsOpen] = useState(!isLong);
  if (!post.text) return null;
  return (
    <div className="text-foreground text-[0.9375rem] leading-relaxed wrap-anywhere whitespace-pre-line">
      <p className={cn(!isOpen && "line-clamp-5")} data-testid="post-text">
        <PostText text={post.text} mentions={post.mentions} />
      </p>
      {isLong && (
        <button
          type="button"
          className="text-muted hover:text-primary text-sm font-semibold"
          onClick={() => setIsOpen(!isOpen)}
          aria-expanded={isOpen}
        >
          {isOpen ? t("seeLess") : t("seeMore")}
        </button>
      )}
    </div>
  );
}

function Pictures({ images }: { images: Body["images"] }) {
  const t = useTranslations("feed");
  if (!images.length) return null;
  const [first] = images;
  if (images.length === 1 && first)
    return (
      <a
        href={first.largeUrl}
        target="_blank"
        rel="noopener"
        className="block"
        aria-label={first.alt || t("openPicture", { number: 1 })}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- stored pre-resized (lib/media) */}
        <img
          src={first.url}
          alt={first.alt}
          width={first.width}
          height={first.height}
          loading="lazy"
          className="bg-surface-muted max-h-[32rem] w-full rounded-md object-cover"
        />
      </a>
    );
  return (
    <ul
      className={cn("grid gap-1", images.length === 2 || images.length === 4 ? "grid-cols-2" : "grid-cols-3")}
    >
      {images.map((image, index) => (
        <li key={index}>
          <a
            href={image.largeUrl}
            target="_blank"
            rel="noopener"
            className="block"
            aria-label={image.alt || t("openPicture", { number: index + 1 })}
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- stored pre-resized (lib/media) */}
            <img
              src={image.url}
              alt={image.alt}
              loading="lazy"
              className="bg-surface-muted aspect-square w-full rounded-sm object-cover"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}

function LinkPreview({ link }: { link: NonNullable<Body["link"]> }) {
  return (
    <a
      href={link.url}
      target="_blank"
      rel="noopener noreferrer nofollow ugc"
      className="border-border hover:bg-surface-muted flex overflow-hidden rounded-md border"
      data-testid="link-preview"
    >
      {link.imageUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- fetched and stored by the preview job
        <img src={link.imageUrl} alt="" loading="lazy" className="size-24 shrink-0 object-cover sm:size-28" />
      )}
      <span className="flex min-w-0 flex-col justify-center gap-0.5 p-3">
        <span className="line-clamp-2 font-semibold wrap-anywhere">{link.title}</span>
        {link.description && <span className="text-muted line-clamp-1 text-sm">{link.description}</span>}
        <span className="text-muted flex items-center gap-1 text-xs">
          <ExternalLink className="size-3" aria-hidden />
          {link.siteName}
        </span>
      </span>
    </a>
  );
}

function ArticlePreview({ article }: { article: NonNullable<Body["article"]> }) {
  const t = useTranslations("feed");
  return (
    <Link
      href={`/articles/${article.slug}`}
      className="border-border hover:bg-surface-muted block overflow-hidden rounded-md border"
      data-testid="article-preview"
    >
      {article.coverUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- stored pre-resized (lib/media)
        <img src={article.coverUrl} alt="" loading="lazy" className="aspect-[1.91] w-full object-cover" />
      )}
      <span className="flex flex-col gap-1 p-3">
        <span className="text-base font-semibold wrap-anywhere">{article.title}</span>
        <span className="text-muted flex items-center gap-1 text-xs">
          <BookOpen className="size-3" aria-hidden />
          {t("readingTime", { minutes: article.readingMinutes })}
        </span>
      </span>
    </Link>
  );
}

/** What a post holds: its text, pictures, link preview or article. */
export function PostBody({ post }: { post: Body }) {
  return (
    <div className="flex flex-col gap-3">
      <ClampedText key={post.text} post={post} />
      <Pictures images={post.images} />
      {post.link && <LinkPreview link={post.link} />}
      {post.article && <ArticlePreview article={post.article} />}
    </div>
  );
}
