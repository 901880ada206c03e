"use client";
import { Repeat2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PostCard as Card } from "@/lib/feed/post-cards";
import type { ReactionTypeName } from "@/lib/feed/limits";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/api/client";
import { CommentsSection } from "./comments-section";
import { PostActionBar } from "./post-action-bar";
import type { RunAction } from "./post-actions";
import { PostAuthor } from "./post-author";
import { PostBody } from "./post-body";
import { PostCounts, withReaction } from "./post-counts";
import { PostMenu, type GonePost } from "./post-menu";
import { PostTextForm } from "./post-text-form";
import { ReportForm } from "./report-form";

type Panel = "edit" | "report" | "repost" | null;

/** A post shared by another (a repost with a comment), as it shows inside the repost. */
function RepostedPost({ original }: { original: Card["repostOf"] }) {
  const t = useTranslations("feed");
  return (
    <div className="border-border rounded-md border p-3" data-testid="reposted">
      {original ? (
        <div className="flex flex-col gap-3">
          <PostAuthor
            author={original.author}
            company={original.company}
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
  const [gone, setGone] = useState<GonePost | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const thisPost = { path: { id: post.id } };

  const run: RunAction = async (action, success) => {
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
  };
  const refresh = () => run(async () => setPost((await api("get", "posts/{id}", thisPost)) as Card));

  function react(type: ReactionTypeName | null) {
    const before = post;
    setPost(withReaction(post, type));
    void run(async () => {
      try {
        await (type
          ? api("put", "posts/{id}/reaction", { ...thisPost, body: { type } })
          : api("delete", "posts/{id}/reaction", thisPost));
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

  // read-only with its body hidden (an article's post, to a visitor), a post without reactions shows nothing
  const { reactions, comments, reposts } = post.counts;
  if (isBodyHidden && isReadOnly && !reactions && !comments && !reposts) return null;

  const original = post.kind === "repost" ? post.repostOf : null;
  const shared = post.kind === "repost" && !post.text ? original : null;
  const shown = shared ?? post;

  return (
    <article
      className="border-border bg-surface flex flex-col gap-3 rounded-lg border px-4 pt-4 pb-1 shadow-sm"
      data-testid="post"
      data-post-id={post.id}
    >
      {shared && (
        <p className="text-muted border-border -mx-4 -mt-1 flex items-center gap-1.5 border-b px-4 pb-2 text-xs">
          <Repeat2 className="size-3.5" aria-hidden />
          {t("repostedBy", { name: post.author.name })}
        </p>
      )}
      {!isBodyHidden && (
        <div className="flex items-start gap-2">
          <div className="min-w-0 flex-1">
            <PostAuthor
              author={shown.author}
              company={shown.company}
              createdAt={shown.createdAt}
              editedAt={shown.editedAt}
              audience={shown.audience}
              postHref={`/posts/${shown.id}`}
            />
          </div>
          {!isReadOnly && (
            <PostMenu post={post} run={run} onChange={setPost} onOpenPanel={setPanel} onGone={setGone} />
          )}
        </div>
      )}

      {panel === "edit" ? (
        <PostTextForm
          initialText={post.text}
          label={t("edit")}
          submitLabel={t("saveChanges")}
          rows={5}
          onCancel={() => setPanel(null)}
          onSubmit={async (text) => {
            setPost((await api("patch", "posts/{id}", { ...thisPost, body: { text } })) as Card);
            setPanel(null);
          }}
        />
      ) : isBodyHidden ? null : (
        <>
          <PostBody post={shown} />
          {post.kind === "repost" && !shared && <RepostedPost original={original} />}
        </>
      )}

      <PostCounts post={post} onOpenComments={() => setIsCommenting(true)} />

      {!isReadOnly && (
        <PostActionBar
          post={post}
          isBusy={isBusy}
          isCommenting={isCommenting}
          run={run}
          onReact={react}
          onToggleComments={() => setIsCommenting(!isCommenting)}
          onRepostNow={() =>
            void run(async () => {
              await api("post", "posts/{id}/reposts", { ...thisPost, body: {} });
              await refresh();
            }, t("repostedNotice"))
          }
          onRepostWithThoughts={() => setPanel("repost")}
        />
      )}

      {panel === "repost" && (
        <PostTextForm
          label={t("repostPlaceholder")}
          placeholder={t("repostPlaceholder")}
          submitLabel={t("repost")}
          rows={3}
          testId="repost-form"
          onCancel={() => setPanel(null)}
          onSubmit={async (text) => {
            await api("post", "posts/{id}/reposts", { ...thisPost, body: { text } });
            setPanel(null);
            setNotice({ tone: "success", text: t("repostedNotice") });
            void refresh();
          }}
        />
      )}
      {panel === "report" && (
        <ReportForm
          route="posts/{id}/report"
          id={post.id}
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
