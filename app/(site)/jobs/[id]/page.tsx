import { BadgeCheck, Bookmark, BookmarkCheck, Building2, ExternalLink, Pencil, Users } from "lucide-react";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getTimeAgo } from "@/components/i18n/time-ago";
import { cache } from "react";
import { getViewer } from "@/lib/core/viewer";
import { companyName } from "@/lib/companies/names";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { plainTextOf } from "@/lib/markdown";
import { getJob, type JobPage } from "@/lib/jobs/get-job";
import { jobPostingJsonLd } from "@/lib/jobs/job-posting-json-ld";
import { scriptJson } from "@/lib/profiles/person-json-ld";
import { placeLine, salaryLine } from "@/components/jobs/job-facts";
import { JobStatusActions } from "@/components/jobs/job-status-actions";
import { CompanyLogo } from "@/components/companies/company-logo";
import { ApiButton } from "@/components/network/api-button";
import { MarkdownText } from "@/components/profiles/markdown-text";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";

type Props = { params: Promise<{ id: string }> };

const findJobOr404 = cache(async (id: string) => {
  const viewer = await getViewer();
  try {
    return { viewer, job: await getJob(viewer, { jobId: id }) };
  } catch (error) {
    if (error instanceof AppError && error.code !== "rate_limited") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { job } = await findJobOr404((await params).id);
  const company = companyName(job.company, await getLocale());
  const description = plainTextOf(job.description).replace(/\s+/g, " ").slice(0, 200);
  const title = `${job.title} · ${company}`;
  return {
    title,
    description,
    alternates: { canonical: `/jobs/${job.id}` },
    openGraph: {
      type: "website",
      title,
      description,
      url: `/jobs/${job.id}`,
      images: job.company.logo ? [{ url: job.company.logo.lg }] : undefined,
    },
    robots: job.status === "open" ? undefined : { index: false },
  };
}

/** /jobs/<id>: a job's page, with schema.org JobPosting for search engines; its hiring team manages it here. */
export default async function JobPage({ params }: Props) {
  const { job } = await findJobOr404((await params).id);
  const [t, tProfile, format, locale] = await Promise.all([
    getTranslations("jobs"),
    getTranslations("profile"),
    getFormatter(),
    getLocale(),
  ]);
  const ago = await getTimeAgo();
  const company = companyName(job.company, locale);
  const facts = [
    placeLine(job, t as never, locale),
    tProfile(`employmentType.${job.employmentType}` as never),
    t(`seniority.${job.seniority}` as never),
    job.education && t(`education.${job.education}` as never),
  ].filter(Boolean);
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
      {job.status === "open" && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: scriptJson(jobPostingJsonLd(job, locale, env().APP_URL)) }}
        />
      )}
      <div className="flex min-w-0 flex-col gap-4">
        {job.status === "draft" && <Alert tone="warning">{t("job.draftNotice")}</Alert>}
        {job.status === "paused" && <Alert tone="warning">{t("job.pausedNotice")}</Alert>}
        <Card>
          <div className="flex items-start gap-4">
            <CompanyLogo name={company} src={job.company.logo?.md} className="size-16" />
            <div className="min-w-0 flex-1">
              <Link
                href={`/company/${job.company.slug}`}
                className="inline-flex items-center gap-1 text-sm font-semibold hover:underline"
              >
                {company}
                {job.company.isVerified && <BadgeCheck aria-hidden className="text-primary size-4" />}
              </Link>
              <h1 className="text-2xl font-semibold wrap-anywhere" data-testid="job-title">
                {job.title}
              </h1>
              <p className="text-muted text-sm">{facts.join(" · ")}</p>
              {job.salary && (
                <p className="mt-1 font-semibold" data-testid="job-salary">
                  {salaryLine(job.salary, t as never, locale)}
                </p>
              )}
              <p className="text-muted mt-1 text-xs">
                {job.publishedAt && t("posted", { when: ago(new Date(job.publishedAt)) })}
                {job.status === "open" &&
                  ` · ${t("job.validThrough", { date: format.dateTime(new Date(job.expiresAt), { dateStyle: "medium", timeZone: job.company.timeZone }) })}`}
              </p>
            </div>
          </div>
          <ApplyBar job={job} />
        </Card>
        <Card>
          <CardTitle>{t("job.about")}</CardTitle>
          <div className="mt-3">
            <MarkdownText>{job.description}</MarkdownText>
          </div>
          {(["requiredSkills", "niceSkills"] as const).map(
            (key) =>
              job[key].length > 0 && (
                <div key={key} className="mt-4">
                  <h2 className="text-sm font-semibold">{t(`job.${key}`)}</h2>
                  <ul className="mt-2 flex flex-wrap gap-2">
                    {job[key].map((skill) => (
                      <li key={skill} className="border-border rounded-full border px-3 py-1 text-sm">
                        {skill}
                      </li>
                    ))}
                  </ul>
                </div>
              ),
          )}
        </Card>
      </div>
      <aside className="flex flex-col gap-4">
        {job.viewer.isHiringTeam && (
          <Card data-testid="hiring-team-panel">
            <CardTitle className="text-base">{t("job.team")}</CardTitle>
            <div className="mt-3 flex flex-col items-start gap-2">
              <Link
                href={`/jobs/${job.id}/applicants`}
                className="text-primary inline-flex items-center gap-2 text-sm font-semibold hover:underline"
              >
                <Users aria-hidden className="size-4" />
                {t("job.viewApplicants", { count: job.applicantCount ?? 0 })}
              </Link>
              <Link
                href={`/jobs/${job.id}/edit`}
                className="text-primary inline-flex items-center gap-2 text-sm font-semibold hover:underline"
              >
                <Pencil aria-hidden className="size-4" />
                {t("job.edit")}
              </Link>
              <JobStatusActions jobId={job.id} status={job.status} />
            </div>
          </Card>
        )}
        <Card>
          <CardTitle className="text-base">{t("job.company")}</CardTitle>
          <Link
            href={`/company/${job.company.slug}`}
            className="mt-2 flex items-center gap-2 font-semibold hover:underline"
          >
            <Building2 aria-hidden className="text-muted size-4" />
            {company}
          </Link>
          {job.company.tagline && <p className="text-muted mt-1 text-sm">{job.company.tagline}</p>}
          <p className="text-muted mt-1 text-xs">
            {t("job.followers", { count: job.company.followerCount })}
          </p>
        </Card>
        {job.postedBy?.handle && (
          <Card>
            <CardTitle className="text-base">{t("job.postedBy")}</CardTitle>
            <Link
              href={`/in/${job.postedBy.handle}`}
              className="mt-2 flex items-center gap-3 hover:underline"
            >
              <Avatar name={job.postedBy.name} src={job.postedBy.avatar?.md} className="size-10" />
              <span className="min-w-0">
                <span className="block font-semibold">{job.postedBy.name}</span>
                <span className="text-muted block truncate text-xs">{job.postedBy.headline}</span>
              </span>
            </Link>
          </Card>
        )}
      </aside>
    </div>
  );
}

