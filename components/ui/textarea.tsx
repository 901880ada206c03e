import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A multi-line text box styled like Input. */
export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={cn(
        "border-border bg-surface text-foreground placeholder:text-muted focus-visible:outline-ring aria-invalid:border-danger w-full rounded-md border px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-1",
        className,
      )}
      {...props}
    />
  );
}
