import { BadgeCheck, Search, UserSearch } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/core/viewer";
import { companyName } from "@/lib/companies/names";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translateError } from "@/lib/i18n/translator";
import {
  candidateSearchHref,
  candidateSearchInputOf,
  candidateSearchStateOf,
} from "@/lib/recruiter/candidate-search-url";
import { recruiterSeatOf } from "@/lib/recruiter/recruiter-seat";
import { listSavedSearches } from "@/lib/recruiter/saved-searches";
import {
  EXPERIENCE_RANGES,
  searchCandidates,
  type CandidateResults,
} from "@/lib/recruiter/search-candidates";
import { listProjects } from "@/lib/recruiter/list-projects";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ApiButton } from "@/components/network/api-button";
import { CandidateRow } from "@/components/recruiter/candidate-row";
import { NewProjectForm, SaveSearchForm } from "@/components/recruiter/recruiter-forms";
import { FacetList } from "@/components/search/facet-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { MAX_QUERY_LENGTH } from "@/lib/recruiter/boolean-query";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("recruiter"))("title"), robots: { index: false } };
}

/**
 * /recruiter: boolean candidate search with filters, saved searches and talent projects — for members who
 * recruit for a company page. The URL holds the search.
 */
export default async function RecruiterPage({ searchParams }: Props) {
  const viewer = await requireViewer("/recruiter");
  const [seat, t, tIndustry, locale] = await Promise.all([
    recruiterSeatOf(viewer),
    getTranslations("recruiter"),
    getTranslations("industries"),
    getLocale(),
  ]);
  if (!seat)
    return (
      <Card className="mx-auto w-full max-w-2xl">
        <EmptyState icon={UserSearch} title={t("notRecruiter.title")} body={t("notRecruiter.body")} />
      </Card>
    );
  const state = candidateSearchStateOf(await searchParams);
  const hasSearch = !!state.q || Object.keys(state.filters).length > 0;
  let results: CandidateResults | null = null;
  let error: { message: string; column: number | null } | null = null;
  if (hasSearch) {
    try {
      results = await searchCandidates(viewer, candidateSearchInputOf(state));
    } catch (failure) {
      if (!(failure instanceof AppError) || failure.code !== "validation") throw failure;
      const column = failure.details.values?.column;
      error = {
        message: translateError(locale as Locale, failure.messageKey, failure.details.values),
        column: typeof column === "number" ? column : null,
      };
    }
  }
  const [saved, projects] = await Promise.all([listSavedSearches(viewer), listProjects(viewer)]);
  const projectOptions = projects.map((project) => ({ id: project.id, name: project.name }));
  const checked = (name: "experience" | "degree" | "openToWork", value: string) =>
    ((state.filters[name] as string[] | undefined) ?? []).includes(value);
  const attributeFilters = Object.entries(state.filters).filter(
    ([name]) => !["experience", "degree", "openToWork"].includes(name),
  );
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="flex min-w-0 flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("searchTitle")}</h1>
        <Card>
          <form action="/recruiter" className="flex flex-col gap-3" role="search">
            <label htmlFor="recruiter-q" className="text-sm font-semibold">
              {t("queryLabel")}
            </label>
            <div className="flex flex-col gap-2 sm:flex-row">
              <input
                id="recruiter-q"
                name="q"
                defaultValue={state.q}
                maxLength={MAX_QUERY_LENGTH}
                placeholder={t("queryPlaceholder")}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? "recruiter-q-error" : undefined}
                className="border-border bg-surface aria-invalid:border-danger focus-visible:outline-ring h-11 w-full min-w-0 rounded-md border px-3 font-mono text-sm focus-visible:outline-2 sm:flex-1"
              />
              <Button type="submit">
                <Search aria-hidden className="size-4" />
                {t("search")}
              </Button>
            </div>
            {attributeFilters.flatMap(([name, values]) =>
              (values as string[]).map((value) => (
                <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
              )),
            )}
            <fieldset className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
              <legend className="sr-only">{t("filters")}</legend>
              <span className="flex flex-wrap items-center gap-3">
                <span className="text-muted font-semibold">{t("facets.experience")}</span>
                {Object.keys(EXPERIENCE_RANGES).map((range) => (
                  <label key={range} className="flex items-center gap-1.5">
                    <input
                      type="checkbox"
                      name="experience"
                      value={range}
                      defaultChecked={checked("experience", range)}
                      className="accent-primary size-4"
                    />
                    {t(`experience.${range}` as never)}
                  </label>
                ))}
              </span>
              <span className="flex flex-wrap items-center gap-3">
                <span className="text-muted font-semibold">{t("facets.degree")}</span>
                {["1", "2", "3"].map((degree) => (
                  <label key={degree} className="flex items-center gap-1.5">
                    <input
                      type="checkbox"
                      name="degree"
                      value={degree}
                      defaultChecked={checked("degree", degree)}
                      className="accent-primary size-4"
                    />
                    {t(`degree.${degree}` as never)}
                  </label>
                ))}
              </span>
              <label className="flex items-center gap-1.5">
                <input
                  type="checkbox"
                  name="openToWork"
                  value="true"
                  defaultChecked={checked("openToWork", "true")}
                  className="accent-primary size-4"
                />
                {t("openToWorkOnly")}
              </label>
            </fieldset>
            <details className="text-sm">
              <summary className="text-primary cursor-pointer font-semibold">{t("help")}</summary>
              <ul className="text-muted mt-2 list-disc pl-5">
                {(["words", "or", "not", "phrase", "group", "chinese"] as const).map((item) => (
                  <li key={item}>{t(`helpItems.${item}`)}</li>
                ))}
              </ul>
            </details>
          </form>
          {error && (
            <div
              id="recruiter-q-error"
              role="alert"
              className="mt-3 flex flex-col gap-1"
              data-testid="query-error"
            >
              <Alert tone="danger">{error.message}</Alert>
              {error.column !== null && (
                <pre
                  className="bg-surface-muted overflow-x-auto rounded-md p-2 font-mono text-sm"
                  aria-hidden
                >
                  {state.q}
                  {"\n"}
                  {caretUnder(state.q, error.column)}
                </pre>
              )}
            </div>
          )}
        </Card>
        {results && (
          <div className="grid gap-4 md:grid-cols-[13rem_minmax(0,1fr)]">
            <aside>
              <FacetList
                label={t("filters")}
                clearLabel={t("clearFilters")}
                facets={results.facets}
                filters={state.filters as Record<string, string[]>}
                hrefOf={(filters) => candidateSearchHref(state, { filters })}
                titleOf={(facet) => t(`facets.${facet}` as never)}
                valueLabel={(facet, value) => (facet === "industry" ? tIndustry(value as never) : value)}
              />
            </aside>
            <div className="flex min-w-0 flex-col gap-3">
              <p className="text-muted text-sm" data-testid="candidate-count">
                {t("total", { count: results.total })}
              </p>
              <Card className="p-0 sm:p-0">
                {results.hits.length ? (
                  <ClientMessages namespaces={["recruiter"]}>
                    <ul className="divide-border divide-y" data-testid="candidates">
                      {results.hits.map((candidate) => (
                        <CandidateRow key={candidate.id} candidate={candidate} projects={projectOptions} />
                      ))}
                    </ul>
                  </ClientMessages>
                ) : (
                  <p className="text-muted px-5 py-4 text-sm">{t("noResults")}</p>
                )}
              </Card>
              {results.nextCursor && (
                <Link
                  className="text-primary self-end text-sm font-semibold hover:underline"
                  href={candidateSearchHref(state, { page: state.page + 1 })}
                >
                  {(await getTranslations("search"))("next")}
                </Link>
              )}
            </div>
          </div>
        )}
        {!hasSearch && (
          <Card>
            <EmptyState icon={UserSearch} title={t("searchTitle")} body={t("empty")} />
          </Card>
        )}
      </div>
      <aside className="flex flex-col gap-4">
        <Card>
          <CardTitle className="text-base">{t("saved.title")}</CardTitle>
          <ul className="mt-2 flex flex-col gap-1 text-sm" data-testid="saved-searches">
            {saved.length === 0 && <li className="text-muted">{t("saved.empty")}</li>}
            {saved.map((search) => (
              <li key={search.id} className="flex items-center justify-between gap-2">
                <Link
                  href={candidateSearchHref({ q: search.query, filters: search.filters, page: 1 })}
                  className="text-primary min-w-0 truncate hover:underline"
                  title={search.query}
                >
                  {search.name}
                </Link>
                <ApiButton call={deleteSavedSearch(search.id)} variant="ghost">
                  {t("saved.delete")}
                </ApiButton>
              </li>
            ))}
          </ul>
          {hasSearch && !error && (
            <div className="border-border mt-3 border-t pt-3">
              <ClientMessages namespaces={["recruiter"]}>
                <SaveSearchForm query={state.q} filters={state.filters as Record<string, string[]>} />
              </ClientMessages>
            </div>
          )}
        </Card>
        <Card>
          <CardTitle className="text-base">{t("projects.title")}</CardTitle>
          <ul className="mt-2 flex flex-col gap-2 text-sm" data-testid="projects">
            {projects.length === 0 && <li className="text-muted">{t("projects.empty")}</li>}
            {projects.map((project) => (
              <li key={project.id}>
                <Link
                  href={`/recruiter/projects/${project.id}`}
                  className="text-primary font-semibold hover:underline"
                >
                  {project.name}
                </Link>
                <p className="text-muted text-xs">
                  {companyName(project.company, locale)} ·{" "}
                  {t("projects.candidates", { count: project.candidateCount })}
                </p>
              </li>
            ))}
          </ul>
          <div className="border-border mt-3 border-t pt-3">
            <p className="mb-2 flex items-center gap-1 text-sm font-semibold">
              <BadgeCheck aria-hidden className="text-primary size-4" />
              {t("projects.new")}
            </p>
            <ClientMessages namespaces={["recruiter"]}>
              <NewProjectForm
                companies={seat.companies.map((company) => ({
                  slug: company.slug,
                  name: companyName(company, locale),
                }))}
              />
            </ClientMessages>
          </div>
        </Card>
      </aside>
    </div>
  );
}

// characters a monospace font draws two cells wide: Chinese, Japanese, Korean and full-width forms
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** A line that points at a column of the query above it (the mistake's place), under wide characters too. */
const caretUnder = (query: string, column: number) =>
  `${[...query.slice(0, Math.max(0, column - 1))].map((char) => (WIDE.test(char) ? "  " : " ")).join("")}^`;

const deleteSavedSearch = (searchId: string) =>
  ({ method: "delete", route: "recruiter/searches/{searchId}", path: { searchId } }) as const;
