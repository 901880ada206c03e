"use client";
import { useTranslations } from "next-intl";
import { useActionState, useSyncExternalStore, type ReactNode } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { IDLE, type FormState } from "@/lib/forms/form-state";

const noChanges = () => () => {};

type SettingsAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** Change the password: the current one, then the new one. */
export function PasswordForm({ action }: { action: SettingsAction }) {
  const t = useTranslations("settings");
  const tAuth = useTranslations("auth");
  const [state, formAction, isPending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <PasswordField
        name="currentPassword"
        label={t("currentPassword")}
        autoComplete="current-password"
        error={state.fields?.currentPassword}
      />
      <PasswordField
        name="newPassword"
        label={t("newPassword")}
        hint={tAuth("passwordHint")}
        autoComplete="new-password"
        error={state.fields?.newPassword}
      />
      <Button type="submit" variant="outline" className="self-start" disabled={isPending}>
        {t("changePassword")}
      </Button>
    </form>
  );
}

/** Ask to sign in with another address: it changes once the mail sent there is confirmed. */
export function EmailForm({ action }: { action: SettingsAction }) {
  const t = useTranslations("settings");
  const [state, formAction, isPending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <Field
        name="email"
        type="email"
        label={t("newEmail")}
        autoComplete="email"
        defaultValue={state.values?.email}
        error={state.fields?.email}
      />
      <PasswordField
        name="currentPassword"
        id="email-current-password"
        label={t("currentPassword")}
        autoComplete="current-password"
        error={state.fields?.currentPassword}
      />
      <Button type="submit" variant="outline" className="self-start" disabled={isPending}>
        {t("changeEmail")}
      </Button>
    </form>
  );
}

/**
 * The zone times show in: "automatic" follows the device (its name shown once the browser said it), or one
 * chosen from the list.
 */
export function TimeZoneForm({
  action,
  chosen,
  options,
}: {
  action: SettingsAction;
  chosen: string | null;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations("settings");
  const [state, formAction, isPending] = useActionState(action, IDLE);
  // the server can't know it: null there, the device's zone once in the browser
  const browserZone = useSyncExternalStore(
    noChanges,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-3">
      <FormMessage state={state} />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="field-timeZone">{t("timeZoneLabel")}</Label>
        <select
          id="field-timeZone"
          name="timeZone"
          defaultValue={chosen ?? ""}
          className="border-border bg-surface h-10 rounded-md border px-3 text-sm"
        >
          <option value="">
            {browserZone ? t("timeZoneAutomaticIs", { zone: browserZone }) : t("timeZoneAutomatic")}
          </option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="outline" className="self-start" disabled={isPending}>
        {t("save")}
      </Button>
    </form>
  );
}

/** A form whose fields are rendered by the server (the notification switches): its message and its button. */
export function SettingsActionForm({
  action,
  submitLabel,
  children,
}: {
  action: SettingsAction;
  submitLabel: string;
  children: ReactNode;
}) {
  const [state, formAction, isPending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      {children}
      <Button type="submit" variant="outline" className="self-start" disabled={isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
