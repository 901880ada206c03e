"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { api } from "@/lib/api/client";
import { Button } from "@/components/ui/button";
import { CANDIDATE_NOTE_MAX } from "@/lib/recruiter/limits";

const STAGES = ["sourced", "contacted", "replied", "interviewing", "hired", "archived"] as const;

/** A project candidate's stage, the team's note on them, and taking them out. */
export function CandidateControls({
  projectId,
  handle,
  name,
  stage,
  note,
}: {
  projectId: string;
  handle: string;
  name: string;
  stage: string;
  note: string;
}) {
  const t = useTranslations("recruiter");
  const router = useRouter();
  const [text, setText] = useState(note);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startRefresh] = useTransition();
  const candidate = { path: { projectId, handle } };
  const run = async (call: () => Promise<unknown>) => {
    setError(null);
    try {
      await call();
      startRefresh(() => router.refresh());
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-muted text-xs font-semibold" htmlFor={`stage-${handle}`}>
          {t("project.stage")}
        </label>
        <select
          id={`stage-${handle}`}
          defaultValue={stage}
          disabled={isPending}
          onChange={(event) =>
            void run(() =>
              api("patch", "recruiter/projects/{projectId}/candidates/{handle}", {
                ...candidate,
                body: { stage: event.currentTarget.value },
              }),
            )
          }
          className="border-border bg-surface h-8 rounded-md border px-2 text-sm"
        >
          {STAGES.map((value) => (
            <option key={value} value={value}>
              {t(`stages.${value}`)}
            </option>
          ))}
        </select>
        <Button
          size="sm"
          variant="ghost"
          onClick={() =>
            void run(() => api("delete", "recruiter/projects/{projectId}/candidates/{handle}", candidate))
          }
          aria-label={`${t("project.remove")} ${name}`}
        >
          {t("project.remove")}
        </Button>
      </div>
      <label className="sr-only" htmlFor={`note-${handle}`}>
        {t("project.note")}
      </label>
      <textarea
        id={`note-${handle}`}
        rows={2}
        maxLength={CANDIDATE_NOTE_MAX}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        placeholder={t("project.note")}
        className="border-border bg-surface w-full rounded-md border px-3 py-2 text-sm"
      />
      {text !== note && (
        <Button
          size="sm"
          variant="outline"
          className="self-start"
          onClick={() =>
            void run(() =>
              api("patch", "recruiter/projects/{projectId}/candidates/{handle}", {
                ...candidate,
                body: { note: text },
              }),
            )
          }
        >
          {t("project.saveNote")}
        </Button>
      )}
      {error && (
        <p role="alert" className="text-danger text-xs">
          {error}
        </p>
      )}
    </div>
  );
}
