import { Check } from "lucide-react";
import { getLocale } from "next-intl/server";
import { facetValueName } from "@/lib/discovery/facet-names";
import { Link } from "@/components/ui/link";
import type { FacetValue } from "@/lib/discovery/plan";
import { toggledFilters } from "@/lib/discovery/search-url";
import { cn } from "@/components/ui/cn";

type Filters = Record<string, string[] | undefined>;

/**
 * Each facet's values with their counts: a link picks a value (or lets it go), the URL keeps the choice.
 * The page says how a state becomes a URL and what a facet and a value are called; a place or a company page
 * is named in the reader's language.
 */
export async function FacetList({
  label,
  clearLabel,
  facets,
  filters,
  hrefOf,
  titleOf,
  valueLabel,
}: {
  label: string;
  clearLabel: string;
  facets: Record<string, FacetValue[]>;
  filters: Filters;
  hrefOf: (filters: Record<string, string[]>) => string;
  titleOf: (facet: string) => string;
  valueLabel: (facet: string, value: string) => string;
}) {
  const shown = Object.entries(facets).filter(([, values]) => values.length);
  if (!shown.length) return null;
  const locale = await getLocale();
  const hasFilters = Object.values(filters).some((values) => values?.length);
  return (
    <nav aria-label={label} className="flex flex-col gap-4" data-testid="facets">
      {hasFilters && (
        <Link
          prefetch={false}
          href={hrefOf({})}
          className="text-primary text-sm font-semibold hover:underline"
        >
          {clearLabel}
        </Link>
      )}
      {shown.map(([facet, values]) => (
        <section key={facet} aria-labelledby={`facet-${facet}`}>
          <h2 id={`facet-${facet}`} className="text-muted mb-1 text-xs font-semibold tracking-wide uppercase">
            {titleOf(facet)}
          </h2>
          <ul className="flex flex-col">
            {values.map(({ value, count, isSelected, names }) => (
              <li key={value}>
                <Link
                  prefetch={false}
                  href={hrefOf(toggledFilters(filters, facet, value))}
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
                  <span className="min-w-0 flex-1 wrap-anywhere">
                    {names ? facetValueName({ value, names }, locale) : valueLabel(facet, value)}
                  </span>
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
