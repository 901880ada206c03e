import { Check } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FacetValue } from "@/lib/search/plan";
import { FIXED_FACET_VALUES } from "@/lib/search/search-query";
import { searchHref, toggledFilters, type SearchState } from "@/lib/search/search-url";
import { cn } from "@/components/ui/cn";

/** Each facet's values with their counts: a link picks a value (or lets it go), the URL keeps the choice. */
export async function FacetPanel({
  state,
  facets,
}: {
  state: SearchState;
  facets: Record<string, FacetValue[]>;
}) {
  const [t, tIndustry, tCompanies] = await Promise.all([
    getTranslations("search"),
    getTranslations("industries"),
    getTranslations("companies"),
  ]);
  const label = (facet: string, value: string) => {
    if (FIXED_FACET_VALUES[facet]) return t(`values.${facet}.${value}` as never);
    if (facet === "industry") return tIndustry(value as never);
    if (facet === "size") return tCompanies(`sizes.${value}` as never);
    return value;
  };
  const shown = Object.entries(facets).filter(([, values]) => values.length);
  if (!shown.length) return null;
  const hasFilters = Object.keys(state.filters).length > 0;
  return (
    <nav aria-label={t("filters")} className="flex flex-col gap-4" data-testid="facets">
      {hasFilters && (
        <Link
          prefetch={false}
          href={searchHref(state, { filters: {} })}
          className="text-primary text-sm font-semibold hover:underline"
        >
          {t("clearFilters")}
        </Link>
      )}
      {shown.map(([facet, values]) => (
        <section key={facet} aria-labelledby={`facet-${facet}`}>
          <h2 id={`facet-${facet}`} className="text-muted mb-1 text-xs font-semibold tracking-wide uppercase">
            {t(`facets.${facet}` as never)}
          </h2>
          <ul className="flex flex-col">
            {values.map(({ value, count, isSelected }) => (
              <li key={value}>
                <Link
                  prefetch={false}
                  href={searchHref(state, { filters: toggledFilters(state.filters, facet, value) })}
                  aria-current={isSelected ? "true" : undefined}
                  data-testid={`facet-${facet}-${value}`}
                  className={cn(
                    "hover:bg-surface-muted flex items-center gap-2 rounded-md px-2 py-1 text-sm",
                    isSelected && "text-primary font-semibold",
                  )}
                >
                  <span
                    aria-hidden
                    className={cn(
                      "border-border flex size-4 shrink-0 items-center justify-center rounded border",
                      isSelected && "border-primary bg-primary text-white",
                    )}
                  >
                    {isSelected && <Check className="size-3" />}
                  </span>
                  <span className="min-w-0 flex-1 break-words">{label(facet, value)}</span>
                  <span className="text-muted text-xs">{count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
