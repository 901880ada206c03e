"use client";

import { Loader2, Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { SEARCH_QUERY_MAX } from "@/lib/discovery/limits";

/**
 * A search page's own box: each key press replaces the URL (keeping the page's other parameters — tab,
 * filters, sort — and starting again at page 1), and the page renders the new results; a newer key press
 * supersedes a render still on its way. Without JavaScript it is a plain GET form.
 */
export function SearchAsYouType({
  action,
  q,
  kept,
  label,
  placeholder,
}: {
  action: string;
  q: string;
  /** the URL's other parameters, as they are */
  kept: [string, string][];
  label: string;
  placeholder: string;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [value, setValue] = useState(q);
  const input = useRef<HTMLInputElement>(null);
  // a search started elsewhere (the header's box, a link) shows here; what is being typed stays as typed
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(q);
  }, [q]);
  const hrefFor = (typed: string) => {
    const params = new URLSearchParams(kept);
    if (typed) params.set("q", typed);
    return params.size ? `${action}?${params}` : action;
  };
  return (
    <form action={action} role="search" className="relative" aria-busy={isPending}>
      {kept.map(([name, keptValue], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={keptValue} />
      ))}
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
        maxLength={SEARCH_QUERY_MAX}
        autoComplete="off"
        onChange={(event) => {
          setValue(event.currentTarget.value);
          const href = hrefFor(event.currentTarget.value.trim());
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
