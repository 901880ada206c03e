import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/** What a list shows before it has anything: an icon, what will appear here, and the next step. */
export function EmptyState({
  icon: Icon,
  title,
  body,
  action,
}: {
  icon: LucideIcon;
  title: string;
  body?: string;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center gap-3 px-4 py-12 text-center">
      <span className="bg-accent text-primary flex size-16 items-center justify-center rounded-full">
        <Icon aria-hidden className="size-8" />
      </span>
      <h2 className="text-lg font-semibold">{title}</h2>
      {body && <p className="text-muted max-w-md text-sm">{body}</p>}
      {action}
    </div>
  );
}
