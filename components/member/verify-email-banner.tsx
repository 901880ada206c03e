"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export function VerifyEmailBanner({ email, resend }: { email: string; resend: () => Promise<FormState> }) {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState(resend, IDLE);
  return (
    <Alert
      tone={state.status === "error" ? "danger" : "warning"}
      className="flex flex-wrap items-center justify-between gap-2"
    >
      <span>{state.message ?? t("verifyBanner", { email })}</span>
      {state.status === "idle" && (
        <form action={action}>
          <button type="submit" disabled={isPending} className="font-semibold underline underline-offset-2">
            {t("verifyResend")}
          </button>
        </form>
      )}
    </Alert>
  );
}
