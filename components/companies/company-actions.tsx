"use client";
import { BadgeCheck, BarChart3, Check, Handshake, Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { CompanyViewerState } from "@/lib/companies/viewer-state";
import { RELATION_KINDS, RELATION_TITLE_MAX, type RelationKindName } from "@/lib/companies/limits";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { api } from "@/lib/api/client";
import { EMAIL_MAX_LENGTH } from "@/lib/forms/limits";

type Panel = { kind: "claim"; relation: RelationKindName } | { kind: "workEmail" } | null;
type Notice = { tone: "success" | "danger"; text: string } | null;

/**
 * What the viewer can do on a company page: follow, see which connections work there, tell the page how they
 * are tied to it, confirm a work address, and — its admins — edit it or read its analytics. Loaded in the
 * browser: the page around it is one cached render for everyone.
 */
export function CompanyActions({
  slug,
  name,
  isPageVerified,
}: {
  slug: string;
  name: string;
  isPageVerified: boolean;
}) {
  const t = useTranslations("companyActions");
  const [state, setState] = useState<CompanyViewerState | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [isBusy, setIsBusy] = useState(false);
  const page = { path: { slug } };
  const reload = useCallback(
    () =>
      api("get", "companies/{slug}/viewer", { path: { slug } })
        .then((loaded) => setState(loaded as CompanyViewerState))
        .catch(() => setState(null)),
    [slug],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  async function act(call: () => Promise<unknown>, success?: string) {
    setIsBusy(true);
    setNotice(null);
    try {
      await call();
      setPanel(null);
      if (success) setNotice({ tone: "success", text: success });
      await reload();
    } catch (error) {
      setNotice({ tone: "danger", text: (error as Error).message || t("failed") });
    } finally {
      setIsBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    if (panel?.kind === "claim")
      void act(
        () =>
          api("post", "companies/{slug}/relations", {
            ...page,
            body: { kind: panel.relation, title: form.title },
          }),
        t("claimSent"),
      );
    if (panel?.kind === "workEmail")
      void act(
        () => api("post", "companies/{slug}/work-email", { ...page, body: { email: form.email } }),
        t("workEmailSent", { email: form.email ?? "" }),
      );
  }

  if (!state) return <div className="h-9" aria-hidden />;
  if (!state.isSignedIn)
    return (
      <div>
        <Button asChild size="sm">
          <Link href={`/sign-in?callbackUrl=/company/${slug}`}>
            <Plus aria-hidden className="size-4" />
            {t("follow")}
          </Link>
        </Button>
      </div>
    );

  const claimable = RELATION_KINDS.filter(
    (kind) => !state.ties.some((tie) => tie.kind === kind && tie.status !== "declined"),
  );
  const employeeTie = state.ties.find((tie) => tie.kind === "employee" && tie.status !== "declined");
  const { connectionsHere } = state;

  return (
    <div className="flex flex-col gap-3" data-testid="company-actions">
      {connectionsHere.count > 0 && (
        <p className="text-muted flex items-center gap-2 text-sm" data-testid="connections-here">
          <span className="flex -space-x-2" aria-hidden>
            {connectionsHere.people.map((person) => (
              <Avatar
                key={person.id}
                name={person.name}
                src={person.avatar?.sm}
                className="ring-surface size-6 text-[10px] ring-2"
              />
            ))}
          </span>
          {t("connectionsHere", { count: connectionsHere.count })}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant={state.isFollowing ? "outline" : "primary"}
          disabled={isBusy}
          aria-pressed={state.isFollowing}
          onClick={() =>
            void act(() => api(state.isFollowing ? "delete" : "put", "companies/{slug}/follow", page))
          }
        >
          {state.isFollowing ? (
            <Check aria-hidden className="size-4" />
          ) : (
            <Plus aria-hidden className="size-4" />
          )}
          {state.isFollowing ? t("following") : t("follow")}
        </Button>
        {claimable.length > 0 && (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button size="sm" variant="outline" data-testid="claim-menu">
                <Handshake aria-hidden className="size-4" />
                {t("claim.button")}
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="start">
              {claimable.map((relation) => (
                <DropdownMenuItem key={relation} onSelect={() => setPanel({ kind: "claim", relation })}>
                  {t(`claim.${relation}`)}
                </DropdownMenuItem>
              ))}
            </DropdownMenuContent>
          </DropdownMenu>
        )}
        {state.rights.edit && (
          <Button asChild size="sm" variant="outline">
            <Link href={`/company/${slug}/admin`}>
              <Pencil aria-hidden className="size-4" />
              {t("editPage")}
            </Link>
          </Button>
        )}
        {state.rights.viewAnalytics && (
          <Button asChild size="sm" variant="outline">
            <Link href={`/company/${slug}/analytics`}>
              <BarChart3 aria-hidden className="size-4" />
              {t("analyticsLink")}
            </Link>
          </Button>
        )}
      </div>

      {state.ties
        .filter((tie) => tie.status !== "declined")
        .map((tie) => (
          <div
            key={tie.id}
            className="bg-surface-muted flex flex-wrap items-center justify-between gap-2 rounded-md px-3 py-2 text-sm"
            data-testid="my-tie"
          >
            <span className="flex items-center gap-1.5">
              {tie.isVerifiedEmployee && <BadgeCheck aria-hidden className="text-primary size-4" />}
              {t(tie.status === "pending" ? `tie.pending.${tie.kind}` : `tie.approved.${tie.kind}`, { name })}
            </span>
            <span className="flex gap-2">
              {tie === employeeTie && isPageVerified && !tie.isVerifiedEmployee && (
                <Button size="sm" variant="ghost" onClick={() => setPanel({ kind: "workEmail" })}>
                  {t("confirmWorkEmail")}
                </Button>
              )}
              <Button
                size="sm"
                variant="ghost"
                disabled={isBusy}
                onClick={() =>
                  void act(() =>
                    api("delete", "companies/{slug}/relations/{relationId}", {
                      path: { slug, relationId: tie.id },
                    }),
                  )
                }
              >
                {tie.status === "pending" ? t("withdraw") : t("endTie")}
              </Button>
            </span>
          </div>
        ))}

      {panel && (
        <form
          onSubmit={submit}
          className="border-border flex flex-col gap-2 rounded-md border p-3"
          data-testid="tie-form"
        >
          {panel.kind === "claim" ? (
            <>
              <Label htmlFor={`tie-title-${slug}`}>{t(`claim.titleLabel.${panel.relation}`)}</Label>
              <Input
                id={`tie-title-${slug}`}
                name="title"
                maxLength={RELATION_TITLE_MAX}
                placeholder={t(`claim.titlePlaceholder.${panel.relation}`)}
              />
              <p className="text-muted text-xs">{t("claim.hint", { name })}</p>
            </>
          ) : (
            <>
              <Label htmlFor={`work-email-${slug}`}>{t("workEmailLabel")}</Label>
              <Input
                id={`work-email-${slug}`}
                name="email"
                type="email"
                required
                maxLength={EMAIL_MAX_LENGTH}
              />
            </>
          )}
          <div className="flex justify-end gap-2">
            <Button type="button" size="sm" variant="ghost" onClick={() => setPanel(null)}>
              {t("cancel")}
            </Button>
            <Button type="submit" size="sm" disabled={isBusy}>
              {panel.kind === "claim" ? t("claim.submit") : t("sendLink")}
            </Button>
          </div>
        </form>
      )}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </div>
  );
}
