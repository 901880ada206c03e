import { BriefcaseBusiness, Plus } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/core/viewer";
import { companyBySlug } from "@/lib/companies/find-company";
import { companyName } from "@/lib/companies/names";
import { listCompanyJobs } from "@/lib/jobs/company-jobs";
import { isHiringTeam } from "@/lib/jobs/policy";
import { JOB_STATUSES, STAGES } from "@/lib/jobs/schemas";
import { stageNamesOf } from "@/lib/jobs/stage-names";
import { CompanyFrame, companyMetadata, findCompanyOr404 } from "@/components/companies/company-frame";
import { JobRow } from "@/components/jobs/job-row";
import { ProfileForm } from "@/components/profiles/edit/profile-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { renameStagesAction } from "./actions";
import { StageNameSchema } from "@/lib/jobs/schemas";
import { maxLengthsOf } from "@/lib/forms/fields";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ status?: string; cursor?: string }>;
};

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("companies.tabs");
  return companyMetadata(await findCompanyOr404((await params).slug), t("jobs"));
}

/** A company's open jobs; its hiring team also sees drafts, paused and closed ones, and names the stages. */
export default async function CompanyJobsPage({ params, searchParams }: Props) {
  const company = await findCompanyOr404((await params).slug);
  const { status: rawStatus, cursor } = await searchParams;
  const viewer = await getViewer();
  const ref = { slug: company.slug };
  const { role } = await companyBySlug(viewer, ref);
  const isTeam = isHiringTeam(role);
  const status =
    isTeam && (JOB_STATUSES as readonly string[]).includes(rawStatus ?? "") ? rawStatus : undefined;
  const [page, t, locale, names] = await Promise.all([
    listCompanyJobs(viewer, ref, { status, cursor, limit: 20 }),
    getTranslations("jobs"),
    getLocale(),
    isTeam ? stageNamesOf([company.id]) : null,
  ]);
  const name = companyName(company, locale);
  const stageNames = names?.get(company.id) ?? {};
  return (
    <CompanyFrame company={company} tab="jobs" namespaces={["profileEdit"]}>
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-3">
        {isTeam && (
          <div className="flex flex-wrap items-center justify-between gap-2">
            <nav aria-label={t("company.hiringTeam")} className="flex flex-wrap gap-1 text-sm">
              {[undefined, ...JOB_STATUSES].map((value) => (
                <Link
                  key={value ?? "all"}
                  href={
                    value ? `/company/${company.slug}/jobs?status=${value}` : `/company/${company.slug}/jobs`
                  }
                  aria-current={status === value ? "true" : undefined}
                  className={cn(
                    "rounded-full px-3 py-1",
                    status === value ? "bg-primary/10 text-primary font-semibold" : "hover:underline",
                  )}
                >
                  {value ? t(`status.${value}`) : t("company.allStates")}
                </Link>
              ))}
            </nav>
            <Button asChild size="sm">
              <Link href={`/company/${company.slug}/jobs/new`}>
                <Plus aria-hidden className="size-4" />
                {t("postAJob")}
              </Link>
            </Button>
          </div>
        )}
        <Card className="p-0 sm:p-0">
          {page.items.length ? (
            <ul className="divide-border divide-y" data-testid="company-jobs">
              {page.items.map((job) => (
                <JobRow
                  key={job.id}
                  job={job}
                  aside={
                    isTeam && (
                      <p className="text-muted mt-1 text-xs">
                        <span className="font-semibold uppercase">{t(`status.${job.status}`)}</span>
                        {" · "}
                        {t("applicants", { count: job.applicantCount })}
                      </p>
                    )
                  }
                />
              ))}
            </ul>
          ) : (
            <EmptyState
              icon={BriefcaseBusiness}
              title={t("company.title")}
              body={isTeam ? t("company.emptyTeam") : `${name} · ${t("company.empty")}`}
            />
          )}
        </Card>
        {page.nextCursor && (
          <Link
            className="text-primary self-end text-sm font-semibold hover:underline"
            href={`/company/${company.slug}/jobs?${new URLSearchParams({ ...(status && { status }), cursor: page.nextCursor })}`}
          >
            {t("next")}
          </Link>
        )}
        {isTeam && (
          <Card>
            <CardTitle className="text-base">{t("board.stageNames")}</CardTitle>
            <p className="text-muted mb-3 text-sm">{t("board.stageNamesHint")}</p>
            <ProfileForm
              idPrefix="stage"
              action={renameStagesAction.bind(null, company.slug)}
              fields={STAGES.map((stage) => ({
                name: stage,
                label: t(`stages.${stage}`),
                defaultValue: stageNames[stage] ?? "",
                maxLength: maxLengthsOf(StageNameSchema).name,
                isHalf: true,
              }))}
              submitLabel={t("form.save")}
            />
          </Card>
        )}
      </div>
    </CompanyFrame>
  );
}
