import { Search } from "lucide-react";

/** The global search box: a plain GET form, so it works before any JavaScript loads. */
export function SearchBox({ placeholder, label }: { placeholder: string; label: string }) {
  return (
    <form action="/search" role="search" className="relative min-w-0 flex-1 md:max-w-72">
      <Search
        aria-hidden
        className="text-muted pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2"
      />
      <input
        type="search"
        name="q"
        aria-label={label}
        placeholder={placeholder}
        maxLength={200}
        className="bg-surface-muted text-foreground placeholder:text-muted focus-visible:outline-ring h-9 w-full rounded-md pr-3 pl-9 text-sm focus-visible:outline-2"
      />
    </form>
  );
}
