"use client";
import { useState, useTransition, type ComponentProps } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";

/** A button that runs one bound server action (approve, pin, delete…), asking first when `confirm` is given. */
export function ActionButton({
  action,
  confirm,
  children,
  ...props
}: { action: () => Promise<FormState>; confirm?: string } & Omit<ComponentProps<typeof Button>, "onClick">) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        size="sm"
        {...props}
        disabled={isPending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const state = await action();
            setError(
              state.status === "error"
                ? (state.message ?? Object.values(state.fields ?? {})[0] ?? null)
                : null,
            );
          });
        }}
      >
        {children}
      </Button>
      {error && (
        <span role="alert" className="text-danger text-xs">
          {error}
        </span>
      )}
    </span>
  );
}
