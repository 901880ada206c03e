"use client";
import { FilePenLine, ImagePlus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Person } from "@/lib/core/person";
import { MAX_POST_IMAGES, POST_AUDIENCES, POST_TEXT_MAX } from "@/lib/feed/limits";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/api/client";

const MENTION_BEING_TYPED = /(^|\s)@([^\s@]{1,40})$/u;

/** Who "@zh" or "@张" could mean: the viewer's connections by name or address. */
function useMentionSuggestions(query: string | null) {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    if (!query) return;
    const timer = setTimeout(() => {
      api("get", "connections", { query: { q: query, limit: 5 } })
        .then((page) => setPeople((page as { items: Person[] }).items.filter((p) => p.handle)))
        .catch(() => setPeople([]));
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);
  return query ? people : [];
}

/**
 * Writing a post: text with #hashtags and @mentions (suggested from the viewer's connections), up to nine
 * pictures, who may see it, and whether others may comment. With `asCompany`, a page admin posts as the
 * company (for anyone).
 */
export function Composer({
  viewerName,
  avatarUrl,
  asCompany,
  onPublished,
}: {
  viewerName: string;
  avatarUrl?: string | null;
  asCompany?: { slug: string };
  onPublished: (postId: string) => void;
}) {
  const t = useTranslations("feed");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState("");
  const [caret, setCaret] = useState(0);
  const [images, setImages] = useState<{ file: File; url: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isOpen, setIsOpen] = useState(false);
  const typed = MENTION_BEING_TYPED.exec(text.slice(0, caret));
  const suggestions = useMentionSuggestions(typed?.[2] ?? null);

  function mention(person: Person) {
    const before = text.slice(0, caret).replace(MENTION_BEING_TYPED, `$1@${person.handle} `);
    const next = before + text.slice(caret);
    setText(next);
    setCaret(before.length);
    requestAnimationFrame(() => {
      textRef.current?.focus();
      textRef.current?.setSelectionRange(before.length, before.length);
    });
  }

  function addImages(files: FileList | null) {
    const picked = [...(files ?? [])];
    if (images.length + picked.length > MAX_POST_IMAGES)
      setError(t("tooManyImages", { max: MAX_POST_IMAGES }));
    const room = picked.slice(0, MAX_POST_IMAGES - images.length);
    setImages([...images, ...room.map((file) => ({ file, url: URL.createObjectURL(file) }))]);
  }

  async function publish(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("text", text);
    form.delete("images");
    for (const image of images) form.append("images", image.file);
    setIsBusy(true);
    setError(null);
    try {
      const published = await api("post", "posts", { body: form });
      setText("");
      images.forEach((image) => URL.revokeObjectURL(image.url));
      setImages([]);
      setIsOpen(false);
      onPublished(published.id);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form
      onSubmit={publish}
      className="border-border bg-surface flex flex-col gap-3 rounded-lg border p-4 shadow-sm"
      data-testid="composer"
      aria-label={t("startPost")}
    >
      <div className="flex items-start gap-3">
        <Avatar
          name={viewerName}
          src={avatarUrl}
          className={asCompany ? "border-border size-12 rounded-md border bg-white" : "size-12"}
        />
        {asCompany && <input type="hidden" name="asCompany" value={asCompany.slug} />}
        <div className="relative min-w-0 flex-1">
          <label htmlFor="composer-text" className="sr-only">
            {t("composerLabel")}
          </label>
          <textarea
            id="composer-text"
            ref={textRef}
            value={text}
            maxLength={POST_TEXT_MAX}
            rows={isOpen || text ? 5 : 1}
            placeholder={isOpen ? t("composerPlaceholder") : t("startPost")}
            onFocus={() => setIsOpen(true)}
            onChange={(event) => {
              setText(event.target.value);
              setCaret(event.target.selectionStart);
            }}
            onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
            className="border-border bg-surface placeholder:text-muted focus-visible:outline-ring w-full resize-y rounded-2xl border px-4 py-2.5 text-[0.9375rem] focus-visible:outline-2"
          />
          {suggestions.length > 0 && (
            <ul
              className="border-border bg-surface absolute z-20 mt-1 w-full max-w-sm rounded-md border p-1 shadow-lg"
              role="listbox"
              aria-label={t("mentionSuggestions")}
            >
              {suggestions.map((person) => (
                <li key={person.id} role="option" aria-selected={false}>
                  <button
                    type="button"
                    className="hover:bg-surface-muted flex w-full items-center gap-2 rounded-sm px-2 py-1.5 text-left text-sm"
                    onClick={() => mention(person)}
                  >
                    <Avatar name={person.name} src={person.avatar?.sm} className="size-7" />
                    <span className="min-w-0">
                      <span className="block font-semibold">{person.name}</span>
                      <span className="text-muted block text-xs">@{person.handle}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      {images.length > 0 && (
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5">
          {images.map((image, index) => (
            <li key={image.url} className="relative">
              {/* eslint-disable-next-line @next/next/no-img-element -- a local preview of the picked file */}
              <img src={image.url} alt="" className="aspect-square w-full rounded-md object-cover" />
              <button
                type="button"
                className="absolute top-1 right-1 rounded-full bg-black/70 p-1 text-white"
                aria-label={t("removeImage", { number: index + 1 })}
                onClick={() => {
                  URL.revokeObjectURL(image.url);
                  setImages(images.filter((other) => other !== image));
                }}
              >
                <X className="size-3.5" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}

      {error && (
        <p role="alert" className="text-danger text-sm">
          {error}
        </p>
      )}

      {!(isOpen || text || images.length > 0) && !asCompany && (
        <Link
          href="/articles/new"
          className="text-muted hover:text-foreground flex items-center gap-1.5 self-end text-sm font-semibold"
        >
          <FilePenLine className="size-5 text-amber-700 dark:text-amber-400" aria-hidden />
          {t("writeArticle")}
        </Link>
      )}
      {(isOpen || text || images.length > 0) && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <label className="text-muted hover:text-foreground flex cursor-pointer items-center gap-1.5 text-sm font-semibold">
            <ImagePlus className="size-5 text-sky-700 dark:text-sky-400" aria-hidden />
            {t("addPhotos")}
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
              multiple
              className="sr-only"
              onChange={(event) => {
                addImages(event.target.files);
                event.target.value = "";
              }}
              data-testid="composer-images"
            />
          </label>
          <label className={asCompany ? "hidden" : "text-muted flex items-center gap-1.5 text-sm"}>
            <span className="sr-only">{t("audienceLabel")}</span>
            <select
              name="audience"
              defaultValue="anyone"
              className="border-border bg-surface rounded-full border px-3 py-1 text-sm font-semibold"
              aria-label={t("audienceLabel")}
            >
              {POST_AUDIENCES.map((audience) => (
                <option key={audience} value={audience}>
                  {t(`audience.${audience}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-muted flex items-center gap-1.5 text-sm">
            <input type="checkbox" name="isCommentingOff" />
            {t("commentsOffLabel")}
          </label>
          <span className="text-muted ml-auto text-xs tabular-nums" aria-live="polite">
            {text.length > POST_TEXT_MAX * 0.8 && t("characters", { count: text.length, max: POST_TEXT_MAX })}
          </span>
          <Button type="submit" size="sm" disabled={isBusy || (!text.trim() && !images.length)}>
            {isBusy ? t("publishing") : t("publish")}
          </Button>
        </div>
      )}
    </form>
  );
}
