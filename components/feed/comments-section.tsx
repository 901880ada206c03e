"use client";
import { ThumbsUp } from "lucide-react";
import { useNow, useTranslations } from "next-intl";
import { useTimeAgo } from "@/components/i18n/use-time-ago";
import { Link } from "@/components/ui/link";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { Page } from "@/lib/api/pagination";
import type { CommentView } from "@/lib/feed/list-comments";
import { COMMENT_TEXT_MAX } from "@/lib/feed/limits";
import { DegreeBadge } from "@/components/network/degree-badge";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/textarea";
import { api } from "@/lib/api/client";
import { PostText } from "./post-text";
import { ReportForm } from "./report-form";

function CommentForm({
  postId,
  parentId,
  placeholder,
  initialText = "",
  onAdded,
}: {
  postId: string;
  parentId?: string;
  placeholder: string;
  initialText?: string;
  onAdded: () => void;
}) {
  const t = useTranslations("feed");
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      await api("post", "posts/{id}/comments", { path: { id: postId }, body: { text, parentId } });
      setText("");
      onAdded();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setIsBusy(false);
    }
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" data-testid="comment-form">
      <Textarea
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={placeholder}
        aria-label={placeholder}
        maxLength={COMMENT_TEXT_MAX}
        rows={text.includes("\n") || text.length > 60 ? 3 : 1}
        className="min-h-10"
      />
      {error && (
        <p role="alert" className="text-danger text-sm">
          {error}
        </p>
      )}
      {text.trim() && (
        <Button type="submit" size="sm" className="self-end" disabled={isBusy}>
          {t("send")}
        </Button>
      )}
    </form>
  );
}

