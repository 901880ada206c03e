"use client";

import { useCombobox } from "downshift";
import { Building2, Hash, Search } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import { companyName } from "@/lib/companies/names";
import type { Suggestions } from "@/lib/discovery/suggest";
import { Highlighted } from "@/components/search/highlighted";
import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/components/ui/cn";
import { api } from "@/lib/api/client";
import { SEARCH_QUERY_MAX } from "@/lib/discovery/limits";

type Item = {
  key: string;
  href: string;
  group: "people" | "companies" | "hashtags" | "all";
  body: ReactNode;
};

/**
 * The global search box. A plain GET form to /search (so it works before any JavaScript loads), with a typeahead
 * of the top people, companies and hashtags for what is typed so far (the REST search/suggest on each key).
 */
export function SearchBox({ isMember }: { isMember: boolean }) {
  const t = useTranslations("header");
  const locale = useLocale();
  const router = useRouter();
  // what was typed, for the suggestions (the input's value itself is downshift's: controlling it loses keys)
  const [typed, setTyped] = useState("");
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  async function load(q: string) {
    inFlight.current?.abort();
    if (!q.trim()) return setSuggestions(null);
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      setSuggestions(
        (await api("get", "search/suggest", { query: { q }, signal: controller.signal })) as Suggestions,
      );
    } catch {
      // a newer key press took over, or the network is gone: the form still searches
    }
  }

  const items = suggestions && typed.trim() ? itemsOf(suggestions, typed.trim()) : [];
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps } = useCombobox({
    items,
    selectedItem: null,
    itemToString: () => typed,
    onInputValueChange: ({ inputValue }) => {
      setTyped(inputValue);
      void load(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) router.push(selectedItem.href);
    },
  });

  function itemsOf(found: Suggestions, q: string): Item[] {
    const hashtagHref = (name: string) =>
      isMember
        ? `/feed/hashtag/${encodeURIComponent(name)}`
        : `/search?type=posts&hashtags=${encodeURIComponent(name)}`;
    return [
      ...found.people.map((person) => ({
        key: `p:${person.id}`,
        href: `/in/${person.handle}`,
        group: "people" as const,
        body: (
          <>
            <Avatar name={person.name} src={person.avatar?.sm} className="size-8" />
            <span className="min-w-0">
              <span className="block truncate font-medium">
                <Highlighted segments={person.highlight.name} text={person.name} />
                {person.degree && (
                  <span className="text-muted font-normal">
                    {" "}
                    · {t("suggest.degree", { degree: person.degree })}
                  </span>
                )}
              </span>
              {person.headline && (
                <span className="text-muted block truncate text-xs">{person.headline}</span>
              )}
            </span>
          </>
        ),
      })),
      ...found.companies.map((company) => ({
        key: `c:${company.id}`,
        href: `/company/${company.slug}`,
        group: "companies" as const,
        body: (
          <>
            {company.logo ? (
              // eslint-disable-next-line @next/next/no-img-element -- stored pre-resized (lib/media)
              <img src={company.logo} alt="" className="size-8 shrink-0 rounded-md object-cover" />
            ) : (
              <Building2 aria-hidden className="text-muted size-8 shrink-0 p-1.5" />
            )}
            <span className="min-w-0">
              <span className="block truncate font-medium">{companyName(company, locale)}</span>
              <span className="text-muted block truncate text-xs">
                {t("suggest.followers", { count: company.followerCount })}
              </span>
            </span>
          </>
        ),
      })),
      ...found.hashtags.map((hashtag) => ({
        key: `h:${hashtag.name}`,
        href: hashtagHref(hashtag.name),
        group: "hashtags" as const,
        body: (
          <>
            <Hash aria-hidden className="text-muted size-8 shrink-0 p-1.5" />
            <span className="min-w-0">
              <span className="block truncate font-medium">
                <Highlighted segments={hashtag.highlight} text={hashtag.name} />
              </span>
              <span className="text-muted block text-xs">
                {t("suggest.postCount", { count: hashtag.postCount })}
              </span>
            </span>
          </>
        ),
      })),
      {
        key: "all",
        href: `/search?q=${encodeURIComponent(q)}`,
        group: "all" as const,
        body: (
          <>
            <Search aria-hidden className="text-muted size-8 shrink-0 p-1.5" />
            <span className="min-w-0 truncate font-medium">{t("suggest.seeAll", { query: q })}</span>
          </>
        ),
      },
    ];
  }

  const groups = (["people", "companies", "hashtags", "all"] as const).map((group) => ({
    group,
    items: items.map((item, index) => ({ item, index })).filter(({ item }) => item.group === group),
  }));

  return (
    <form action="/search" role="search" className="relative min-w-0 flex-1 md:max-w-72">
      <Search
        aria-hidden
        className="text-muted pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2"
      />
      <input
        {...getInputProps({
          type: "search",
          name: "q",
          "aria-label": t("searchLabel"),
          placeholder: t("searchPlaceholder"),
          maxLength: SEARCH_QUERY_MAX,
          autoComplete: "off",
          onKeyDown: (event) => {
            // downshift swallows Enter while its menu is open; with nothing highlighted Enter searches. An IME
            // composing Chinese also sends Enter, to commit the characters: that one is not a search.
            if (event.key !== "Enter" || event.nativeEvent.isComposing || highlightedIndex >= 0) return;
            (
              event.nativeEvent as KeyboardEvent & { preventDownshiftDefault?: boolean }
            ).preventDownshiftDefault = true;
            event.preventDefault();
            const q = event.currentTarget.value.trim();
            router.push(q ? `/search?q=${encodeURIComponent(q)}` : "/search");
          },
        })}
        className="bg-surface-muted text-foreground placeholder:text-muted focus-visible:outline-ring h-9 w-full rounded-md pr-3 pl-9 text-sm focus-visible:outline-2"
      />
      <div
        {...getMenuProps({ "aria-label": t("suggest.suggestions") })}
        className={cn(
          // on a phone the box is narrow: the list spans the screen under the header
          "border-border bg-surface absolute top-full left-0 z-50 mt-1 w-[26rem] overflow-hidden rounded-lg border py-1 shadow-lg max-sm:fixed max-sm:inset-x-3 max-sm:top-14 max-sm:w-auto",
          !(isOpen && items.length) && "hidden",
        )}
      >
        {isOpen &&
          groups.map(
            ({ group, items: inGroup }) =>
              inGroup.length > 0 && (
                <div
                  key={group}
                  role="group"
                  aria-labelledby={group === "all" ? undefined : `suggest-${group}`}
                >
                  {group !== "all" && (
                    <div id={`suggest-${group}`} className="text-muted px-3 pt-2 pb-1 text-xs font-semibold">
                      {t(`suggest.${group}`)}
                    </div>
                  )}
                  {inGroup.map(({ item, index }) => (
                    <div
                      key={item.key}
                      {...getItemProps({ item, index })}
                      className={cn(
                        "flex cursor-pointer items-center gap-3 px-3 py-1.5 text-sm",
                        highlightedIndex === index && "bg-surface-muted",
                        group === "all" && "border-border mt-1 border-t pt-2",
                      )}
                    >
                      {item.body}
                    </div>
                  ))}
                </div>
              ),
          )}
      </div>
    </form>
  );
}
