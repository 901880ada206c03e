"use client";
import { ImagePlus } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ARTICLE_BODY_MAX, ARTICLE_TITLE_MAX } from "@/lib/feed/limits";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { api } from "@/lib/api/client";
import { MarkdownToolbar } from "./markdown-toolbar";
import { ArticleMarkdown } from "./article-markdown";

type Category = { id: string; nameEn: string; nameZh: string };
export type EditedArticle = {
  id: string;
  slug: string;
  title: string;
  body: string;
  status: "draft" | "published";
  categoryId: string | null;
  coverUrl: string | null;
};

/**
 * Writing an article: title, category, cover, markdown body with a preview; save a draft, then publish. A new
 * one can be written as a company page the member administers (`companies`).
 */
export function ArticleEditor({
  article,
  categories,
  companies = [],
}: {
  article: EditedArticle | null;
  categories: Category[];
  companies?: { slug: string; name: string }[];
}) {
  const t = useTranslations("articles");
  const locale = useLocale();
  const router = useRouter();
  const [title, setTitle] = useState(article?.title ?? "");
  const [body, setBody] = useState(article?.body ?? "");
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const [categoryId, setCategoryId] = useState(article?.categoryId ?? "");
  const [asCompany, setAsCompany] = useState("");
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [notice, setNotice] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [isBusy, setIsBusy] = useState(false);
  // a new article's cover, chosen before its first save: uploaded with the draft
  const [pendingCover, setPendingCover] = useState<{ file: File; url: string } | null>(null);

  async function run(action: () => Promise<void>) {
    setIsBusy(true);
    setNotice(null);
    setFields({});
    try {
      await action();
    } catch (failure) {
      const { message, fields: errors } = failure as Error & { fields?: Record<string, string> };
      setFields(errors ?? {});
      setNotice({ tone: "danger", text: message });
    } finally {
      setIsBusy(false);
    }
  }

  /** Saves the fields; a new article becomes a draft with its own editing address. */
  async function save(): Promise<string> {
    const fieldsToSave = { title, body, categoryId: categoryId || null };
    if (article) {
      await api("patch", "articles/{id}", { path: { id: article.id }, body: fieldsToSave });
      return article.id;
    }
    const created = await api("post", "articles", {
      body: { ...fieldsToSave, asCompany: asCompany || undefined },
    });
    if (pendingCover) await putCover(created.id, pendingCover.file);
    return created.id;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const id = await save();
      if (!article) return router.push(`/me/articles/${id}?saved=1`);
      setNotice({ tone: "success", text: article.status === "published" ? t("updated") : t("saved") });
      router.refresh();
    });
  }

  function publish() {
    void run(async () => {
      const id = await save();
      await api("post", "articles/{id}/publish", { path: { id } });
      const published = await api("get", "articles/{id}", { path: { id } });
      router.push(`/articles/${published.slug}`);
    });
  }

  async function putCover(id: string, file: File) {
    const form = new FormData();
    form.set("image", file);
    await api("put", "articles/{id}/cover", { path: { id }, body: form });
  }

  function uploadCover(file: File | undefined) {
    if (!file) return;
    if (!article) {
      if (pendingCover) URL.revokeObjectURL(pendingCover.url);
      setPendingCover({ file, url: URL.createObjectURL(file) });
      return;
    }
    void run(async () => {
      await putCover(article.id, file);
      router.refresh();
    });
  }

  function remove() {
    if (!article || !window.confirm(t("deleteConfirm"))) return;
    void run(async () => {
      await api("delete", "articles/{id}", { path: { id: article.id } });
      router.push("/me/articles");
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-5" data-testid="article-editor">
      <div className="flex flex-col gap-2">
        <Label>{t("coverLabel")}</Label>
        {(article?.coverUrl ?? pendingCover?.url) && (
          // eslint-disable-next-line @next/next/no-img-element -- stored pre-resized (lib/media), or the chosen file
          <img
            src={article?.coverUrl ?? pendingCover?.url}
            alt=""
            className="aspect-[1.91] w-full rounded-md object-cover"
          />
        )}
        <label
          className={cn(
            "border-border text-muted flex items-center gap-2 self-start rounded-full border px-4 py-2 text-sm font-semibold",
            "hover:bg-surface-muted cursor-pointer",
          )}
        >
          <ImagePlus className="size-4" aria-hidden />
          {t("uploadCover")}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            className="sr-only"
            disabled={isBusy}
            onChange={(event) => uploadCover(event.target.files?.[0])}
          />
        </label>
        <p className="text-muted text-xs">{article ? t("coverHint") : t("coverNeedsDraft")}</p>
      </div>

      <div className="flex flex-col gap-1.5">
        <Label htmlFor="article-title">{t("titleLabel")}</Label>
        <Input
          id="article-title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={ARTICLE_TITLE_MAX}
          placeholder={t("titlePlaceholder")}
          className="text-lg font-semibold"
          aria-invalid={!!fields.title}
          required
        />
        {fields.title && <p className="text-danger text-sm">{fields.title}</p>}
      </div>

      {!article && companies.length > 0 && (
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="article-as">{t("writeAs")}</Label>
          <select
            id="article-as"
            value={asCompany}
            onChange={(event) => setAsCompany(event.target.value)}
            className="border-border bg-surface h-10 rounded-md border px-3 text-sm"
          >
            <option value="">{t("writeAsMyself")}</option>
            {companies.map((company) => (
              <option key={company.slug} value={company.slug}>
                {company.name}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="flex flex-col gap-1.5">
        <Label htmlFor="article-category">{t("categoryLabel")}</Label>
        <select
          id="article-category"
          value={categoryId}
          onChange={(event) => setCategoryId(event.target.value)}
          className="border-border bg-surface h-10 rounded-md border px-3 text-sm"
        >
          <option value="">{t("noCategory")}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {locale === "zh-CN" ? category.nameZh : category.nameEn}
            </option>
          ))}
        </select>
      </div>

      <div className="flex flex-col gap-1.5">
        <div className="flex items-end justify-between gap-2">
          <Label htmlFor="article-body">{t("bodyLabel")}</Label>
          <div className="flex gap-1 text-sm" role="tablist">
            {(["write", "preview"] as const).map((option) => (
              <button
                key={option}
                type="button"
                role="tab"
                aria-selected={tab === option}
                onClick={() => setTab(option)}
                className={cn(
                  "rounded-full px-3 py-1 font-semibold",
                  tab === option ? "bg-foreground text-surface" : "text-muted hover:bg-surface-muted",
                )}
              >
                {t(`${option}_tab`)}
              </button>
            ))}
          </div>
        </div>
        {tab === "write" && <MarkdownToolbar textarea={bodyField} onChange={setBody} />}
        {tab === "write" ? (
          <Textarea
            ref={bodyField}
            id="article-body"
            value={body}
            onChange={(event) => setBody(event.target.value)}
            maxLength={ARTICLE_BODY_MAX}
            rows={18}
            className="font-mono text-sm leading-6"
            aria-describedby="article-body-hint"
            aria-invalid={!!fields.body}
          />
        ) : (
          <div className="border-border min-h-64 rounded-md border p-4" data-testid="article-preview">
            {body.trim() ? (
              <ArticleMarkdown>{body}</ArticleMarkdown>
            ) : (
              <p className="text-muted text-sm">{t("previewEmpty")}</p>
            )}
          </div>
        )}
        <p id="article-body-hint" className="text-muted text-xs">
          {t("bodyHint")}
        </p>
        {fields.body && <p className="text-danger text-sm">{fields.body}</p>}
      </div>

      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}

      <div className="flex flex-wrap items-center gap-2">
        {article && (
          <Button type="button" variant="danger" size="sm" onClick={remove} disabled={isBusy}>
            {t("delete")}
          </Button>
        )}
        <span className="flex-1" />
        <Button type="submit" variant="outline" disabled={isBusy}>
          {article?.status === "published" ? t("saveChanges") : t("saveDraft")}
        </Button>
        {article?.status !== "published" && (
          <Button type="button" onClick={publish} disabled={isBusy}>
            {t("publish")}
          </Button>
        )}
      </div>
    </form>
  );
}
