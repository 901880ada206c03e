"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { FieldMessages } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type ExtraField = { name: string; label: string; hint?: string; type: "textarea" | "email" };

/**
 * One relationship change as a plain form (connect, accept, follow, block…): it works before, or without, the
 * page's scripts, and says what happened or what went wrong beside it.
 */
export function ActionForm({
  action,
  label,
  name,
  invitationId,
  fields = [],
  variant = "primary",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  /** the member it is about, for the message after it */
  name: string;
  invitationId?: string;
  fields?: ExtraField[];
  variant?: "primary" | "outline" | "ghost" | "danger";
}) {
  const [state, formAction, isPending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="name" value={name} />
      {invitationId && <input type="hidden" name="invitationId" value={invitationId} />}
      {fields.map((field) => {
        const id = `relationship-${field.name}`;
        const error = state.fields?.[field.name];
        const described = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
        const common = {
          id,
          name: field.name,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": described || undefined,
        };
        return (
          <div key={field.name} className="flex flex-col gap-1.5">
            <Label htmlFor={id}>{field.label}</Label>
            {field.type === "textarea" ? (
              <Textarea {...common} rows={3} />
            ) : (
              <Input {...common} type="email" />
            )}
            <FieldMessages id={id} hint={field.hint} error={error} />
          </div>
        );
      })}
      <Button type="submit" size="sm" variant={variant} className="self-start" disabled={isPending}>
        {label}
      </Button>
    </form>
  );
}
