"use client";
import { Star } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { api } from "@/lib/api/client";
import type { StageName } from "@/lib/jobs/schemas";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { APPLICATION_NOTE_MAX } from "@/lib/jobs/limits";

/** One REST call, then the page's server data again; an error is said where the control is. */
function useApiCall() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startRefresh] = useTransition();
  const run = async (call: () => Promise<unknown>) => {
    setError(null);
    try {
      await call();
      startRefresh(() => router.refresh());
      return true;
    } catch (failure) {
      setError((failure as Error).message);
      return false;
    }
  };
  return { run, error, isPending };
}

const ErrorText = ({ error }: { error: string | null }) =>
  error && (
    <p role="alert" className="text-danger text-sm">
      {error}
    </p>
  );

export function StagePicker({
  applicationId,
  stage,
  stages,
}: {
  applicationId: string;
  stage: StageName;
  stages: { stage: StageName; label: string }[];
}) {
  const t = useTranslations("jobs.review");
  const { run, error, isPending } = useApiCall();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="application-stage" className="text-sm font-semibold">
        {t("stage")}
      </label>
      <select
        id="application-stage"
        defaultValue={stage}
        disabled={isPending}
        onChange={(event) =>
          void run(() =>
            api("put", "applications/{applicationId}/stage", {
              path: { applicationId },
              body: { stage: event.currentTarget.value as StageName },
            }),
          )
        }
        className="border-border bg-surface h-10 rounded-md border px-2"
      >
        {stages.map((option) => (
          <option key={option.stage} value={option.stage}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorText error={error} />
    </div>
  );
}

export function StarRating({ applicationId, mine }: { applicationId: string; mine: number | null }) {
  const t = useTranslations("jobs.review");
  const { run, error, isPending } = useApiCall();
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-semibold">{t("rating")}</legend>
      <div className="flex gap-1">
        {[1, 2, 3, 4, 5].map((stars) => (
          <button
            key={stars}
            type="button"
            disabled={isPending}
            aria-pressed={mine === stars}
            aria-label={t("stars", { count: stars })}
            onClick={() =>
              void run(() =>
                api("put", "applications/{applicationId}/rating", {
                  path: { applicationId },
                  body: { stars },
                }),
              )
            }
            className="focus-visible:outline-ring rounded p-0.5 focus-visible:outline-2"
          >
            <Star
              aria-hidden
              className={cn(
                "size-6",
                mine !== null && stars <= mine ? "fill-warning text-warning" : "text-muted",
              )}
            />
          </button>
        ))}
      </div>
      <ErrorText error={error} />
    </fieldset>
  );
}

export function NoteForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("jobs.review");
  const { run, error, isPending } = useApiCall();
  const [text, setText] = useState("");
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={async (event) => {
        event.preventDefault();
        if (
          await run(() =>
            api("post", "applications/{applicationId}/notes", { path: { applicationId }, body: { text } }),
          )
        )
          setText("");
      }}
    >
      <label htmlFor="application-note" className="text-sm font-medium">
        {t("noteLabel")}
      </label>
      <textarea
        id="application-note"
        rows={3}
        maxLength={APPLICATION_NOTE_MAX}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        className="border-border bg-surface w-full rounded-md border px-3 py-2 text-base"
      />
      <ErrorText error={error} />
      <Button type="submit" size="sm" className="self-start" disabled={isPending || !text.trim()}>
        {t("addNote")}
      </Button>
    </form>
  );
}
