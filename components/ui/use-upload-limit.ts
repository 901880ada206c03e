"use client";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import { megabytesOf, UPLOAD_LIMITS, type UploadKind } from "@/lib/storage/upload-limits";

/**
 * A file picker's size check, before anything is sent: files past the kind's limit (each, or `together`) are
 * taken off the picker with a message saying the limit. The server checks again; this spares the upload, and a
 * body larger than server actions take (which would fail without a word).
 */
export function useUploadLimit(kind: UploadKind, { together = false }: { together?: boolean } = {}) {
  const t = useTranslations("uploads");
  const [error, setError] = useState<string | undefined>();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const sizes = [...(event.currentTarget.files ?? [])].map((file) => file.size);
    const isTooLarge = together
      ? sizes.reduce((sum, size) => sum + size, 0) > UPLOAD_LIMITS[kind]
      : sizes.some((size) => size > UPLOAD_LIMITS[kind]);
    if (isTooLarge) event.currentTarget.value = "";
    setError(
      isTooLarge ? t(together ? "tooLargeTogether" : "tooLarge", { max: megabytesOf(kind) }) : undefined,
    );
  };
  return { onChange, error };
}
