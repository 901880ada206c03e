import { Inbox } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { pickSearchParams, resetOnBadQuery } from "@/lib/api/page-query";
import { requireViewer } from "@/lib/core/viewer";
import { listMyRoleOffers } from "@/lib/companies/admin-invitations";
import { listInvitations } from "@/lib/network/list-invitations";
import { networkSummary } from "@/lib/network/network-summary";
import { RoleOffers } from "@/components/companies/role-offers";
import { InvitationRow } from "@/components/network/invitation-row";
import { NetworkNav } from "@/components/network/network-nav";
import { PageLinks } from "@/components/network/page-links";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata() {
  return { title: (await getTranslations("network"))("invitationsTitle") };
}

/**
 * Pending invitations: received (accept or ignore, with the sender's note; page roles offered too) or sent
 * (withdraw).
 */
export default async function InvitationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("/network/invitations");
  const params = pickSearchParams(await searchParams, ["box", "cursor"]);
  const box = params.box === "sent" ? "sent" : "received";
  const [summary, invitations, roleOffers, t, format] = await Promise.all([
    networkSummary(viewer),
    listInvitations(viewer, { box, cursor: params.cursor, limit: 20 }).catch(
      resetOnBadQuery(`/network/invitations?box=${box}`),
    ),
    box === "received" ? listMyRoleOffers(viewer) : [],
    getTranslations("network"),
    getFormatter(),
  ]);
  const tabs = [
    {
      box: "received",
      href: "/network/invitations",
      label: t("invitationsReceivedLink"),
      count: summary.received,
    },
    {
      box: "sent",
      href: "/network/invitations?box=sent",
      label: t("invitationsSentLink"),
      count: summary.sent,
    },
  ] as const;
  return (
    <div className="grid items-start gap-4 lg:grid-cols-[16rem_1fr]">
      <NetworkNav current={box} counts={summary} />
      <Card className="flex min-w-0 flex-col gap-3">
        <h1 className="text-xl font-semibold">{t("invitationsTitle")}</h1>
        <nav className="border-border flex gap-4 border-b text-sm" aria-label={t("invitationsTitle")}>
          {tabs.map((tab) => (
            <Link
              key={tab.box}
              href={tab.href}
              aria-current={tab.box === box ? "page" : undefined}
              className={cn(
                "-mb-px border-b-2 px-1 pb-2",
                tab.box === box
                  ? "border-primary text-primary font-semibold"
                  : "text-muted border-transparent",
              )}
            >
              {tab.label} ({format.number(tab.count)})
            </Link>
          ))}
        </nav>
        {roleOffers.length > 0 && <RoleOffers offers={roleOffers} />}
        {invitations.items.length === 0 ? (
          <EmptyState icon={Inbox} title={box === "sent" ? t("sentNone") : t("invitationsNone")} />
        ) : (
          <ul className="divide-border divide-y" data-testid={`invitations-${box}`}>
            {invitations.items.map((invitation) => (
              <InvitationRow key={invitation.id} invitation={invitation} box={box} />
            ))}
          </ul>
        )}
        <PageLinks
          path="/network/invitations"
          query={{ box: box === "sent" ? "sent" : undefined }}
          cursor={params.cursor}
          nextCursor={invitations.nextCursor}
        />
      </Card>
    </div>
  );
}
