"use client";
import { ImageUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { FieldMessages } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useUploadLimit } from "@/components/ui/use-upload-limit";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** Choose and upload a photo or banner; the server checks the content, this only spares a doomed upload. */
export function ImageUploadForm({
  id,
  label,
  action,
}: {
  id: string;
  label: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(action, IDLE);
  const limit = useUploadLimit("image");
  const error = limit.error ?? state.fields?.image;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={id}>{label}</Label>
        <Input
          id={id}
          name="image"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          onChange={limit.onChange}
        />
        <FieldMessages id={id} hint={t("profileEdit.imageHint")} error={error} />
      </div>
      <Button type="submit" size="sm" className="self-start" disabled={isPending}>
        <ImageUp aria-hidden className="size-4" />
        {t("profileEdit.upload")}
      </Button>
    </form>
  );
}