/** Apply (on Renmai or at the company's site), save, or where the viewer's application stands. */
async function ApplyBar({ job }: { job: JobPage }) {
  const [t, ago] = await Promise.all([getTranslations("jobs"), getTimeAgo()]);
  const { viewer } = job;
  const application = viewer.application;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2">
      {application ? (
        <p className="text-success text-sm font-semibold" data-testid="application-status">
          {t("job.yourApplication", {
            when: ago(new Date(application.createdAt)),
            stage: t(`stages.${application.stage}` as never),
          })}
        </p>
      ) : !viewer.isTakingApplications ? (
        <p className="text-muted text-sm font-semibold">{t("job.notTaking")}</p>
      ) : job.applyUrl ? (
        <Button asChild>
          <a href={job.applyUrl} rel="nofollow noopener noreferrer" target="_blank">
            {t("job.applyOnSite")}
            <ExternalLink aria-hidden className="size-4" />
          </a>
        </Button>
      ) : viewer.isSignedIn ? (
        <Button asChild>
          <Link href={`/jobs/${job.id}/apply`}>{t("easyApply")}</Link>
        </Button>
      ) : (
        <Button asChild>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/jobs/${job.id}/apply`)}`}>
            {t("job.signInToApply")}
          </Link>
        </Button>
      )}
      {viewer.isSignedIn && (
        <ApiButton
          call={{
            method: viewer.isSaved ? "delete" : "put",
            route: "jobs/{jobId}/save",
            path: { jobId: job.id },
          }}
          variant="outline"
          size="md"
        >
          {viewer.isSaved ? (
            <BookmarkCheck aria-hidden className="size-4" />
          ) : (
            <Bookmark aria-hidden className="size-4" />
          )}
          {viewer.isSaved ? t("saved") : t("save")}
        </ApiButton>
      )}
    </div>
  );
}
