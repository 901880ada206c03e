import type { LucideIcon } from "lucide-react";

export type ContactRow = { icon: LucideIcon; label: string; value: string; href: string | null };

/** Ways to reach someone (a member, a company): icon, label, and the value as a link where it is one. */
export function ContactList({ rows, testId }: { rows: ContactRow[]; testId: string }) {
  return (
    <dl className="flex flex-col gap-3 text-sm" data-testid={testId}>
      {rows.map(({ icon: Icon, label, value, href }) => (
        <div key={label} className="flex flex-col gap-0.5">
          <dt className="flex items-center gap-2 font-semibold">
            <Icon aria-hidden className="text-muted size-4 shrink-0" />
            {label}
          </dt>
          <dd className="pl-6 wrap-anywhere">
            {href ? (
              <a
                href={href}
                className="text-primary break-all hover:underline"
                rel="nofollow noopener noreferrer"
              >
                {value}
              </a>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A tel: link for a number as people write it ("+86 571 5555-0101"). */
export const telHref = (number: string) => `tel:${number.replace(/[^+\d]/g, "")}`;
