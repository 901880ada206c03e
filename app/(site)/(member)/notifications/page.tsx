import { Bell, BriefcaseBusiness } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { getTimeAgo } from "@/components/i18n/time-ago";
import { Link } from "@/components/ui/link";
import { pickSearchParams, resetOnBadQuery } from "@/lib/api/page-query";
import { requireViewer } from "@/lib/core/viewer";
import { companyName } from "@/lib/companies/names";
import { listNotifications, type NotificationItem } from "@/lib/notifications/list-notifications";
import { ApiButton } from "@/components/network/api-button";
import { PageLinks } from "@/components/network/page-links";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

/** Where a notification leads: the post, the invitations, or the actor's profile, or the viewer's own. */
function hrefOf(notification: NotificationItem, ownHandle: string | null) {
  if (notification.postId) return `/posts/${notification.postId}`;
  if (notification.kind === "application_received" && notification.application)
    return `/jobs/${notification.application.jobId}/applicants/${notification.application.applicationId}`;
  if (notification.application) return "/me/jobs";
  if (notification.alert) return `/jobs?q=${encodeURIComponent(notification.alert.query)}&date=day`;
  if (notification.kind === "company_admin_invitation") return "/network/invitations#page-roles";
  if (notification.company)
    return notification.kind === "company_relation_request"
      ? `/company/${notification.company.slug}/admin#requests`
      : `/company/${notification.company.slug}/people`;
  if (notification.kind === "invitation_received") return "/network/invitations";
  if (notification.kind === "endorsement" || notification.kind === "recommendation") {
    return ownHandle ? `/in/${ownHandle}` : "/me";
  }
  return notification.actor?.handle ? `/in/${notification.actor.handle}` : "/network";
}

/** Who it is from: the member who did it, or the company whose hiring team moved an application, or Renmai. */
function NotificationAvatar({ notification: n, locale }: { notification: NotificationItem; locale: string }) {
  if (n.actor) return <Avatar name={n.actor.name} src={n.actor.avatar?.sm} className="size-12" />;
  if (n.application)
    return (
      <Avatar
        name={companyName(n.application.company, locale)}
        src={n.application.company.logo}
        className="border-border size-12 rounded-md border"
      />
    );
  const Icon = n.kind === "job_alert" ? BriefcaseBusiness : Bell;
  return (
    <span className="bg-surface-muted text-muted flex size-12 shrink-0 items-center justify-center rounded-full">
      <Icon aria-hidden className="size-6" />
    </span>
  );
}

/** A simple list of the viewer's notifications, newest first; unread ones are marked. */
export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("/notifications");
  const { cursor } = pickSearchParams(await searchParams, ["cursor"]);
  const [notifications, t, tJobs, tCompanies, ago, locale] = await Promise.all([
    listNotifications(viewer, { cursor, limit: 30 }).catch(resetOnBadQuery("/notifications")),
    getTranslations("notifications"),
    getTranslations("jobs"),
    getTranslations("companies"),
    getTimeAgo(),
    getLocale(),
  ]);
  const hasUnread = notifications.items.some((n) => !n.isRead);
  const text = (n: NotificationItem) => {
    const name = n.actor?.name ?? t("someone");
    if (n.kind === "endorsement")
      return n.skill ? t("endorsement", { name, skill: n.skill }) : t("endorsementNoSkill", { name });
    if (n.kind === "company_relation_request" || n.kind === "company_relation_approved")
      return t(n.kind, {
        name,
        company: n.company ? companyName(n.company, locale) : t("aCompany"),
        tie: n.company?.tie ?? "employee",
      });
    if (n.kind === "application_stage")
      return n.application
        ? tJobs("notifications.applicationStage", {
            job: n.application.jobTitle,
            company: companyName(n.application.company, locale),
            stage: n.application.stageName ?? tJobs(`stages.${n.application.stage}` as never),
          })
        : t("application_stage");
    if (n.kind === "application_received")
      return n.application
        ? tJobs("notifications.applicationReceived", { name, job: n.application.jobTitle })
        : t("application_received");
    if (n.kind === "job_alert") return tJobs("notifications.jobAlert", { query: n.alert?.query ?? "" });
    if (n.kind === "company_admin_invitation")
      return n.roleOffer
        ? t("company_admin_invitation", {
            name,
            company: companyName(n.roleOffer.company, locale),
            role: tCompanies(`roles.${n.roleOffer.role}` as never),
          })
        : t("company_admin_invitation_answered", { name });
    return t(n.kind, { name, others: n.otherCount, total: n.otherCount + 1 });
  };
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <div className="flex items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {hasUnread && (
          <ApiButton call={{ method: "post", route: "notifications/read" }} variant="ghost">
            {t("markAllRead")}
          </ApiButton>
        )}
      </div>
      <Card className="p-0 sm:p-0">
        {notifications.items.length === 0 ? (
          <EmptyState icon={Bell} title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <ul className="divide-border divide-y" data-testid="notifications">
            {notifications.items.map((n) => (
              <li key={n.id} className={cn(!n.isRead && "bg-accent/60")}>
                <Link
                  href={hrefOf(n, viewer.handle)}
                  className="hover:bg-surface-muted flex items-start gap-3 px-5 py-4 sm:px-6"
                >
                  <NotificationAvatar notification={n} locale={locale} />
                  <div className="min-w-0 flex-1">
                    <p className="text-sm wrap-anywhere">{text(n)}</p>
                    <p className="text-muted text-xs">{ago(n.createdAt)}</p>
                  </div>
                  {!n.isRead && (
                    <span
                      className="bg-primary mt-2 size-2.5 shrink-0 rounded-full"
                      aria-label={t("unread")}
                    />
                  )}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <PageLinks path="/notifications" query={{}} cursor={cursor} nextCursor={notifications.nextCursor} />
    </div>
  );
}
