"use client";
import type { ComponentProps } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { RunButton } from "@/components/ui/run-button";

/** A button that runs one bound server action (approve, pin, delete…), asking first when `confirm` is given. */
export function ActionButton({
  action,
  ...props
}: { action: () => Promise<FormState> } & Omit<ComponentProps<typeof RunButton>, "run">) {
  return (
    <RunButton
      {...props}
      run={async () => {
        const state = await action();
        return state.status === "error"
          ? (state.message ?? Object.values(state.fields ?? {})[0] ?? null)
          : null;
      }}
    />
  );
}
