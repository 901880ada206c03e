import { Monitor } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { getTimeAgo } from "@/components/i18n/time-ago";
import { listSessions } from "@/lib/auth/list-sessions";
import { listBlocked } from "@/lib/network/blocks";
import { ApiButton } from "@/components/network/api-button";
import { requireViewer } from "@/lib/core/viewer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageForm } from "@/components/settings/language-form";
import {
  EmailForm,
  PasswordForm,
  SettingsActionForm,
  TimeZoneForm,
} from "@/components/settings/account-forms";
import { getAccount } from "@/lib/auth/get-account";
import { getMemberSettings } from "@/lib/composition/member-settings";
import { timeZoneOptions } from "@/lib/i18n/time-zones";
import { EMAIL_CATEGORIES, NOTIFICATION_CATEGORIES } from "@/lib/notifications/settings";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { Avatar } from "@/components/ui/avatar";
import { Card, CardTitle } from "@/components/ui/card";
import {
  cancelEmailChangeAction,
  changeEmailAction,
  changePasswordAction,
  saveLanguageAction,
  saveNotificationSettingsAction,
  saveTimeZoneAction,
  signOutEverywhereAction,
} from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

/** A short device description from a User-Agent ("Chrome · Linux"). */
function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Chrome\//.test(userAgent)
      ? "Chrome"
      : /Firefox\//.test(userAgent)
        ? "Firefox"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : null;
  const system = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return [browser, system].filter(Boolean).join(" · ") || null;
}

