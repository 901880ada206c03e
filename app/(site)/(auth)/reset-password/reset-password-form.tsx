"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { IDLE } from "@/lib/forms/form-state";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState(resetPasswordAction, IDLE);
  if (state.status === "success") {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <Button asChild size="lg">
          <Link href="/sign-in">{t("signInButton")}</Link>
        </Button>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {state.fields?.token && <p className="text-danger text-sm">{state.fields.token}</p>}
      <input type="hidden" name="token" value={token} />
      <PasswordField
        label={t("newPassword")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        error={state.fields?.password}
      />
      <Button type="submit" size="lg" disabled={isPending}>
        {t("resetButton")}
      </Button>
    </form>
  );
}
