"use client";
import { Check, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { api } from "@/lib/api/client";
import { useRelationship } from "./use-relationship";

/** "+ Endorse" on a skill of a 1st-degree connection's profile, "✓ Endorsed" to take it back. */
export function EndorseButton({
  handle,
  skillId,
  skill,
}: {
  handle: string;
  skillId: string;
  skill: string;
}) {
  const t = useTranslations("network");
  const { state, reload } = useRelationship();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!state?.isConnected) return null;
  const isEndorsed = state.endorsedSkillIds?.includes(skillId) ?? false;
  async function toggle() {
    setIsBusy(true);
    setError(null);
    try {
      await api(isEndorsed ? "delete" : "put", "people/{handle}/skills/{skillId}/endorsement", {
        path: { handle, skillId },
      });
      reload();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setIsBusy(false);
    }
  }
  return (
    <>
      <button
        type="button"
        onClick={() => void toggle()}
        disabled={isBusy}
        aria-pressed={isEndorsed}
        aria-label={t(isEndorsed ? "endorsedLabel" : "endorseLabel", { skill })}
        className="text-primary hover:bg-accent -mr-1 inline-flex items-center gap-0.5 rounded-full px-1.5 text-xs font-semibold"
      >
        {isEndorsed ? <Check aria-hidden className="size-3.5" /> : <Plus aria-hidden className="size-3.5" />}
        {t(isEndorsed ? "endorsed" : "endorse")}
      </button>
      {error && (
        <span role="alert" className="text-danger text-xs">
          {error}
        </span>
      )}
    </>
  );
}
