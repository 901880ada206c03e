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
  Repeat2,
  Send,
  Trash2,
  VolumeX,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { PostCard as Card } from "@/lib/feed/post-cards";
import { POST_TEXT_MAX, REACTION_TYPES, type ReactionTypeName } from "@/lib/feed/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Textarea } from "@/components/ui/textarea";
import { callApi } from "@/lib/api/call-api";
import { CommentsSection } from "./comments-section";
import { PostAuthor } from "./post-author";
import { PostBody } from "./post-body";
import { barButton, ReactionButton } from "./reaction-button";
import { REACTION_ICONS } from "./reaction-icons";
import { ReportForm } from "./report-form";

type Panel = "edit" | "report" | "repost" | null;
type Gone = { message: string; undo?: () => Promise<void> } | null;

/** The viewer's reaction changed from one type to another (or none): the counts follow at once. */
function withReaction(post: Card, next: ReactionTypeName | null): Card {
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

function Counts({ post, onOpenComments }: { post: Card; onOpenComments: () => void }) {
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

/**
 * A post in a feed or on its page: who wrote it, what, the counts, and everything the viewer can do with it
 * — react, comment, repost, share, save, hide, mute, report, or (the author) edit and delete.
 */
export function PostCard({
  post: initial,
  isCommentsOpen = false,
  isReadOnly = false,
  isBodyHidden = false,
}: {
  post: Card;
  isCommentsOpen?: boolean;
  /** the page around it shows the post (an article's page): only the counts, actions and comments here */
  isBodyHidden?: boolean;
  /** for visitors who aren't signed in: the post and its counts, no actions */
  isReadOnly?: boolean;
}) {
  const t = useTranslations("feed");
  const [post, setPost] = useState(initial);
  const [panel, setPanel] = useState<Panel>(null);
  const [isCommenting, setIsCommenting] = useState(isCommentsOpen);
  const [notice, setNotice] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [gone, setGone] = useState<Gone>(null);
  const [isBusy, setIsBusy] = useState(false);
  const postPath = `/api/v1/posts/${post.id}`;
  const href = `/posts/${post.id}`;

  async function run(action: () => Promise<void>, success?: string) {
    setIsBusy(true);
    setNotice(null);
    try {
      await action();
      if (success) setNotice({ tone: "success", text: success });
    } catch (failure) {
      setNotice({ tone: "danger", text: (failure as Error).message || t("failed") });
    } finally {
      setIsBusy(false);
    }
  }
  const refresh = () => run(async () => setPost((await callApi("GET", postPath)) as Card));

  function react(type: ReactionTypeName | null) {
    const before = post;
    setPost(withReaction(post, type));
    void run(async () => {
      try {
        await callApi(type ? "PUT" : "DELETE", `${postPath}/reaction`, type ? { type } : undefined);
      } catch (failure) {
        setPost(before);
        throw failure;
      }
    });
  }

  if (gone)
    return (
      <article className="border-border bg-surface flex items-center justify-between gap-3 rounded-lg border p-4 text-sm shadow-sm">
        <p role="status">{gone.message}</p>
        {gone.undo && (
          <Button size="sm" variant="ghost" onClick={() => void gone.undo?.().then(() => setGone(null))}>
            {t("undo")}
          </Button>
        )}
      </article>
    );

  const original = post.kind === "repost" ? post.repostOf : null;
  const shared = post.kind === "repost" && !post.text ? original : null;
  const author = post.author;

  return (
    <article
      className="border-border bg-surface flex flex-col gap-3 rounded-lg border px-4 pt-4 pb-1 shadow-sm"
      data-testid="post"
      data-post-id={post.id}
    >
      {shared && (
        <p className="text-muted border-border -mx-4 -mt-1 flex items-center gap-1.5 border-b px-4 pb-2 text-xs">
          <Repeat2 className="size-3.5" aria-hidden />
          {t("repostedBy", { name: author.name })}
        </p>
      )}
      {!isBodyHidden && (
        <div className="flex items-start gap-2">
          <div className="min-w-0 flex-1">
            {shared ? (
              <PostAuthor
                author={shared.author}
                createdAt={shared.createdAt}
                editedAt={shared.editedAt}
                audience={shared.audience}
                postHref={`/posts/${shared.id}`}
              />
            ) : (
              <PostAuthor
                author={author}
                createdAt={post.createdAt}
                editedAt={post.editedAt}
                audience={post.audience}
                postHref={href}
              />
            )}
          </div>
          {!isReadOnly && (
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
                        await callApi(post.viewer.isSaved ? "DELETE" : "PUT", `${postPath}/save`);
                        setPost({ ...post, viewer: { ...post.viewer, isSaved: !post.viewer.isSaved } });
                      },
                      post.viewer.isSaved ? undefined : t("savedNotice"),
                    )
                  }
                >
                  {post.viewer.isSaved ? (
                    <BookmarkX className="size-4" aria-hidden />
                  ) : (
                    <Bookmark className="size-4" aria-hidden />
                  )}
                  {post.viewer.isSaved ? t("unsave") : t("save")}
                </DropdownMenuItem>
                <DropdownMenuItem
                  onSelect={() =>
                    void run(async () => {
                      await navigator.clipboard.writeText(new URL(href, window.location.origin).toString());
                    }, t("linkCopied"))
                  }
                >
                  <Link2 className="size-4" aria-hidden />
                  {t("share")}
                </DropdownMenuItem>
                <DropdownMenuSeparator />
                {post.viewer.isAuthor ? (
                  <>
                    {post.kind !== "article" && (
                      <DropdownMenuItem onSelect={() => setPanel("edit")}>
                        <Pencil className="size-4" aria-hidden />
                        {t("edit")}
                      </DropdownMenuItem>
                    )}
                    <DropdownMenuItem
                      onSelect={() =>
                        void run(async () => {
                          setPost(
                            (await callApi("PATCH", postPath, {
                              isCommentingOff: !post.isCommentingOff,
                            })) as Card,
                          );
                        })
                      }
                    >
                      {!post.isCommentingOff ? (
                        <MessageSquareOff className="size-4" aria-hidden />
                      ) : (
                        <MessageSquare className="size-4" aria-hidden />
                      )}
                      {post.isCommentingOff ? t("commentsOn") : t("commentsOff")}
                    </DropdownMenuItem>
                    <DropdownMenuItem
                      className="text-danger"
                      onSelect={() => {
                        if (!window.confirm(t("deleteConfirm"))) return;
                        void run(async () => {
                          await callApi("DELETE", postPath);
                          setGone({ message: t("deletedNotice") });
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
                          await callApi("PUT", `${postPath}/hide`);
                          setGone({
                            message: t("hiddenNotice"),
                            undo: () => callApi("DELETE", `${postPath}/hide`).then(() => undefined),
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
                            const mutes = `/api/v1/mutes/${author.handle}`;
                            await callApi("PUT", mutes);
                            setGone({
                              message: t("mutedNotice", { name: author.name }),
                              undo: () => callApi("DELETE", mutes).then(() => undefined),
                            });
                          })
                        }
                      >
                        <VolumeX className="size-4" aria-hidden />
                        {t("mute", { name: author.name })}
                      </DropdownMenuItem>
                    )}
                    <DropdownMenuItem onSelect={() => setPanel("report")}>
                      <Flag className="size-4" aria-hidden />
                      {t("reportPost")}
                    </DropdownMenuItem>
                  </>
                )}
              </DropdownMenuContent>
            </DropdownMenu>
          )}
        </div>
      )}

      {panel === "edit" ? (
        <EditForm
          post={post}
          onCancel={() => setPanel(null)}
          onSaved={(card) => {
            setPost(card);
            setPanel(null);
          }}
        />
      ) : isBodyHidden ? null : shared ? (
        <PostBody post={shared} />
      ) : (
        <>
          <PostBody post={post} />
          {post.kind === "repost" && (
            <div className="border-border rounded-md border p-3" data-testid="reposted">
              {original ? (
                <div className="flex flex-col gap-3">
                  <PostAuthor
                    author={original.author}
                    createdAt={original.createdAt}
                    postHref={`/posts/${original.id}`}
                    size="sm"
                  />
                  <PostBody post={original} />
                </div>
              ) : (
                <p className="text-muted text-sm">{t("originalGone")}</p>
              )}
            </div>
          )}
        </>
      )}

      <Counts post={post} onOpenComments={() => setIsCommenting(true)} />

      {!isReadOnly && (
        <div className="border-border -mx-2 flex border-t pt-1" role="group" aria-label={t("postMenu")}>
          <ReactionButton reaction={post.viewer.reaction} onReact={react} disabled={isBusy} />
          <button
            type="button"
            className={cn(barButton, "flex-1")}
            onClick={() => setIsCommenting(!isCommenting)}
            aria-expanded={isCommenting}
            data-testid="comment-button"
          >
            <MessageSquare className="size-5" aria-hidden />
            <span className="hidden sm:inline">{t("comment")}</span>
            <span className="sr-only sm:hidden">{t("comment")}</span>
          </button>
          {post.viewer.canRepost ? (
            <DropdownMenu>
              <DropdownMenuTrigger className={cn(barButton, "flex-1")} data-testid="repost-button">
                <Repeat2 className="size-5" aria-hidden />
                <span className="hidden sm:inline">{t("repost")}</span>
                <span className="sr-only sm:hidden">{t("repost")}</span>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="center">
                <DropdownMenuItem
                  onSelect={() =>
                    void run(async () => {
                      await callApi("POST", `${postPath}/reposts`, {});
                      await refresh();
                    }, t("repostedNotice"))
                  }
                >
                  <Repeat2 className="size-4" aria-hidden />
                  <span className="flex flex-col">
                    {t("repostNow")}
                    <span className="text-muted text-xs">{t("repostNowHint")}</span>
                  </span>
                </DropdownMenuItem>
                <DropdownMenuItem onSelect={() => setPanel("repost")}>
                  <Pencil className="size-4" aria-hidden />
                  {t("repostWithThoughts")}
                </DropdownMenuItem>
              </DropdownMenuContent>
            </DropdownMenu>
          ) : (
            <button type="button" className={cn(barButton, "flex-1")} disabled>
              <Repeat2 className="size-5" aria-hidden />
              <span className="hidden sm:inline">{t("repost")}</span>
              <span className="sr-only sm:hidden">{t("repost")}</span>
            </button>
          )}
          <button
            type="button"
            className={cn(barButton, "flex-1")}
            onClick={() =>
              void run(async () => {
                await navigator.clipboard.writeText(new URL(href, window.location.origin).toString());
              }, t("linkCopied"))
            }
          >
            <Send className="size-5" aria-hidden />
            <span className="hidden sm:inline">{t("share")}</span>
            <span className="sr-only sm:hidden">{t("share")}</span>
          </button>
        </div>
      )}

      {panel === "repost" && (
        <RepostForm
          postId={post.id}
          onCancel={() => setPanel(null)}
          onDone={() => {
            setPanel(null);
            setNotice({ tone: "success", text: t("repostedNotice") });
            void refresh();
          }}
        />
      )}
      {panel === "report" && (
        <ReportForm
          path={`${postPath}/report`}
          idPrefix={post.id}
          onCancel={() => setPanel(null)}
          onDone={(message) => {
            setPanel(null);
            setNotice({ tone: "success", text: message });
          }}
        />
      )}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {isCommenting && (
        <div className="pb-3">
          <CommentsSection
            postId={post.id}
            canComment={post.viewer.canComment}
            isCommentingOff={post.isCommentingOff}
            onCountChange={() => void refresh()}
          />
        </div>
      )}
    </article>
  );
}

