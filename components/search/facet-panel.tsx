import { getTranslations } from "next-intl/server";
import type { FacetValue } from "@/lib/discovery/plan";
import { FIXED_FACET_VALUES } from "@/lib/discovery/search-query";
import { searchHref, type SearchState } from "@/lib/discovery/search-url";
import { FacetList } from "./facet-list";

/** /search's facets: what each facet and value is called, and the URL a choice leads to. */
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
  return (
    <FacetList
      label={t("filters")}
      clearLabel={t("clearFilters")}
      facets={facets}
      filters={state.filters}
      hrefOf={(filters) => searchHref(state, { filters })}
      titleOf={(facet) => t(`facets.${facet}` as never)}
      valueLabel={label}
    />
  );
}
