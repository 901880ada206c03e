"use client";
import { useUploadLimit } from "@/components/ui/use-upload-limit";
import { useActionState, useRef, useEffect } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { Field, FieldMessages } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { PRODUCT_DESCRIPTION_MAX, PRODUCT_NAME_MAX } from "@/lib/companies/limits";

type Labels = { name: string; description: string; url: string; image: string; submit: string };

/** Adding a product or service: name, what it is, a link and a picture (checked by the server). */
export function ProductForm({
  action,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  labels: Labels;
}) {
  const [state, formAction, isPending] = useActionState(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") formRef.current?.reset();
  }, [state]);
  const error = (name: string) => state.fields?.[name];
  const imageLimit = useUploadLimit("image");
  const imageError = imageLimit.error ?? error("image");
  return (
    <form
      ref={formRef}
      action={formAction}
      className="flex flex-col gap-3"
      noValidate
      data-testid="product-form"
    >
      <FormMessage state={state} />
      <Field
        name="name"
        id="product-name"
        label={labels.name}
        required
        maxLength={PRODUCT_NAME_MAX}
        error={error("name")}
        defaultValue={state.values?.name}
      />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="product-description">{labels.description}</Label>
        <Textarea
          id="product-description"
          name="description"
          rows={3}
          maxLength={PRODUCT_DESCRIPTION_MAX}
          defaultValue={state.values?.description}
          aria-invalid={error("description") ? true : undefined}
          aria-describedby={error("description") ? "product-description-error" : undefined}
        />
        <FieldMessages id="product-description" error={error("description")} />
      </div>
      <Field
        name="url"
        id="product-url"
        type="url"
        label={labels.url}
        error={error("url")}
        defaultValue={state.values?.url}
      />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="product-image">{labels.image}</Label>
        <Input
          id="product-image"
          name="image"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-invalid={imageError ? true : undefined}
          aria-describedby={imageError ? "product-image-error" : undefined}
          onChange={imageLimit.onChange}
        />
        <FieldMessages id="product-image" error={imageError} />
      </div>
      <Button type="submit" size="sm" className="self-start" disabled={isPending}>
        {labels.submit}
      </Button>
    </form>
  );
}
