import { UsersRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/core/viewer";
import { listInvitations } from "@/lib/network/list-invitations";
import { networkSummary } from "@/lib/network/network-summary";
import { listSuggestions } from "@/lib/network/suggestions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InvitationRow } from "@/components/network/invitation-row";
import { NetworkNav } from "@/components/network/network-nav";
import { SuggestionCard } from "@/components/network/suggestion-card";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata() {
  return { title: (await getTranslations("network"))("title") };
}

/** My network: invitations waiting for an answer, and people you may know. */
export default async function NetworkPage() {
  const viewer = await requireViewer("/network");
  const [summary, invitations, suggestions, t] = await Promise.all([
    networkSummary(viewer),
    listInvitations(viewer, { box: "received", limit: 3 }),
    listSuggestions(viewer, { limit: 12 }),
    getTranslations("network"),
  ]);
  return (
    <div className="grid items-start gap-4 lg:grid-cols-[16rem_1fr]">
      <NetworkNav current="overview" counts={summary} />
      <div className="flex min-w-0 flex-col gap-4">
        <h1 className="sr-only">{t("title")}</h1>
        <Card className="flex flex-col gap-1" data-testid="invitations">
          <div className="flex items-center justify-between gap-2">
            <CardTitle>{t("invitationsTitle")}</CardTitle>
            {summary.received > invitations.items.length && (
              <Link
                href="/network/invitations"
                className="text-primary text-sm font-semibold hover:underline"
              >
                {t("seeAllInvitations", { count: summary.received })}
              </Link>
            )}
          </div>
          {invitations.items.length === 0 ? (
            <p className="text-muted py-2 text-sm">{t("invitationsNone")}</p>
          ) : (
            <ul className="divide-border divide-y">
              {invitations.items.map((invitation) => (
                <InvitationRow key={invitation.id} invitation={invitation} box="received" />
              ))}
            </ul>
          )}
        </Card>
        <Card className="flex flex-col gap-4" data-testid="suggestions">
          <div>
            <CardTitle>{t("suggestionsTitle")}</CardTitle>
            <p className="text-muted text-sm">{t("suggestionsBody")}</p>
          </div>
          {suggestions.items.length === 0 ? (
            <EmptyState icon={UsersRound} title={t("emptyTitle")} body={t("suggestionsNone")} />
          ) : (
            <ClientMessages namespaces={["network"]}>
              <ul className="grid grid-cols-2 gap-2 sm:gap-3 md:grid-cols-3 xl:grid-cols-4">
                {suggestions.items.map((suggestion) => (
                  <SuggestionCard key={suggestion.person.id} suggestion={suggestion} />
                ))}
              </ul>
            </ClientMessages>
          )}
        </Card>
      </div>
    </div>
  );
}
