"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { POST_TEXT_MAX } from "@/lib/feed/limits";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";

/** A post's text to write under the card — editing the post, or the comment of a repost. */
export function PostTextForm({
  initialText = "",
  label,
  placeholder,
  submitLabel,
  rows,
  testId,
  onSubmit,
  onCancel,
}: {
  initialText?: string;
  label: string;
  placeholder?: string;
  submitLabel: string;
  rows: number;
  testId?: string;
  /** throws with a message to show when it fails */
  onSubmit: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("feed");
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await onSubmit(text);
    } catch (failure) {
      setError((failure as Error).message || t("failed"));
    }
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" data-testid={testId}>
      <Textarea
        name="text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={rows}
        maxLength={POST_TEXT_MAX}
        placeholder={placeholder}
        aria-label={label}
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
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
