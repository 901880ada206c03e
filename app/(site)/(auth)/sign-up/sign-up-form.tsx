"use client";
import { MailCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { EmailField } from "@/components/auth/email-field";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { IDLE } from "@/lib/forms/form-state";
import { signUpAction } from "./actions";
import { TYPING_GUARD_LENGTH } from "@/lib/forms/limits";

export function SignUpForm() {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState(signUpAction, IDLE);
  if (state.status === "success")
    return (
      <div role="status" className="flex flex-col gap-4">
        <MailCheck aria-hidden className="text-primary size-10" />
        <h2 className="text-lg font-semibold">{t("signUpSentTitle")}</h2>
        <p className="text-sm wrap-anywhere">{state.message}</p>
        <Button asChild size="lg">
          <Link href="/sign-in">{t("signUpSentSignIn")}</Link>
        </Button>
      </div>
    );
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="name"
        label={t("name")}
        placeholder={t("namePlaceholder")}
        autoComplete="name"
        required
        maxLength={TYPING_GUARD_LENGTH}
        defaultValue={state.values?.name}
        error={state.fields?.name}
      />
      <EmailField state={state} />
      <PasswordField
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        error={state.fields?.password}
      />
      <p className="text-muted text-xs">
        {t.rich("terms", {
          terms: (text) => (
            <Link href="/terms" className="text-primary underline" target="_blank">
              {text}
            </Link>
          ),
          privacy: (text) => (
            <Link href="/privacy" className="text-primary underline" target="_blank">
              {text}
            </Link>
          ),
        })}
      </p>
      <Button type="submit" size="lg" disabled={isPending}>
        {t("signUpButton")}
      </Button>
    </form>
  );
}
