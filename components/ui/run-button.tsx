"use client";
import { useState, useTransition, type ComponentProps } from "react";
import { Button } from "./button";

/**
 * A small button that runs one write, asking first when `confirm` is given, and says beside it why it failed
 * (`run` resolves to that message, or null when it worked).
 */
export function RunButton({
  run,
  confirm,
  children,
  ...props
}: { run: () => Promise<string | null>; confirm?: string } & Omit<ComponentProps<typeof Button>, "onClick">) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        size="sm"
        {...props}
        disabled={isPending || props.disabled}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => setError(await run()));
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
