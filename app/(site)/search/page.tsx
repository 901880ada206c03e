import { Search } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getViewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translateError, translateFieldErrors } from "@/lib/i18n/translator";
import { searchEverything, type SearchResults } from "@/lib/discovery/search";
import { SEARCH_TYPES, SORTS, type ResultType } from "@/lib/discovery/search-query";
import {
  keptParams,
  searchHref,
  searchInputOf,
  searchStateOf,
  type SearchState,
} from "@/lib/discovery/search-url";
import { CollapsibleFacets } from "@/components/search/collapsible-facets";
import { FacetPanel } from "@/components/search/facet-panel";
import { CompanyResultRow, PersonResultRow, PostResultRow } from "@/components/search/result-rows";
import { SearchAsYouType } from "@/components/search/search-as-you-type";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  const t = await getTranslations("search");
  const { q } = searchStateOf(await searchParams);
  return { title: q ? t("resultsFor", { query: q }) : t("title"), robots: { index: false } };
}

/**
 * /search: people, companies and posts — all of them a few each, or one kind with its facets, sorts and pages.
 * The URL holds the whole state, so any search can be linked to. Its links don't prefetch: results change with
 * every key, and each prefetch would be a search of its own.
 */
export default async function SearchPage({ searchParams }: Props) {
  const state = searchStateOf(await searchParams);
  const [viewer, t] = await Promise.all([getViewer(), getTranslations("search")]);
  let results: SearchResults | null = null;
  let error: string | null = null;
  try {
    results = await searchEverything(viewer, searchInputOf(state));
  } catch (failure) {
    if (!(failure instanceof AppError && failure.code === "validation")) throw failure;
    const locale = (await getLocale()) as Locale;
    const fields = Object.values(translateFieldErrors(locale, failure) ?? {});
    error = fields[0] ?? translateError(locale, failure.messageKey);
  }
  const type = state.type === "all" ? null : (state.type as ResultType);
  const section = type ? results?.[type] : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold wrap-anywhere">
        {state.q ? t("resultsFor", { query: state.q }) : t("title")}
      </h1>
      <SearchAsYouType
        action="/search"
        q={state.q}
        kept={keptParams(searchHref(state, { q: "" }))}
        label={t("title")}
        placeholder={t("placeholder")}
      />
      <nav aria-label={t("title")} className="border-border flex gap-1 overflow-x-auto border-b">
        {SEARCH_TYPES.map((tab) => (
          <Link
            prefetch={false}
            key={tab}
            href={searchHref(state, { type: tab })}
            aria-current={state.type === tab ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-semibold whitespace-nowrap",
              state.type === tab
                ? "border-primary text-primary"
                : "text-muted hover:text-foreground border-transparent",
            )}
          >
            {t(`tabs.${tab}`)}
          </Link>
        ))}
      </nav>
      {error && <Alert tone="danger">{error}</Alert>}
      {results?.isDegraded && <Alert tone="warning">{t("degraded")}</Alert>}
      {!results || (!state.q && !type) ? (
        <Card>
          <EmptyState icon={Search} title={t("title")} body={t("noQuery")} />
        </Card>
      ) : type ? (
        <div className="grid gap-4 md:grid-cols-[14rem_minmax(0,1fr)]">
          <aside>
            <CollapsibleFacets label={t("filters")} pickedCount={Object.values(state.filters).flat().length}>
              <FacetPanel state={state} facets={section?.facets ?? {}} />
            </CollapsibleFacets>
          </aside>
          <div className="flex min-w-0 flex-col gap-3">
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <p className="text-muted" data-testid="result-count">
                {t("total", { count: section?.total ?? 0 })}
              </p>
              <p className="flex items-center gap-2">
                <span className="text-muted">{t("sort.label")}</span>
                {SORTS.map((sort) => (
                  <Link
                    prefetch={false}
                    key={sort}
                    href={searchHref(state, { sort })}
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
              <ResultList type={type} results={results} state={state} />
            </Card>
            <nav
              className="flex justify-between text-sm font-semibold"
              aria-label={t("page", { page: state.page })}
            >
              {state.page > 1 ? (
                <Link
                  prefetch={false}
                  className="text-primary hover:underline"
                  href={searchHref(state, { page: state.page - 1 })}
                >
                  {t("previous")}
                </Link>
              ) : (
                <span />
              )}
              {section?.nextCursor && (
                <Link
                  prefetch={false}
                  className="text-primary hover:underline"
                  href={searchHref(state, { page: state.page + 1 })}
                >
                  {t("next")}
                </Link>
              )}
            </nav>
          </div>
        </div>
      ) : (
        (["people", "companies", "posts"] as const).map((kind) => (
          <Card key={kind} className="p-0 sm:p-0">
            <CardTitle className="px-5 pt-4">{t(`tabs.${kind}`)}</CardTitle>
            <ResultList type={kind} results={results} state={state} />
            {(results[kind]?.total ?? 0) > (results[kind]?.hits.length ?? 0) && (
              <Link
                prefetch={false}
                href={searchHref(state, { type: kind })}
                className="text-primary border-border block border-t px-5 py-3 text-center text-sm font-semibold hover:underline"
              >
                {t(`seeAll.${kind}`)}
              </Link>
            )}
          </Card>
        ))
      )}
    </div>
  );
}

function ResultList({
  type,
  results,
  state,
}: {
  type: ResultType;
  results: SearchResults;
  state: SearchState;
}) {
  const rows: ReactNode[] =
    type === "people"
      ? (results.people?.hits ?? []).map((person) => <PersonResultRow key={person.id} person={person} />)
      : type === "companies"
        ? (results.companies?.hits ?? []).map((company) => (
            <CompanyResultRow key={company.id} company={company} />
          ))
        : (results.posts?.hits ?? []).map((post) => <PostResultRow key={post.id} post={post} />);
  return rows.length ? (
    <ul className="divide-border divide-y" data-testid={`${type}-results`}>
      {rows}
    </ul>
  ) : (
    <NoResults query={state.q} />
  );
}

async function NoResults({ query }: { query: string }) {
  const t = await getTranslations("search");
  return <p className="text-muted px-5 py-4 text-sm">{query ? t("noResults", { query }) : t("noQuery")}</p>;
}
