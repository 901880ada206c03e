import { BellRing, BriefcaseBusiness, FileText } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getTimeAgo } from "@/components/i18n/time-ago";
import { requireViewer, type Viewer } from "@/lib/core/viewer";
import { listJobAlerts } from "@/lib/discovery/job-alerts";
import { listMyApplications } from "@/lib/jobs/my-applications";
import { listSavedJobs } from "@/lib/jobs/saved-jobs";
import { JobRow } from "@/components/jobs/job-row";
import { ApiButton } from "@/components/network/api-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { searchParams: Promise<{ tab?: string; cursor?: string; applied?: string }> };

const TABS = ["applied", "saved", "alerts"] as const;

export async function generateMetadata() {
  return { title: (await getTranslations("jobs"))("me.title") };
}

/** "My jobs": the viewer's applications and where each stands, and the jobs they saved. */
export default async function MyJobsPage({ searchParams }: Props) {
  const viewer = await requireViewer("/me/jobs");
  const { tab: rawTab, cursor, applied } = await searchParams;
  const tab = TABS.find((name) => name === rawTab) ?? "applied";
  const [t, tApply, ago] = await Promise.all([
    getTranslations("jobs"),
    getTranslations("jobs.apply"),
    getTimeAgo(),
  ]);
  if (tab === "alerts") return <AlertsTab viewer={viewer} />;
  const page =
    tab === "applied"
      ? await listMyApplications(viewer, { cursor, limit: 20 })
      : await listSavedJobs(viewer, { cursor, limit: 20 });
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("me.title")}</h1>
      {applied && <Alert tone="success">{tApply("done")}</Alert>}
      <nav aria-label={t("me.title")} className="border-border flex gap-1 border-b">
        {TABS.map((name) => (
          <Link
            key={name}
            href={name === "applied" ? "/me/jobs" : "/me/jobs?tab=saved"}
            aria-current={tab === name ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-semibold",
              tab === name
                ? "border-primary text-primary"
                : "text-muted hover:text-foreground border-transparent",
            )}
          >
            {t(`me.tabs.${name}`)}
          </Link>
        ))}
      </nav>
      <Card className="p-0 sm:p-0">
        {page.items.length === 0 ? (
          <EmptyState
            icon={BriefcaseBusiness}
            title={t(`me.tabs.${tab}`)}
            body={t(tab === "applied" ? "me.emptyApplied" : "me.emptySaved")}
            action={
              <Button asChild size="sm">
                <Link href="/jobs">{t("me.findJobs")}</Link>
              </Button>
            }
          />
        ) : (
          <ul className="divide-border divide-y" data-testid={`my-jobs-${tab}`}>
            {page.items.map((item) =>
              "stage" in item ? (
                <JobRow
                  key={item.id}
                  job={item.job}
                  aside={
                    <div className="mt-2 flex flex-col gap-1 text-sm">
                      <p data-testid="my-application-stage">
                        <span className="bg-primary/10 text-primary rounded-full px-2 py-0.5 font-semibold">
                          {item.stageName ?? t(`stages.${item.stage}`)}
                        </span>{" "}
                        <span className="text-muted text-xs">
                          {t("me.appliedOn", { when: ago(new Date(item.createdAt)) })}
                        </span>
                      </p>
                      {item.decisionNote && (
                        <p className="border-border text-muted border-l-2 pl-2 text-sm">
                          <span className="font-semibold">{t("me.message")}: </span>
                          {item.decisionNote}
                        </p>
                      )}
                      {item.hasResume && (
                        <span className="text-muted inline-flex items-center gap-1 text-xs">
                          <FileText aria-hidden className="size-3.5" />
                          {t("me.resume")}
                        </span>
                      )}
                    </div>
                  }
                />
              ) : (
                <JobRow key={item.id} job={item} isSaved />
              ),
            )}
          </ul>
        )}
      </Card>
      {page.nextCursor && (
        <Link
          className="text-primary self-end text-sm font-semibold hover:underline"
          href={`/me/jobs?${new URLSearchParams({ ...(tab === "saved" && { tab }), cursor: page.nextCursor })}`}
        >
          {t("next")}
        </Link>
      )}
    </div>
  );
}

async function MyJobsTabs({ current }: { current: (typeof TABS)[number] }) {
  const t = await getTranslations("jobs");
  return (
    <nav aria-label={t("me.title")} className="border-border flex gap-1 border-b">
      {TABS.map((name) => (
        <Link
          key={name}
          href={name === "applied" ? "/me/jobs" : `/me/jobs?tab=${name}`}
          aria-current={current === name ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-semibold",
            current === name
              ? "border-primary text-primary"
              : "text-muted hover:text-foreground border-transparent",
          )}
        >
          {t(`me.tabs.${name}`)}
        </Link>
      ))}
    </nav>
  );
}

/** The member's job alerts: each search, where it leads, and a button to stop it. */
async function AlertsTab({ viewer }: { viewer: Viewer }) {
  const [alerts, t, tProfile] = await Promise.all([
    listJobAlerts(viewer),
    getTranslations("jobs"),
    getTranslations("profile"),
  ]);
  const describe = (filters: Record<string, string[] | undefined>) =>
    Object.entries(filters)
      .flatMap(([facet, values]) =>
        (values ?? []).map((value) =>
          facet === "employmentType"
            ? tProfile(`employmentType.${value}` as never)
            : facet === "workplace" || facet === "seniority"
              ? t(`${facet}.${value}` as never)
              : facet === "date" || facet === "network" || facet === "salaryBands"
                ? t(`values.${facet}.${value}` as never)
                : value,
        ),
      )
      .join(" · ");
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("me.title")}</h1>
      <MyJobsTabs current="alerts" />
      <p className="text-muted text-sm">{t("alerts.hint")}</p>
      <Card className="p-0 sm:p-0">
        {alerts.length === 0 ? (
          <EmptyState
            icon={BellRing}
            title={t("alerts.title")}
            body={t("alerts.empty")}
            action={
              <Button asChild size="sm">
                <Link href="/jobs">{t("me.findJobs")}</Link>
              </Button>
            }
          />
        ) : (
          <ul className="divide-border divide-y" data-testid="job-alerts">
            {alerts.map((alert) => (
              <li key={alert.id} className="flex flex-wrap items-center gap-3 px-5 py-4">
                <Link href={alert.href} className="min-w-0 flex-1 hover:underline">
                  <span className="block font-semibold wrap-anywhere">{alert.query || t("alerts.any")}</span>
                  <span className="text-muted block text-sm wrap-anywhere">{describe(alert.filters)}</span>
                </Link>
                <ApiButton
                  call={{ method: "delete", route: "me/job-alerts/{alertId}", path: { alertId: alert.id } }}
                  variant="ghost"
                >
                  {t("alerts.delete")}
                </ApiButton>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
