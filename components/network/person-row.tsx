import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import type { Person } from "@/lib/core/person";
import { Avatar } from "@/components/ui/avatar";

/** A member in a list: photo, name (to their profile), headline, a line about them, and actions on the right. */
export function PersonRow({
  person,
  meta,
  children,
}: {
  person: Person;
  meta?: ReactNode;
  children?: ReactNode;
}) {
  const href = person.handle ? `/in/${person.handle}` : null;
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center" data-testid="person-row">
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <Avatar name={person.name} src={person.avatar?.sm} className="size-12" />
        <div className="min-w-0">
          <p className="font-semibold wrap-anywhere">
            {href ? (
              <Link href={href} className="hover:underline">
                {person.name}
              </Link>
            ) : (
              person.name
            )}
          </p>
          {person.headline && (
            <p className="text-muted line-clamp-2 text-sm wrap-anywhere">{person.headline}</p>
          )}
          {meta && <div className="text-muted mt-1 text-xs">{meta}</div>}
        </div>
      </div>
      {children && <div className="flex shrink-0 flex-wrap gap-2 sm:justify-end">{children}</div>}
    </li>
  );
}
