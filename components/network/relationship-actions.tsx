"use client";
import { Check, Ellipsis, UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Field, FieldMessages } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { REPORT_REASONS } from "@/lib/network/report-reasons";
import { api } from "@/lib/api/client";
import { useRelationship } from "./use-relationship";
import { NOTE_MAX, REPORT_DETAILS_MAX } from "@/lib/network/limits";

type Panel = "invite" | "block" | "report" | null;
type Notice = { tone: "success" | "danger"; text: string } | null;

/**
 * The viewer's degree to this member, the connections they have in common, and what they can do: connect
 * (with a note), answer or withdraw an invitation, follow, remove the connection, report, block. Loaded in the
 * browser, so that the page around it can be shared by all members.
 */
export function RelationshipActions({ handle, name }: { handle: string; name: string }) {
  const t = useTranslations("network");
  const { state, reload } = useRelationship();
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [isBusy, setIsBusy] = useState(false);
  // after a block the member is gone from view (the relationship is "not found"): only the notice stays
  if (!state || state.isSelf) return notice && <Alert tone={notice.tone}>{notice.text}</Alert>;
  const member = { path: { handle } };

  async function act(call: () => Promise<unknown>, success?: string) {
    setIsBusy(true);
    setFieldErrors({});
    try {
      const result = (await call()) as { status?: string } | null;
      setPanel(null);
      const text = result?.status === "connected" ? t("connected") : success;
      setNotice(text ? { tone: "success", text } : null);
      reload();
    } catch (error) {
      const { message, fields } = error as Error & { fields?: Record<string, string> };
      setFieldErrors(fields ?? {});
      setNotice({ tone: "danger", text: message || t("failed") });
    } finally {
      setIsBusy(false);
    }
  }

  /** A panel's form: sends its fields with `call`, then says `success`. */
  const submitWith =
    (call: (form: FormData) => Promise<unknown>, success: string) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      void act(() => call(form), success);
    };

  const invitation = state.invitation;
  return (
    <div className="flex flex-col gap-3" data-testid="relationship">
      {(state.degree || state.mutual.count > 0) && (
        <p className="text-muted flex flex-wrap items-center gap-2 text-sm">
          {state.degree && (
            <span
              className="border-border rounded-full border px-2 py-0.5 text-xs font-semibold"
              title={t("degreeLabel", { degree: state.degree })}
              data-testid="degree"
            >
              {t("degree", { degree: state.degree })}
            </span>
          )}
          {state.mutual.count > 0 && (
            <span className="flex items-center gap-1.5" data-testid="mutual">
              <span className="flex -space-x-2">
                {state.mutual.people.map((p) => (
                  <Avatar
                    key={p.id}
                    name={p.name}
                    src={p.avatar?.sm}
                    className="border-surface size-6 border-2 text-[10px]"
                  />
                ))}
              </span>
              {t("mutual", { count: state.mutual.count })}
            </span>
          )}
        </p>
      )}
      {invitation && !invitation.isSent && <p className="text-sm">{t("invitedYou", { name })}</p>}
      <div className="flex flex-wrap gap-2">
        {state.isBlocking ? (
          <Button
            size="sm"
            variant="outline"
            disabled={isBusy}
            onClick={() => act(() => api("delete", "blocks/{handle}", member))}
          >
            {t("unblock")}
          </Button>
        ) : invitation && !invitation.isSent ? (
          <>
            <Button
              size="sm"
              disabled={isBusy}
              onClick={() =>
                act(
                  () => api("post", "invitations/{id}/accept", { path: { id: invitation.id } }),
                  t("connected"),
                )
              }
            >
              {t("accept")}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={isBusy}
              onClick={() =>
                act(() => api("post", "invitations/{id}/ignore", { path: { id: invitation.id } }))
              }
            >
              {t("ignore")}
            </Button>
          </>
        ) : invitation ? (
          <>
            <Button size="sm" variant="outline" disabled>
              <Check aria-hidden className="size-4" />
              {t("pending")}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={isBusy}
              onClick={() => act(() => api("delete", "invitations/{id}", { path: { id: invitation.id } }))}
            >
              {t("withdraw")}
            </Button>
          </>
        ) : (
          !state.isConnected && (
            <Button
              size="sm"
              disabled={isBusy}
              onClick={() => setPanel(panel === "invite" ? null : "invite")}
            >
              <UserPlus aria-hidden className="size-4" />
              {t("connect")}
            </Button>
          )
        )}
        {!state.isBlocking && (
          <Button
            size="sm"
            variant="outline"
            aria-pressed={state.isFollowing}
            disabled={isBusy}
            onClick={() => act(() => api(state.isFollowing ? "delete" : "put", "follows/{handle}", member))}
          >
            {state.isFollowing ? t("unfollow") : t("follow")}
          </Button>
        )}
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button size="sm" variant="ghost" aria-label={t("more")}>
              <Ellipsis aria-hidden className="size-4" />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            {state.isConnected && (
              <DropdownMenuItem
                onSelect={() => act(() => api("delete", "connections/{handle}", member), t("removed"))}
              >
                {t("removeConnection")}
              </DropdownMenuItem>
            )}
            <DropdownMenuItem onSelect={() => setPanel("report")}>{t("report")}</DropdownMenuItem>
            {!state.isBlocking && (
              <DropdownMenuItem onSelect={() => setPanel("block")}>{t("block")}</DropdownMenuItem>
            )}
          </DropdownMenuContent>
        </DropdownMenu>
      </div>

      {panel === "invite" && (
        <form
          className="border-border flex flex-col gap-3 rounded-md border p-4"
          onSubmit={submitWith(
            (form) =>
              api("post", "invitations", {
                body: { handle, note: form.get("note"), email: form.get("email") ?? undefined },
              }),
            t("sent"),
          )}
        >
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="invitation-note">{t("noteLabel")}</Label>
            <Textarea
              id="invitation-note"
              name="note"
              maxLength={NOTE_MAX}
              rows={3}
              aria-describedby="invitation-note-hint"
            />
            <FieldMessages
              id="invitation-note"
              hint={t("noteHint")}
              error={fieldErrors.note && notice?.text}
            />
          </div>
          {state.isEmailNeededToInvite && (
            <Field
              name="email"
              type="email"
              label={t("emailLabel")}
              hint={t("emailHint")}
              required
              autoComplete="off"
            />
          )}
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={isBusy}>
              {t("send")}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setPanel(null)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}

      {panel === "block" && (
        <div
          className="border-border flex flex-col gap-3 rounded-md border p-4"
          role="group"
          aria-labelledby="block-title"
        >
          <p id="block-title" className="font-semibold">
            {t("blockTitle", { name })}
          </p>
          <p className="text-muted text-sm">{t("blockText")}</p>
          <div className="flex gap-2">
            <Button
              size="sm"
              variant="danger"
              disabled={isBusy}
              onClick={() => act(() => api("put", "blocks/{handle}", member), t("blocked", { name }))}
            >
              {t("blockConfirm")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setPanel(null)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      )}

      {panel === "report" && (
        <form
          className="border-border flex flex-col gap-3 rounded-md border p-4"
          onSubmit={submitWith(
            (form) =>
              api("post", "reports", {
                body: { handle, reason: form.get("reason"), details: form.get("details") },
              }),
            t("reported"),
          )}
        >
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 font-semibold">{t("reportTitle", { name })}</legend>
            {REPORT_REASONS.map((reason) => (
              <label key={reason} className="flex items-center gap-2 text-sm">
                <input type="radio" name="reason" value={reason} required />
                {t(`reasons.${reason}`)}
              </label>
            ))}
          </fieldset>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="report-details">{t("reportDetails")}</Label>
            <Textarea id="report-details" name="details" maxLength={REPORT_DETAILS_MAX} rows={2} />
          </div>
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={isBusy}>
              {t("reportSend")}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setPanel(null)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}

      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </div>
  );
}
