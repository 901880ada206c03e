import { BadgeCheck, Bookmark, CircleCheck } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getTimeAgo } from "@/components/i18n/time-ago";
import type { ReactNode } from "react";
import { companyName } from "@/lib/companies/names";
import type { JobCard } from "@/lib/jobs/job-card";
import type { Segment } from "@/lib/discovery/highlight";
import { CompanyLogo } from "@/components/companies/company-logo";
import { Highlighted } from "@/components/search/highlighted";
import { placeLine, salaryLine } from "./job-facts";

/**
 * A job in a list: logo, title (its matches marked), company, where, salary, when posted, and the viewer's
 * marks (saved, applied). `aside` holds what the list adds (a status, an application's stage).
 */
export async function JobRow({
  job,
  titleSegments,
  isSaved,
  hasApplied,
  aside,
}: {
  job: JobCard;
  titleSegments?: Segment[];
  isSaved?: boolean;
  hasApplied?: boolean;
  aside?: ReactNode;
}) {
  const [t, tProfile, ago, locale] = await Promise.all([
    getTranslations("jobs"),
    getTranslations("profile"),
    getTimeAgo(),
    getLocale(),
  ]);
  const name = companyName(job.company, locale);
  const details = [
    placeLine(job, t as never, locale),
    tProfile(`employmentType.${job.employmentType}` as never),
    job.salary && salaryLine(job.salary, t as never, locale),
  ].filter(Boolean);
  return (
    <li data-testid="job-row">
      <Link
        prefetch={false}
        href={`/jobs/${job.id}`}
        className="hover:bg-surface-muted flex items-start gap-3 px-5 py-4"
      >
        <CompanyLogo name={name} src={job.company.logo} className="size-12" />
        <div className="min-w-0 flex-1">
          <p className="text-primary font-semibold wrap-anywhere">
            {titleSegments ? <Highlighted segments={titleSegments} text={job.title} /> : job.title}
          </p>
          <p className="flex items-center gap-1 text-sm wrap-anywhere">
            {name}
            {job.company.isVerified && <BadgeCheck aria-hidden className="text-primary size-4 shrink-0" />}
          </p>
          <p className="text-muted text-sm wrap-anywhere">{details.join(" · ")}</p>
          <p className="text-muted mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
            {job.publishedAt && <span>{t("posted", { when: ago(new Date(job.publishedAt)) })}</span>}
            {!job.isExternal && job.status === "open" && (
              <span className="text-success font-semibold">{t("easyApply")}</span>
            )}
            {hasApplied && (
              <span className="inline-flex items-center gap-1 font-semibold">
                <CircleCheck aria-hidden className="size-3.5" />
                {t("applied")}
              </span>
            )}
            {isSaved && (
              <span className="inline-flex items-center gap-1">
                <Bookmark aria-hidden className="size-3.5" />
                {t("saved")}
              </span>
            )}
          </p>
          {aside}
        </div>
      </Link>
    </li>
  );
}
