"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { api } from "@/lib/api/client";
import { CONTENT_REPORT_REASONS, REPORT_DETAILS_MAX } from "@/lib/feed/limits";

/** Report a post or a comment: a reason, optional details, into the moderators' queue. */
export function ReportForm({
  route,
  id,
  idPrefix,
  onDone,
  onCancel,
}: {
  route: "posts/{id}/report" | "comments/{id}/report";
  id: string;
  idPrefix: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("feed");
  const tn = useTranslations("network");
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsBusy(true);
    try {
      await api("post", route, {
        path: { id },
        body: { reason: form.get("reason"), details: form.get("details") },
      });
      onDone(tn("reported"));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setIsBusy(false);
    }
  }
  return (
    <form className="border-border flex flex-col gap-3 rounded-md border p-4" onSubmit={submit}>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">{t("reportTitle")}</legend>
        {CONTENT_REPORT_REASONS.map((reason) => (
          <label key={reason} className="flex items-center gap-2 text-sm">
            <input type="radio" name="reason" value={reason} required />
            {tn(`reasons.${reason}`)}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${idPrefix}-report-details`}>{tn("reportDetails")}</Label>
        <Textarea id={`${idPrefix}-report-details`} name="details" maxLength={REPORT_DETAILS_MAX} rows={2} />
      </div>
      {error && (
        <p role="alert" className="text-danger text-sm">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={isBusy}>
          {tn("reportSend")}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
