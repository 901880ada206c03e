"use client";

import { SlidersHorizontal } from "lucide-react";
import { useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** The facets beside the results on wide screens; on a phone, behind a button above them. */
export function CollapsibleFacets({
  label,
  pickedCount,
  children,
}: {
  label: string;
  pickedCount: number;
  children: ReactNode;
}) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div>
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls="search-facets"
        onClick={() => setIsOpen(!isOpen)}
        className="border-border bg-surface hover:bg-surface-muted flex h-9 items-center gap-2 rounded-full border px-4 text-sm font-semibold md:hidden"
      >
        <SlidersHorizontal aria-hidden className="size-4" />
        {label}
        {pickedCount > 0 && (
          <span className="bg-primary text-primary-foreground rounded-full px-1.5 text-xs">
            {pickedCount}
          </span>
        )}
      </button>
      <div id="search-facets" className={cn("mt-3 md:mt-0 md:block", !isOpen && "hidden")}>
        {children}
      </div>
    </div>
  );
}
