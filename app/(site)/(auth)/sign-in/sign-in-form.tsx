"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { EmailField } from "@/components/auth/email-field";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { IDLE } from "@/lib/forms/form-state";
import { signInAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState(signInAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <EmailField state={state} />
      <PasswordField label={t("password")} autoComplete="current-password" error={state.fields?.password} />
      <Link href="/forgot-password" className="text-primary self-start text-sm font-semibold hover:underline">
        {t("forgotPassword")}
      </Link>
      <Button type="submit" size="lg" disabled={isPending}>
        {t("signInButton")}
      </Button>
    </form>
  );
}
