"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EmailField } from "@/components/auth/email-field";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { IDLE } from "@/lib/forms/form-state";
import { requestPasswordResetAction } from "./actions";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState(requestPasswordResetAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <EmailField state={state} />
      <Button type="submit" size="lg" disabled={isPending}>
        {t("forgotButton")}
      </Button>
    </form>
  );
}
