"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldMessages } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export type FieldSpec = {
  name: string;
  label: string;
  type?:
    | "text"
    | "email"
    | "url"
    | "tel"
    | "month"
    | "date"
    | "number"
    | "textarea"
    | "select"
    | "checkbox"
    | "checkboxes";
  defaultValue?: string;
  hint?: string;
  maxLength?: number;
  rows?: number;
  required?: boolean;
  options?: { value: string; label: string }[];
  /** half width on wide screens (two fields side by side) */
  isHalf?: boolean;
};

const CONTROL =
  "border-border bg-surface text-foreground focus-visible:outline-ring aria-invalid:border-danger w-full rounded-md border px-3 text-base focus-visible:outline-2 focus-visible:outline-offset-1";

/**
 * A profile edit form described as data: the page passes translated labels and current values, the server
 * action validates, and its messages come back under their fields.
 */
export function ProfileForm({
  action,
  fields,
  submitLabel,
  idPrefix,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  idPrefix: string;
}) {
  const [state, formAction, isPending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <FieldControl
            key={field.name}
            id={`${idPrefix}-${field.name.replace(/\W/g, "-")}`}
            field={field}
            value={state.values?.[field.name] ?? field.defaultValue ?? ""}
            error={state.fields?.[field.name]}
          />
        ))}
      </div>
      <Button type="submit" className="self-start" disabled={isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}

/** One field of a form described as data, with its label, hint and error. */
export function FieldControl({
  id,
  field,
  value,
  error,
}: {
  id: string;
  field: FieldSpec;
  value: string;
  error?: string;
}) {
  const describedBy =
    [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: field.name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    required: field.required,
  };
  const type = field.type ?? "text";
  if (type === "checkbox") {
    return (
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            {...common}
            type="checkbox"
            defaultChecked={value === "on" || value === "true"}
            className="accent-primary size-4"
          />
          {field.label}
        </label>
        <FieldMessages id={id} hint={field.hint} error={error} />
      </div>
    );
  }
  if (type === "checkboxes") {
    const checked = new Set(value.split("\n"));
    return (
      <fieldset className="flex flex-col gap-1.5 sm:col-span-2" aria-describedby={describedBy}>
        <legend className="mb-1.5 text-sm font-medium">{field.label}</legend>
        <div className="flex flex-wrap gap-3">
          {field.options?.map((o) => (
            <label key={o.value} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={field.name}
                value={o.value}
                defaultChecked={checked.has(o.value)}
                className="accent-primary size-4"
              />
              {o.label}
            </label>
          ))}
        </div>
        <FieldMessages id={id} hint={field.hint} error={error} />
      </fieldset>
    );
  }
  const control =
    type === "textarea" ? (
      <textarea
        {...common}
        defaultValue={value}
        rows={field.rows ?? 4}
        maxLength={field.maxLength}
        className={cn(CONTROL, "py-2")}
      />
    ) : type === "select" ? (
      <select {...common} defaultValue={value} className={cn(CONTROL, "h-11")}>
        {field.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ) : (
      <Input {...common} type={type} defaultValue={value} maxLength={field.maxLength} />
    );
  return (
    <div className={cn("flex flex-col gap-1.5", !field.isHalf && "sm:col-span-2")}>
      <Label htmlFor={id}>{field.label}</Label>
      {control}
      <FieldMessages id={id} hint={field.hint} error={error} />
    </div>
  );
}
