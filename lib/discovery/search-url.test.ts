import { describe, expect, it } from "vitest";
import { searchHref, searchStateOf, toggledFilters } from "./search-url";

describe("the search URL", () => {
  it("holds the whole state and gives it back", () => {
    const state = searchStateOf({
      q: "产品经理",
      type: "people",
      city: ["杭州", "上海"],
      degree: "2",
      sort: "recent",
      page: "3",
      color: "red",
    });
    expect(state).toEqual({
      q: "产品经理",
      type: "people",
      filters: { city: ["杭州", "上海"], degree: ["2"] },
      sort: "recent",
      page: 3,
    });
    expect(searchStateOf(paramsOf(searchHref(state, { page: 3 })))).toEqual(state);
  });

  it("starts again at the first page on a change, and drops filters of another type", () => {
    const state = searchStateOf({ q: "pm", type: "people", city: "杭州", page: "2" });
    expect(searchHref(state, { sort: "recent" })).toBe(
      "/search?q=pm&type=people&city=%E6%9D%AD%E5%B7%9E&sort=recent",
    );
    expect(searchHref(state, { type: "companies" })).toBe("/search?q=pm&type=companies");
    expect(toggledFilters({ city: ["杭州"] }, "city", "杭州")).toEqual({});
    expect(toggledFilters({}, "degree", "1")).toEqual({ degree: ["1"] });
  });
});

/** A URL's search parameters as Next.js hands them to a page. */
function paramsOf(href: string) {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(href, "http://x").searchParams) {
    const existing = params[key];
    params[key] = existing === undefined ? value : [existing, value].flat();
  }
  return params;
}
