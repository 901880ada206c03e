"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { LOCALES } from "@/lib/i18n/locales";

export function LanguageForm({
  save,
}: {
  save: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [state, action, isPending] = useActionState(save, IDLE);
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <fieldset className="flex flex-wrap gap-3">
        <legend className="sr-only">{t("settings.languageTitle")}</legend>
        {LOCALES.map((l) => (
          <label
            key={l}
            lang={l}
            className="border-border has-checked:border-primary has-checked:bg-accent flex cursor-pointer items-center gap-2 rounded-md border px-4 py-2"
          >
            <input
              type="radio"
              name="locale"
              value={l}
              defaultChecked={l === locale}
              className="accent-primary"
            />
            {t(`locale.${l}`)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="outline" className="self-start" disabled={isPending}>
        {t("settings.languageSave")}
      </Button>
    </form>
  );
}