function CommentItem({
  comment,
  postId,
  canComment,
  onChanged,
}: {
  comment: CommentView;
  postId: string;
  canComment: boolean;
  onChanged: () => void;
}) {
  const t = useTranslations("feed");
  const ago = useTimeAgo();
  const now = useNow({ updateInterval: 60_000 });
  const [isLiked, setIsLiked] = useState(comment.viewer.reaction !== null);
  const [likes, setLikes] = useState(comment.reactionCount);
  const [isReplying, setIsReplying] = useState(false);
  const [isReporting, setIsReporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [replies, setReplies] = useState<CommentView[] | null>(null);
  const isTopLevel = comment.parentId === null;

  const loadReplies = useCallback(async () => {
    const page = (await api("get", "posts/{id}/comments", {
      path: { id: postId },
      query: { parentId: comment.id, limit: 50 },
    })) as Page<CommentView>;
    setReplies(page.items);
  }, [postId, comment.id]);

  async function toggleLike() {
    const next = !isLiked;
    setIsLiked(next);
    setLikes((n) => n + (next ? 1 : -1));
    try {
      await api(next ? "put" : "delete", "comments/{id}/reaction", {
        path: { id: comment.id },
        body: { type: "like" },
      });
    } catch (failure) {
      setIsLiked(!next);
      setLikes((n) => n - (next ? 1 : -1));
      setNotice((failure as Error).message);
    }
  }

  async function remove() {
    if (!window.confirm(t("deleteCommentConfirm"))) return;
    try {
      await api("delete", "comments/{id}", { path: { id: comment.id } });
      onChanged();
    } catch (failure) {
      setNotice((failure as Error).message);
    }
  }

  const author = comment.author;
  return (
    <li className="flex gap-2" data-testid="comment">
      <Avatar name={author.name} src={author.avatar?.sm} className={isTopLevel ? "size-9" : "size-7"} />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="bg-surface-muted rounded-md px-3 py-2">
          <p className="flex flex-wrap items-center gap-x-2 text-sm">
            {author.handle ? (
              <Link href={`/in/${author.handle}`} className="font-semibold hover:underline">
                {author.name}
              </Link>
            ) : (
              <span className="font-semibold">{author.name}</span>
            )}
            {author.degree && <DegreeBadge degree={author.degree} />}
            <time
              className="text-muted ml-auto text-xs"
              dateTime={comment.createdAt}
              suppressHydrationWarning
            >
              {ago(new Date(comment.createdAt), now)}
            </time>
          </p>
          {author.headline && <p className="text-muted line-clamp-1 text-xs">{author.headline}</p>}
          <p className="mt-1 text-sm wrap-anywhere whitespace-pre-line" data-testid="comment-text">
            <PostText text={comment.text} mentions={comment.mentions} />
          </p>
        </div>
        <div className="text-muted flex flex-wrap items-center gap-3 px-1 text-xs font-semibold">
          <button
            type="button"
            onClick={() => void toggleLike()}
            aria-pressed={isLiked}
            className={cn("hover:text-foreground flex items-center gap-1", isLiked && "text-primary")}
          >
            <ThumbsUp className="size-3.5" aria-hidden />
            {t("reactions.like")}
            {likes > 0 && <span>· {likes}</span>}
          </button>
          {isTopLevel && canComment && (
            <button
              type="button"
              className="hover:text-foreground"
              onClick={() => setIsReplying(!isReplying)}
            >
              {t("reply")}
            </button>
          )}
          {comment.viewer.canDelete && (
            <button type="button" className="hover:text-danger" onClick={() => void remove()}>
              {t("deleteComment")}
            </button>
          )}
          {!comment.viewer.isAuthor && (
            <button type="button" className="hover:text-foreground" onClick={() => setIsReporting(true)}>
              {t("reportComment")}
            </button>
          )}
        </div>
        {notice && (
          <p role="status" className="text-muted text-sm">
            {notice}
          </p>
        )}
        {isReporting && (
          <ReportForm
            route="comments/{id}/report"
            id={comment.id}
            idPrefix={comment.id}
            onCancel={() => setIsReporting(false)}
            onDone={(message) => {
              setIsReporting(false);
              setNotice(message);
            }}
          />
        )}
        {isTopLevel && comment.replyCount > 0 && replies === null && (
          <button
            type="button"
            className="text-primary self-start px-1 text-xs font-semibold hover:underline"
            onClick={() => void loadReplies()}
          >
            {t("showReplies", { count: comment.replyCount })}
          </button>
        )}
        {replies && replies.length > 0 && (
          <ul className="flex flex-col gap-2 pt-1">
            {replies.map((reply) => (
              <CommentItem
                key={reply.id}
                comment={reply}
                postId={postId}
                canComment={false}
                onChanged={() => void loadReplies().then(onChanged)}
              />
            ))}
          </ul>
        )}
        {isReplying && (
          <CommentForm
            postId={postId}
            parentId={comment.id}
            placeholder={t("replyPlaceholder", { name: author.name })}
            onAdded={() => {
              setIsReplying(false);
              void loadReplies().then(onChanged);
            }}
          />
        )}
      </div>
    </li>
  );
}

const fetchComments = async (postId: string, cursor?: string) =>
  (await api("get", "posts/{id}/comments", {
    path: { id: postId },
    query: { limit: 10, cursor },
  })) as Page<CommentView>;

/** A post's conversation: a form to comment, then the comments (newest first), each with its replies. */
export function CommentsSection({
  postId,
  canComment,
  isCommentingOff,
  onCountChange,
}: {
  postId: string;
  canComment: boolean;
  isCommentingOff: boolean;
  onCountChange: () => void;
}) {
  const t = useTranslations("feed");
  const [comments, setComments] = useState<CommentView[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [version, setVersion] = useState(0);

  const showPage = useCallback((page: Page<CommentView>, isNextPage: boolean) => {
    setComments((before) => (isNextPage ? [...(before ?? []), ...page.items] : page.items));
    setNextCursor(page.nextCursor);
  }, []);
  useEffect(() => {
    let isCurrent = true;
    fetchComments(postId)
      .then((page) => isCurrent && showPage(page, false))
      .catch((failure: Error) => isCurrent && setError(failure.message));
    return () => {
      isCurrent = false;
    };
  }, [postId, version, showPage]);
  const loadMore = (cursor: string) =>
    fetchComments(postId, cursor)
      .then((page) => showPage(page, true))
      .catch((failure: Error) => setError(failure.message));

  const reload = () => {
    setVersion((v) => v + 1);
    onCountChange();
  };
  return (
    <div className="flex flex-col gap-3 pt-2" data-testid="comments">
      {canComment && <CommentForm postId={postId} placeholder={t("commentPlaceholder")} onAdded={reload} />}
      {isCommentingOff && <p className="text-muted text-sm">{t("commentingOffNote")}</p>}
      {error && (
        <p role="alert" className="text-danger text-sm">
          {error}
        </p>
      )}
      {comments === null ? (
        <p className="text-muted text-sm">{t("loading")}</p>
      ) : comments.length === 0 ? (
        canComment && <p className="text-muted text-sm">{t("noComments")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              postId={postId}
              canComment={canComment}
              onChanged={reload}
            />
          ))}
        </ul>
      )}
      {nextCursor && (
        <Button variant="ghost" size="sm" className="self-start" onClick={() => void loadMore(nextCursor)}>
          {t("moreComments")}
        </Button>
      )}
    </div>
  );
}
