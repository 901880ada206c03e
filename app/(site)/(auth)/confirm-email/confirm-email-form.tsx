"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { IDLE } from "@/lib/forms/form-state";
import { confirmEmailChangeAction } from "./actions";

/** A button, not the link itself: mail scanners that open links must not change anyone's address. */
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("settings");
  const [state, action, isPending] = useActionState(confirmEmailChangeAction, IDLE);
  if (state.status === "success")
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <Button asChild>
          <Link href="/settings">{t("title")}</Link>
        </Button>
      </div>
    );
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      {state.fields?.token && (
        <p className="text-danger text-sm" role="alert">
          {state.fields.token}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" size="lg" disabled={isPending}>
        {t("confirmEmailButton")}
      </Button>
    </form>
  );
}
