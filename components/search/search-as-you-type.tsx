"use client";

import { Loader2, Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { searchHref, type SearchState } from "@/lib/search/search-url";

/**
 * The search page's own box: each key press replaces the URL (keeping the tab, filters and sort), and the page
 * renders the new results; a newer key press supersedes a render still on its way. Without JavaScript it is a
 * plain GET form.
 */
export function SearchAsYouType({
  state,
  label,
  placeholder,
}: {
  state: SearchState;
  label: string;
  placeholder: string;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [value, setValue] = useState(state.q);
  const input = useRef<HTMLInputElement>(null);
  // a search started elsewhere (the header's box, a link) shows here; what is being typed stays as typed
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(state.q);
  }, [state.q]);
  return (
    <form action="/search" role="search" className="relative" aria-busy={isPending}>
      {state.type !== "all" && <input type="hidden" name="type" value={state.type} />}
      <Search
        aria-hidden
        className="text-muted pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2"
      />
      <input
        type="search"
        name="q"
        ref={input}
        value={value}
        aria-label={label}
        placeholder={placeholder}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => {
          setValue(event.currentTarget.value);
          const href = searchHref(state, { q: event.currentTarget.value.trim() });
          startTransition(() => router.replace(href, { scroll: false }));
        }}
        className="border-border bg-surface text-foreground placeholder:text-muted focus-visible:outline-ring h-11 w-full rounded-lg border pr-10 pl-10 focus-visible:outline-2"
      />
      {isPending && (
        <Loader2
          aria-hidden
          className="text-muted absolute top-1/2 right-3 size-5 -translate-y-1/2 animate-spin"
        />
      )}
    </form>
  );
}
