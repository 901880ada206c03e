import { BadgeCheck } from "lucide-react";

/** The mark of a page that confirmed its domain, or of an employee who confirmed a work address there. */
export function VerifiedBadge({ label, className }: { label: string; className?: string }) {
  return (
    <span className={className} title={label}>
      <BadgeCheck aria-hidden className="text-primary inline size-5 align-text-bottom" />
      <span className="sr-only">{label}</span>
    </span>
  );
}