function EditForm({
  post,
  onCancel,
  onSaved,
}: {
  post: Card;
  onCancel: () => void;
  onSaved: (card: Card) => void;
}) {
  const t = useTranslations("feed");
  const [text, setText] = useState(post.text);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onSaved((await callApi("PATCH", `/api/v1/posts/${post.id}`, { text })) as Card);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2">
      <Textarea
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={5}
        maxLength={POST_TEXT_MAX}
        aria-label={t("edit")}
      />
      {error && (
        <p role="alert" className="text-danger text-sm">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" size="sm">
          {t("saveChanges")}
        </Button>
      </div>
    </form>
  );
}

function RepostForm({
  postId,
  onCancel,
  onDone,
}: {
  postId: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const t = useTranslations("feed");
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get("text");
    try {
      await callApi("POST", `/api/v1/posts/${postId}/reposts`, { text });
      onDone();
    } catch (failure) {
      setError((failure as Error).message);
    }
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" data-testid="repost-form">
      <Textarea
        name="text"
        rows={3}
        maxLength={POST_TEXT_MAX}
        placeholder={t("repostPlaceholder")}
        aria-label={t("repostPlaceholder")}
      />
      {error && (
        <p role="alert" className="text-danger text-sm">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" size="sm">
          {t("repost")}
        </Button>
      </div>
    </form>
  );
}
