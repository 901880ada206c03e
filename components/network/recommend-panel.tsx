"use client";
import { MessageSquareQuote } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, FieldMessages } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { api } from "@/lib/api/client";
import { useRelationship } from "./use-relationship";
import { RECOMMENDATION_BODY_MAX, RECOMMENDATION_RELATIONSHIP_MAX } from "@/lib/network/limits";

/** For a 1st-degree connection: write, edit or delete your recommendation of them. */
export function RecommendPanel({ name }: { name: string }) {
  const t = useTranslations("network");
  const { handle, state, reload } = useRelationship();
  const [isOpen, setIsOpen] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  if (!state?.isConnected) return null;
  const written = state.recommendation ?? null;

  async function save(call: () => Promise<unknown>, success: string) {
    setIsBusy(true);
    setFieldErrors({});
    try {
      await call();
      setIsOpen(false);
      setNotice({ tone: "success", text: success });
      reload();
    } catch (failure) {
      const { message, fields } = failure as Error & { fields?: Record<string, string> };
      setFieldErrors(fields ?? {});
      setNotice({ tone: "danger", text: message });
    } finally {
      setIsBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void save(
      () =>
        api("put", "people/{handle}/recommendation", {
          path: { handle },
          body: { relationship: form.get("relationship"), body: form.get("body") },
        }),
      t("recommendationSaved", { name }),
    );
  }

  return (
    <Card className="flex flex-col gap-3" data-testid="recommend">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle className="flex items-center gap-2 text-base">
          <MessageSquareQuote aria-hidden className="text-primary size-5" />
          {t("recommendTitle", { name })}
        </CardTitle>
        {!isOpen && (
          <Button variant="outline" size="sm" onClick={() => (setIsOpen(true), setNotice(null))}>
            {written ? t("editRecommendation") : t("writeRecommendation")}
          </Button>
        )}
      </div>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {isOpen && (
        <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
          <Field
            name="relationship"
            id="recommend-relationship"
            label={t("recommendationRelationship", { name })}
            hint={t("recommendationRelationshipHint")}
            error={fieldErrors.relationship}
            maxLength={RECOMMENDATION_RELATIONSHIP_MAX}
            defaultValue={written?.relationship}
          />
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="recommend-body">{t("recommendationBody")}</Label>
            <Textarea
              id="recommend-body"
              name="body"
              rows={6}
              maxLength={RECOMMENDATION_BODY_MAX}
              defaultValue={written?.body}
              aria-invalid={fieldErrors.body ? true : undefined}
              aria-describedby={fieldErrors.body ? "recommend-body-error" : undefined}
            />
            <FieldMessages id="recommend-body" error={fieldErrors.body} />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={isBusy}>
              {t("saveRecommendation")}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setIsOpen(false)}>
              {t("cancel")}
            </Button>
            {written && (
              <Button
                type="button"
                variant="danger"
                className="ml-auto"
                disabled={isBusy}
                onClick={() =>
                  void save(
                    () => api("delete", "people/{handle}/recommendation", { path: { handle } }),
                    t("recommendationDeleted"),
                  )
                }
              >
                {t("deleteRecommendation")}
              </Button>
            )}
          </div>
        </form>
      )}
    </Card>
  );
}
