"use client";
import { MessageSquare, Pencil, Repeat2, Send, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PostCard } from "@/lib/feed/post-cards";
import type { ReactionTypeName } from "@/lib/feed/limits";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { copyPostLink, type RunAction } from "./post-actions";
import { barButton, ReactionButton } from "./reaction-button";

/** An icon with its label, the label read aloud only on narrow screens. */
function BarLabel({ icon: Icon, label }: { icon: LucideIcon; label: string }) {
  return (
    <>
      <Icon className="size-5" aria-hidden />
      <span className="hidden sm:inline">{label}</span>
      <span className="sr-only sm:hidden">{label}</span>
    </>
  );
}

/** React, comment, repost (now or with thoughts) and share, under a post. */
export function PostActionBar({
  post,
  isBusy,
  isCommenting,
  run,
  onReact,
  onToggleComments,
  onRepostNow,
  onRepostWithThoughts,
}: {
  post: PostCard;
  isBusy: boolean;
  isCommenting: boolean;
  run: RunAction;
  onReact: (type: ReactionTypeName | null) => void;
  onToggleComments: () => void;
  onRepostNow: () => void;
  onRepostWithThoughts: () => void;
}) {
  const t = useTranslations("feed");
  return (
    <div className="border-border -mx-2 flex border-t pt-1" role="group" aria-label={t("postMenu")}>
      <ReactionButton reaction={post.viewer.reaction} onReact={onReact} disabled={isBusy} />
      <button
        type="button"
        className={cn(barButton, "flex-1")}
        onClick={onToggleComments}
        aria-expanded={isCommenting}
        data-testid="comment-button"
      >
        <BarLabel icon={MessageSquare} label={t("comment")} />
      </button>
      {post.viewer.canRepost ? (
        <DropdownMenu>
          <DropdownMenuTrigger className={cn(barButton, "flex-1")} data-testid="repost-button">
            <BarLabel icon={Repeat2} label={t("repost")} />
          </DropdownMenuTrigger>
          <DropdownMenuContent align="center">
            <DropdownMenuItem onSelect={onRepostNow}>
              <Repeat2 className="size-4" aria-hidden />
              <span className="flex flex-col">
                {t("repostNow")}
                <span className="text-muted text-xs">{t("repostNowHint")}</span>
              </span>
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={onRepostWithThoughts}>
              <Pencil className="size-4" aria-hidden />
              {t("repostWithThoughts")}
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      ) : (
        <button type="button" className={cn(barButton, "flex-1")} disabled>
          <BarLabel icon={Repeat2} label={t("repost")} />
        </button>
      )}
      <button
        type="button"
        className={cn(barButton, "flex-1")}
        onClick={() => void run(() => copyPostLink(`/posts/${post.id}`), t("linkCopied"))}
      >
        <BarLabel icon={Send} label={t("share")} />
      </button>
    </div>
  );
}