export default async function SettingsPage() {
  const viewer = await requireViewer("/settings");
  const [sessions, blocked, account, settings, t, format] = await Promise.all([
    listSessions(viewer, { limit: 50 }),
    listBlocked(viewer),
    getAccount(viewer),
    getMemberSettings(viewer),
    getTranslations("settings"),
    getFormatter(),
  ]);
  const ago = await getTimeAgo();
  const tNetwork = await getTranslations("network");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ClientMessages namespaces={["settings", "auth"]}>
        <Card className="flex flex-col gap-4" id="account">
          <CardTitle>{t("accountTitle")}</CardTitle>
          <section className="flex flex-col gap-3" aria-labelledby="email-title">
            <h3 id="email-title" className="font-semibold">
              {t("emailTitle")}
            </h3>
            <p className="text-sm wrap-anywhere">{t("emailNow", { email: account.email })}</p>
            {account.pendingEmail && (
              <form action={cancelEmailChangeAction} className="flex flex-wrap items-center gap-3">
                <p className="text-muted text-sm wrap-anywhere" role="status">
                  {t("emailPending", { email: account.pendingEmail })}
                </p>
                <Button type="submit" variant="ghost" size="sm">
                  {t("cancelEmailChange")}
                </Button>
              </form>
            )}
            <EmailForm action={changeEmailAction} />
          </section>
          <section
            className="border-border flex flex-col gap-3 border-t pt-4"
            aria-labelledby="password-title"
          >
            <h3 id="password-title" className="font-semibold">
              {t("passwordTitle")}
            </h3>
            <PasswordForm action={changePasswordAction} />
          </section>
        </Card>
        <Card className="flex flex-col gap-3">
          <CardTitle>{t("languageTitle")}</CardTitle>
          <p className="text-muted text-sm">{t("languageBody")}</p>
          <LanguageForm save={saveLanguageAction} />
        </Card>
        <Card className="flex flex-col gap-3" id="time-zone">
          <CardTitle>{t("timeZoneTitle")}</CardTitle>
          <p className="text-muted text-sm">{t("timeZoneBody")}</p>
          <TimeZoneForm
            action={saveTimeZoneAction}
            chosen={settings.timeZone}
            options={timeZoneOptions().map(({ value, label }) => ({ value, label }))}
          />
        </Card>
        <Card className="flex flex-col gap-3" id="notifications">
          <CardTitle>{t("notificationsTitle")}</CardTitle>
          <p className="text-muted text-sm">{t("notificationsBody")}</p>
          <SettingsActionForm action={saveNotificationSettingsAction} submitLabel={t("save")}>
            <ul className="divide-border divide-y" data-testid="notification-settings">
              {NOTIFICATION_CATEGORIES.map((category) => (
                <li
                  key={category}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3"
                >
                  <span className="min-w-0 text-sm font-medium">{t(`categories.${category}`)}</span>
                  <span className="flex gap-4 text-sm">
                    <label className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        name={`${category}.inApp`}
                        defaultChecked={settings.notifications[category].inApp}
                        className="accent-primary size-4"
                      />
                      {t("inApp")}
                    </label>
                    {EMAIL_CATEGORIES.includes(category) && (
                      <label className="flex items-center gap-2">
                        <input
                          type="checkbox"
                          name={`${category}.email`}
                          defaultChecked={settings.notifications[category].email}
                          className="accent-primary size-4"
                        />
                        {t("byEmail")}
                      </label>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </SettingsActionForm>
        </Card>
      </ClientMessages>
      <Card className="flex flex-col gap-3">
        <CardTitle>{t("sessionsTitle")}</CardTitle>
        <p className="text-muted text-sm">{t("sessionsBody")}</p>
        <ul className="divide-border divide-y" data-testid="sessions">
          {sessions.items.map((session) => (
            <li key={session.id} className="flex items-start gap-3 py-3">
              <Monitor aria-hidden className="text-muted mt-0.5 size-5" />
              <div className="min-w-0 text-sm">
                <p className="font-medium">
                  {describeDevice(session.userAgent) ?? t("unknownDevice")}
                  {session.isCurrent && (
                    <span className="bg-accent text-primary ml-2 rounded-full px-2 py-0.5 text-xs">
                      {t("thisDevice")}
                    </span>
                  )}
                </p>
                <p className="text-muted">
                  {t("signedInAt", {
                    time: format.dateTime(session.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </p>
                <p className="text-muted">{t("lastActive", { time: ago(session.lastSeenAt) })}</p>
              </div>
            </li>
          ))}
        </ul>
        <form action={signOutEverywhereAction} className="border-border flex flex-col gap-2 border-t pt-4">
          <p className="text-muted text-sm">{t("signOutEverywhereBody")}</p>
          <Button type="submit" variant="danger" className="self-start">
            {t("signOutEverywhere")}
          </Button>
        </form>
      </Card>
      <Card className="flex flex-col gap-3" id="blocked">
        <CardTitle>{t("blockedTitle")}</CardTitle>
        <p className="text-muted text-sm">{t("blockedBody")}</p>
        {blocked.length === 0 ? (
          <p className="text-muted text-sm">{t("blockedNone")}</p>
        ) : (
          <ul className="divide-border divide-y" data-testid="blocked">
            {blocked.map((member) => (
              <li key={member.handle ?? member.name} className="flex items-center gap-3 py-3">
                <Avatar name={member.name} />
                <div className="min-w-0 flex-1 text-sm">
                  <p className="font-medium wrap-anywhere">{member.name}</p>
                  <p className="text-muted">
                    {t("blockedOn", { time: format.dateTime(member.blockedAt, { dateStyle: "medium" }) })}
                  </p>
                </div>
                {member.handle && (
                  <ApiButton
                    call={{ method: "delete", route: "blocks/{handle}", path: { handle: member.handle } }}
                    variant="outline"
                  >
                    {tNetwork("unblock")}
                  </ApiButton>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="flex flex-col gap-3" id="close-account">
        <CardTitle>{t("deleteTitle")}</CardTitle>
        <p className="text-muted text-sm">{t("deleteBody")}</p>
        <Button asChild variant="outline" className="self-start">
          <Link href="/me/profile#import-export">{t("deleteExport")}</Link>
        </Button>
      </Card>
    </div>
  );
}
