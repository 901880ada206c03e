import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** A section that has no content yet: its title and an empty state saying what will appear. */
export function SectionPlaceholder(props: {
  title: string;
  icon: LucideIcon;
  emptyTitle: string;
  emptyBody: string;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{props.title}</h1>
      <Card>
        <EmptyState icon={props.icon} title={props.emptyTitle} body={props.emptyBody} action={props.action} />
      </Card>
    </div>
  );
}
