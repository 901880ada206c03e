"use client";
import { Bold, Heading2, Italic, Link2, List, ListOrdered, Quote, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { applyMarkdownEdit, type MarkdownEdit } from "./markdown-edits";

const BUTTONS: [MarkdownEdit, LucideIcon][] = [
  ["heading", Heading2],
  ["bold", Bold],
  ["italic", Italic],
  ["bulletList", List],
  ["numberedList", ListOrdered],
  ["quote", Quote],
  ["link", Link2],
];

/** Buttons above the article's text that write its Markdown for the author (the preview tab shows the result). */
export function MarkdownToolbar({
  textarea,
  onChange,
}: {
  textarea: RefObject<HTMLTextAreaElement | null>;
  onChange: (text: string) => void;
}) {
  const t = useTranslations("articles.toolbar");
  function apply(edit: MarkdownEdit) {
    const field = textarea.current;
    if (!field) return;
    const edited = applyMarkdownEdit(
      field.value,
      field.selectionStart,
      field.selectionEnd,
      edit,
      t("placeholder"),
    );
    onChange(edited.text);
    requestAnimationFrame(() => {
      field.focus();
      field.setSelectionRange(edited.selectionStart, edited.selectionEnd);
    });
  }
  return (
    <div role="toolbar" aria-label={t("label")} aria-controls="article-body" className="flex flex-wrap gap-1">
      {BUTTONS.map(([edit, Icon]) => (
        <button
          key={edit}
          type="button"
          title={t(edit)}
          aria-label={t(edit)}
          onClick={() => apply(edit)}
          className="text-muted hover:bg-surface-muted hover:text-foreground focus-visible:outline-ring rounded-md p-2 focus-visible:outline-2"
        >
          <Icon aria-hidden className="size-4" />
        </button>
      ))}
    </div>
  );
}
