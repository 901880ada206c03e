import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { personRelationship } from "@/lib/network/person-relationship";
import { getProfile } from "@/lib/profiles/get-profile";
import { ActionForm } from "@/components/network/action-form";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { changeRelationshipAction, type RelationshipChange } from "./actions";
import { RELATIONSHIP_NOTICES } from "./notices";

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("network"))("relationshipTitle"), robots: { index: false } };
}

/**
 * /in/<handle>/connect: the viewer's relationship with a member as plain forms, rendered for them alone — what
 * the profile's buttons do, for a browser without JavaScript (the profile links here from a <noscript>).
 */
export default async function RelationshipPage({ params, searchParams }: Props) {
  const [{ handle }, { done }] = await Promise.all([params, searchParams]);
  const notice = RELATIONSHIP_NOTICES.find((key) => key === done);
  const viewer = await requireViewer(`/in/${handle}/connect`);
  const [state, profile, t] = await Promise.all([
    personRelationship(viewer, { handle }).catch(notFoundOnAppError),
    getProfile(viewer, handle).catch(notFoundOnAppError),
    getTranslations("network"),
  ]);
  if (state.isSelf) notFound();
  const form = (change: RelationshipChange) => changeRelationshipAction.bind(null, change, handle);
  const name = profile.name;
  const invitation = state.invitation;
  return (
    <Card className="mx-auto flex w-full max-w-xl flex-col gap-5">
      <div className="flex items-center gap-3">
        <Avatar name={name} src={profile.avatar?.md} className="size-14 text-lg" />
        <div className="min-w-0">
          <h1 className="text-xl font-semibold wrap-anywhere">
            <Link href={`/in/${handle}`} className="hover:underline">
              {name}
            </Link>
          </h1>
          {profile.headline && <p className="text-muted text-sm wrap-anywhere">{profile.headline}</p>}
          <p className="text-muted text-xs">
            {[
              state.degree && t("degree", { degree: state.degree }),
              state.mutual.count > 0 && t("mutual", { count: state.mutual.count }),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
      </div>

      {notice && <Alert tone="success">{t(notice, { name })}</Alert>}
      {state.isBlocking ? (
        <ActionForm action={form("unblock")} label={t("unblock")} name={name} />
      ) : (
        <>
          {invitation && !invitation.isSent && (
            <div className="flex flex-col gap-2">
              <p className="text-sm">{t("invitedYou", { name })}</p>
              <div className="flex flex-wrap gap-2">
                <ActionForm
                  action={form("accept")}
                  label={t("accept")}
                  name={name}
                  invitationId={invitation.id}
                />
                <ActionForm
                  action={form("ignore")}
                  label={t("ignore")}
                  name={name}
                  invitationId={invitation.id}
                  variant="ghost"
                />
              </div>
            </div>
          )}
          {invitation?.isSent && (
            <div className="flex flex-wrap items-center gap-2">
              <p className="text-muted text-sm">{t("pending")}</p>
              <ActionForm
                action={form("withdraw")}
                label={t("withdraw")}
                name={name}
                invitationId={invitation.id}
                variant="outline"
              />
            </div>
          )}
          {!invitation && !state.isConnected && (
            <ActionForm
              action={form("invite")}
              label={t("send")}
              name={name}
              fields={[
                { name: "note", label: t("noteLabel"), hint: t("noteHint"), type: "textarea" },
                ...(state.isEmailNeededToInvite
                  ? [{ name: "email", label: t("emailLabel"), hint: t("emailHint"), type: "email" as const }]
                  : []),
              ]}
            />
          )}
          <div className="border-border flex flex-wrap gap-2 border-t pt-4">
            <ActionForm
              action={form(state.isFollowing ? "unfollow" : "follow")}
              label={state.isFollowing ? t("unfollow") : t("follow")}
              name={name}
              variant="outline"
            />
            {state.isConnected && (
              <ActionForm action={form("remove")} label={t("removeConnection")} name={name} variant="ghost" />
            )}
          </div>
          <details className="border-border border-t pt-4">
            <summary className="cursor-pointer text-sm font-semibold">{t("block")}</summary>
            <p className="text-muted my-2 text-sm">{t("blockText")}</p>
            <ActionForm action={form("block")} label={t("blockConfirm")} name={name} variant="danger" />
          </details>
        </>
      )}
    </Card>
  );
}

function notFoundOnAppError(error: unknown): never {
  if (error instanceof AppError) notFound();
  throw error;
}
