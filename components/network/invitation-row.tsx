import { useTranslations } from "next-intl";
import { useTimeAgo } from "@/components/i18n/use-time-ago";
import type { listInvitations } from "@/lib/network/list-invitations";
import { ApiButton } from "./api-button";
import { PersonRow } from "./person-row";

type Invitation = Awaited<ReturnType<typeof listInvitations>>["items"][number];

/** An invitation in a list: who, their note and when; ignore or accept one received, withdraw one sent. */
export function InvitationRow({ invitation, box }: { invitation: Invitation; box: "received" | "sent" }) {
  const t = useTranslations("network");
  const ago = useTimeAgo();
  const path = { id: invitation.id };
  return (
    <PersonRow
      person={invitation.person}
      meta={
        <>
          {invitation.note && (
            <q className="text-foreground mb-1 block text-sm whitespace-pre-line">{invitation.note}</q>
          )}
          {t(box === "sent" ? "sentOn" : "receivedOn", { time: ago(invitation.sentAt) })}
        </>
      }
    >
      {box === "sent" ? (
        <ApiButton call={{ method: "delete", route: "invitations/{id}", path }} variant="ghost">
          {t("withdraw")}
        </ApiButton>
      ) : (
        <>
          <ApiButton call={{ method: "post", route: "invitations/{id}/ignore", path }} variant="ghost">
            {t("ignore")}
          </ApiButton>
          <ApiButton call={{ method: "post", route: "invitations/{id}/accept", path }} variant="outline">
            {t("accept")}
          </ApiButton>
        </>
      )}
    </PersonRow>
  );
}
