"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { callApi } from "@/lib/api/call-api";
import { Button } from "@/components/ui/button";

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
  const path = `/api/v1/recruiter/projects/${projectId}/candidates/${handle}`;
  const run = async (method: string, body?: object) => {
    setError(null);
    try {
      await callApi(method, path, body);
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
          onChange={(event) => void run("PATCH", { stage: event.currentTarget.value })}
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
          onClick={() => void run("DELETE")}
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
        maxLength={2000}
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
          onClick={() => void run("PATCH", { note: text })}
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
