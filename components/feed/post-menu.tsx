"use client";
import {
  Bookmark,
  BookmarkX,
  Ellipsis,
  EyeOff,
  Flag,
  Link2,
  MessageSquare,
  MessageSquareOff,
  Pencil,
  Trash2,
  VolumeX,
} from "lucide-react";
import { useTranslations } from "next-intl";
import type { PostCard } from "@/lib/feed/post-cards";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { api } from "@/lib/api/client";
import { copyPostLink, type RunAction } from "./post-actions";

/** What is left of a post the viewer deleted, hid or muted: a line saying so, maybe with an undo. */
export type GonePost = { message: string; undo?: () => Promise<void> };

/**
 * The "…" menu of a post: save and share for everyone; edit, comments off and delete for the author;
 * hide, mute and report for the others.
 */
export function PostMenu({
  post,
  run,
  onChange,
  onOpenPanel,
  onGone,
}: {
  post: PostCard;
  run: RunAction;
  onChange: (post: PostCard) => void;
  onOpenPanel: (panel: "edit" | "report") => void;
  onGone: (gone: GonePost) => void;
}) {
  const t = useTranslations("feed");
  const thisPost = { path: { id: post.id } };
  const { author, viewer } = post;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="text-muted hover:bg-surface-muted hover:text-foreground rounded-full p-2"
        aria-label={t("postMenu")}
        data-testid="post-menu"
      >
        <Ellipsis className="size-5" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem
          onSelect={() =>
            void run(
              async () => {
                await api(viewer.isSaved ? "delete" : "put", "posts/{id}/save", thisPost);
                onChange({ ...post, viewer: { ...viewer, isSaved: !viewer.isSaved } });
              },
              viewer.isSaved ? undefined : t("savedNotice"),
            )
          }
        >
          {viewer.isSaved ? (
            <BookmarkX className="size-4" aria-hidden />
          ) : (
            <Bookmark className="size-4" aria-hidden />
          )}
          {viewer.isSaved ? t("unsave") : t("save")}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void run(() => copyPostLink(`/posts/${post.id}`), t("linkCopied"))}>
          <Link2 className="size-4" aria-hidden />
          {t("share")}
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        {viewer.isAuthor ? (
          <>
            {post.kind !== "article" && (
              <DropdownMenuItem onSelect={() => onOpenPanel("edit")}>
                <Pencil className="size-4" aria-hidden />
                {t("edit")}
              </DropdownMenuItem>
            )}
            <DropdownMenuItem
              onSelect={() =>
                void run(async () => {
                  onChange(
                    (await api("patch", "posts/{id}", {
                      ...thisPost,
                      body: { isCommentingOff: !post.isCommentingOff },
                    })) as PostCard,
                  );
                })
              }
            >
              {post.isCommentingOff ? (
                <MessageSquare className="size-4" aria-hidden />
              ) : (
                <MessageSquareOff className="size-4" aria-hidden />
              )}
              {post.isCommentingOff ? t("commentsOn") : t("commentsOff")}
            </DropdownMenuItem>
            <DropdownMenuItem
              className="text-danger"
              onSelect={() => {
                if (!window.confirm(t("deleteConfirm"))) return;
                void run(async () => {
                  await api("delete", "posts/{id}", thisPost);
                  onGone({ message: t("deletedNotice") });
                });
              }}
            >
              <Trash2 className="size-4" aria-hidden />
              {t("delete")}
            </DropdownMenuItem>
          </>
        ) : (
          <>
            <DropdownMenuItem
              onSelect={() =>
                void run(async () => {
                  await api("put", "posts/{id}/hide", thisPost);
                  onGone({
                    message: t("hiddenNotice"),
                    undo: () => api("delete", "posts/{id}/hide", thisPost).then(() => undefined),
                  });
                })
              }
            >
              <EyeOff className="size-4" aria-hidden />
              {t("hide")}
            </DropdownMenuItem>
            {author.handle && (
              <DropdownMenuItem
                onSelect={() =>
                  void run(async () => {
                    const mute = { path: { handle: author.handle! } };
                    await api("put", "mutes/{handle}", mute);
                    onGone({
                      message: t("mutedNotice", { name: author.name }),
                      undo: () => api("delete", "mutes/{handle}", mute).then(() => undefined),
                    });
                  })
                }
              >
                <VolumeX className="size-4" aria-hidden />
                {t("mute", { name: author.name })}
              </DropdownMenuItem>
            )}
            <DropdownMenuItem onSelect={() => onOpenPanel("report")}>
              <Flag className="size-4" aria-hidden />
              {t("reportPost")}
            </DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
