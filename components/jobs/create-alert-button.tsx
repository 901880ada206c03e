"use client";
import { BellPlus, Check } from "lucide-react";
import { useState } from "react";
import { api } from "@/lib/api/client";
import { Button } from "@/components/ui/button";

/** Saves the search on screen as a job alert, and says so (or why not) beside the button. */
export function CreateAlertButton({
  query,
  filters,
  label,
  createdLabel,
}: {
  query: string;
  filters: Record<string, string[]>;
  label: string;
  createdLabel: string;
}) {
  const [state, setState] = useState<
    { status: "idle" | "busy" | "done" } | { status: "error"; message: string }
  >({
    status: "idle",
  });
  async function create() {
    setState({ status: "busy" });
    try {
      await api("post", "me/job-alerts", { body: { query, filters } });
      setState({ status: "done" });
    } catch (failure) {
      setState({ status: "error", message: (failure as Error).message });
    }
  }
  if (state.status === "done")
    return (
      <p role="status" className="text-success inline-flex items-center gap-1 text-sm font-semibold">
        <Check aria-hidden className="size-4" />
        {createdLabel}
      </p>
    );
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button size="sm" variant="outline" disabled={state.status === "busy"} onClick={() => void create()}>
        <BellPlus aria-hidden className="size-4" />
        {label}
      </Button>
      {state.status === "error" && (
        <span role="alert" className="text-danger text-xs">
          {state.message}
        </span>
      )}
    </span>
  );
}
