import type { ReactNode } from "react";
import { Card, CardTitle } from "@/components/ui/card";

/** One titled card of a profile page; `action` sits at the title's end (the owner's edit link). */
export function ProfileSection({
  title,
  action,
  children,
  id,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <Card aria-labelledby={id ? `${id}-title` : undefined} id={id} className="flex flex-col gap-4">
      <div className="flex items-center justify-between gap-2">
        <CardTitle id={id ? `${id}-title` : undefined}>{title}</CardTitle>
        {action}
      </div>
      {children}
    </Card>
  );
}
