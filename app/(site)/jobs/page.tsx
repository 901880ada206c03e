import { BriefcaseBusiness, Bookmark } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/core/viewer";
import { listMyCompanies } from "@/lib/companies/find-company";
import { companyName } from "@/lib/companies/names";
import { hasCompanyRight } from "@/lib/companies/policy";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translateError, translateFieldErrors } from "@/lib/i18n/translator";
import { JOB_FIXED_VALUES, JOB_SORTS, type JobFacet } from "@/lib/jobs/job-search-query";
import { jobSearchHref, jobSearchInputOf, jobSearchStateOf } from "@/lib/jobs/job-search-url";
import { searchJobs, type JobSearchResults } from "@/lib/discovery/search-jobs";
import { keptParams } from "@/lib/discovery/search-url";
import { CreateAlertButton } from "@/components/jobs/create-alert-button";
import { JobRow } from "@/components/jobs/job-row";
import { CollapsibleFacets } from "@/components/search/collapsible-facets";
import { FacetList } from "@/components/search/facet-list";
import { SearchAsYouType } from "@/components/search/search-as-you-type";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  const t = await getTranslations("jobs");
  const { q, page } = jobSearchStateOf(await searchParams);
  return {
    title: q ? t("resultsFor", { query: q }) : t("title"),
    description: t("metaDescription"),
    ...((q || page > 1) && { robots: { index: false } }),
  };
}

/**
 * /jobs: open jobs for anyone, searched as you type, with facets (and, for members, "companies where you have
 * connections"). The URL holds the whole state; links don't prefetch (each would be a search).
 */
export default async function JobsPage({ searchParams }: Props) {
  const state = jobSearchStateOf(await searchParams);
  const [viewer, t, tProfile, locale] = await Promise.all([
    getViewer(),
    getTranslations("jobs"),
    getTranslations("profile"),
    getLocale(),
  ]);
  let results: JobSearchResults | null = null;
  let error: string | null = null;
  try {
    results = await searchJobs(viewer, jobSearchInputOf(state));
  } catch (failure) {
    if (!(failure instanceof AppError) || failure.code === "rate_limited") throw failure;
    const fields = Object.values(translateFieldErrors(locale as Locale, failure) ?? {});
    error = fields[0] ?? translateError(locale as Locale, failure.messageKey);
  }
  const hiringPages = viewer
    ? (await listMyCompanies(viewer)).filter((c) => hasCompanyRight(c.role, "hire"))
    : [];
  const label = (facet: string, value: string) => {
    if (facet === "employmentType") return tProfile(`employmentType.${value}` as never);
    if (facet === "workplace" || facet === "seniority") return t(`${facet}.${value}` as never);
    if (JOB_FIXED_VALUES[facet as JobFacet]) return t(`values.${facet}.${value}` as never);
    return value;
  };
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="flex min-w-0 flex-col gap-4">
        <h1 className="text-2xl font-semibold wrap-anywhere">
          {state.q ? t("resultsFor", { query: state.q }) : t("title")}
        </h1>
        <SearchAsYouType
          action="/jobs"
          q={state.q}
          kept={keptParams(jobSearchHref(state, { q: "" }))}
          label={t("searchLabel")}
          placeholder={t("placeholder")}
        />
        {error && <Alert tone="danger">{error}</Alert>}
        {results?.isDegraded && <Alert tone="warning">{t("degraded")}</Alert>}
        <div className="grid gap-4 md:grid-cols-[14rem_minmax(0,1fr)]">
          <aside>
            <CollapsibleFacets label={t("filters")} pickedCount={Object.values(state.filters).flat().length}>
              <FacetList
                label={t("filters")}
                clearLabel={t("clearFilters")}
                facets={results?.facets ?? {}}
                filters={state.filters}
                hrefOf={(filters) => jobSearchHref(state, { filters })}
                titleOf={(facet) => t(`facets.${facet}` as never)}
                valueLabel={label}
              />
            </CollapsibleFacets>
          </aside>
          <div className="flex min-w-0 flex-col gap-3">
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <p className="text-muted" data-testid="result-count">
                {t("total", { count: results?.total ?? 0 })}
              </p>
              {viewer && (state.q || Object.keys(state.filters).length > 0) && (
                <CreateAlertButton
                  query={state.q}
                  filters={state.filters as Record<string, string[]>}
                  label={t("alerts.create")}
                  createdLabel={t("alerts.created")}
                />
              )}
              <p className="flex items-center gap-2">
                <span className="text-muted">{t("sort.label")}</span>
                {JOB_SORTS.map((sort) => (
                  <Link
                    prefetch={false}
                    key={sort}
                    href={jobSearchHref(state, { sort })}
                    aria-current={state.sort === sort ? "true" : undefined}
                    className={cn(
                      "rounded-full px-2 py-0.5",
                      state.sort === sort ? "bg-primary/10 text-primary font-semibold" : "hover:underline",
                    )}
                  >
                    {t(`sort.${sort}`)}
                  </Link>
                ))}
              </p>
            </div>
            <Card className="p-0 sm:p-0">
              {results?.hits.length ? (
                <ul className="divide-border divide-y" data-testid="job-results">
                  {results.hits.map((job) => (
                    <JobRow
                      key={job.id}
                      job={job}
                      titleSegments={job.highlight.title}
                      isSaved={job.isSaved}
                      hasApplied={job.hasApplied}
                    />
                  ))}
                </ul>
              ) : (
                <EmptyState icon={BriefcaseBusiness} title={t("title")} body={t("noResults")} />
              )}
            </Card>
            <nav
              className="flex justify-between text-sm font-semibold"
              aria-label={t("page", { page: state.page })}
            >
              {state.page > 1 ? (
                <Link
                  prefetch={false}
                  className="text-primary hover:underline"
                  href={jobSearchHref(state, { page: state.page - 1 })}
                >
                  {t("previous")}
                </Link>
              ) : (
                <span />
              )}
              {results?.nextCursor && (
                <Link
                  prefetch={false}
                  className="text-primary hover:underline"
                  href={jobSearchHref(state, { page: state.page + 1 })}
                >
                  {t("next")}
                </Link>
              )}
            </nav>
          </div>
        </div>
      </div>
      <aside className="flex flex-col gap-4">
        <Card>
          <CardTitle className="text-base">{t("sidebarTitle")}</CardTitle>
          <p className="text-muted mt-1 text-sm">{t("sidebarBody")}</p>
          <Link
            href={viewer ? "/me/jobs" : "/sign-in?callbackUrl=%2Fme%2Fjobs"}
            className="text-primary mt-3 inline-flex items-center gap-2 text-sm font-semibold hover:underline"
          >
            <Bookmark aria-hidden className="size-4" />
            {t("myJobs")}
          </Link>
        </Card>
        {hiringPages.length > 0 && (
          <Card>
            <CardTitle className="text-base">{t("postAJob")}</CardTitle>
            <ul className="mt-2 flex flex-col gap-1 text-sm">
              {hiringPages.map((page) => (
                <li key={page.slug}>
                  <Link href={`/company/${page.slug}/jobs/new`} className="text-primary hover:underline">
                    {t("hiringFor", { company: companyName(page, locale) })}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </aside>
    </div>
  );
}
