"use client";
import { Eye, EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldMessages } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TYPING_GUARD_LENGTH } from "@/lib/forms/limits";

type Props = {
  name?: string;
  /** when a page has two password fields of one name (settings) */
  id?: string;
  label: string;
  error?: string;
  hint?: string;
  autoComplete: "current-password" | "new-password";
};

export function PasswordField({ name = "password", id: givenId, label, error, hint, autoComplete }: Props) {
  const t = useTranslations("auth");
  const [isVisible, setVisible] = useState(false);
  const id = givenId ?? `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="relative">
        <Input
          id={id}
          name={name}
          type={isVisible ? "text" : "password"}
          autoComplete={autoComplete}
          required
          maxLength={TYPING_GUARD_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="pr-12"
        />
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-label={isVisible ? t("hidePassword") : t("showPassword")}
          aria-pressed={isVisible}
          className="text-muted hover:text-foreground absolute inset-y-0 right-0 flex w-11 items-center justify-center"
        >
          {isVisible ? <EyeOff aria-hidden className="size-4" /> : <Eye aria-hidden className="size-4" />}
        </button>
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
