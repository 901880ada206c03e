"use client";
import { useTranslations } from "next-intl";
import type { PostCard } from "@/lib/feed/post-cards";
import { REACTION_TYPES, type ReactionTypeName } from "@/lib/feed/limits";
import { cn } from "@/components/ui/cn";
import { REACTION_ICONS } from "./reaction-icons";

/** The viewer's reaction changed from one type to another (or none): the counts follow at once. */
export function withReaction(post: PostCard, next: ReactionTypeName | null): PostCard {
  const previous = post.viewer.reaction;
  const byType = { ...post.counts.byType };
  if (previous) byType[previous] -= 1;
  if (next) byType[next] += 1;
  const reactions = post.counts.reactions + (next ? 1 : 0) - (previous ? 1 : 0);
  return {
    ...post,
    counts: { ...post.counts, reactions, byType },
    viewer: { ...post.viewer, reaction: next },
  };
}

/** Reactions (with the three most given), comments and reposts of a post; nothing while there are none. */
export function PostCounts({ post, onOpenComments }: { post: PostCard; onOpenComments: () => void }) {
  const t = useTranslations("feed");
  const { reactions, comments, reposts, byType } = post.counts;
  if (!reactions && !comments && !reposts) return null;
  const top = REACTION_TYPES.filter((type) => byType[type] > 0)
    .sort((a, b) => byType[b] - byType[a])
    .slice(0, 3);
  return (
    <div className="text-muted flex items-center gap-3 text-xs" data-testid="post-counts">
      {reactions > 0 && (
        <span className="flex items-center gap-1" data-testid="reaction-count">
          <span className="flex -space-x-1" aria-hidden>
            {top.map((type) => {
              const { icon: Icon, badge } = REACTION_ICONS[type];
              return (
                <span key={type} className={cn("ring-surface rounded-full p-0.5 text-white ring-2", badge)}>
                  <Icon className="size-3" />
                </span>
              );
            })}
          </span>
          {t("reactionCount", { count: reactions })}
        </span>
      )}
      <span className="ml-auto flex gap-3">
        {comments > 0 && (
          <button type="button" className="hover:text-primary hover:underline" onClick={onOpenComments}>
            {t("commentCount", { count: comments })}
          </button>
        )}
        {reposts > 0 && <span>{t("repostCount", { count: reposts })}</span>}
      </span>
    </div>
  );
}
