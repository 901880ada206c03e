import { Inbox, Send, Users } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { LucideIcon } from "lucide-react";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export type NetworkSection = "overview" | "connections" | "received" | "sent";

/** "Manage my network": the viewer's lists with their counts, the current one marked. */
export async function NetworkNav({
  current,
  counts,
}: {
  current: NetworkSection;
  counts: { connections: number; received: number; sent: number };
}) {
  const [t, format] = await Promise.all([getTranslations("network"), getFormatter()]);
  const links: { section: NetworkSection; href: string; label: string; icon: LucideIcon; count: number }[] = [
    {
      section: "connections",
      href: "/network/connections",
      label: t("connectionsLink"),
      icon: Users,
      count: counts.connections,
    },
    {
      section: "received",
      href: "/network/invitations",
      label: t("invitationsReceivedLink"),
      icon: Inbox,
      count: counts.received,
    },
    {
      section: "sent",
      href: "/network/invitations?box=sent",
      label: t("invitationsSentLink"),
      icon: Send,
      count: counts.sent,
    },
  ];
  return (
    <Card className="flex flex-col gap-2 p-4 sm:p-4">
      <CardTitle className="text-base">
        <Link href="/network" className="hover:underline">
          {t("manageTitle")}
        </Link>
      </CardTitle>
      <nav aria-label={t("manageTitle")}>
        <ul className="flex flex-col">
          {links.map(({ section, href, label, icon: Icon, count }) => (
            <li key={section}>
              <Link
                href={href}
                aria-current={section === current ? "page" : undefined}
                className={cn(
                  "hover:bg-surface-muted flex items-center gap-3 rounded-md px-2 py-2 text-sm",
                  section === current && "bg-accent text-primary font-semibold",
                )}
              >
                <Icon aria-hidden className="size-4" />
                <span className="flex-1">{label}</span>
                <span className="text-muted tabular-nums" data-testid={`count-${section}`}>
                  {format.number(count)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </Card>
  );
}
