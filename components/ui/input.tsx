import type { ComponentProps } from "react";
import { cn } from "./cn";

const TEXT =
  "border-border bg-surface text-foreground placeholder:text-muted aria-invalid:border-danger h-11 w-full rounded-md border px-3 text-base";
// a file picker: its own button and the chosen file's name on one line, never squeezed into a text box
const FILE =
  "text-muted aria-invalid:text-danger w-full max-w-full text-sm file:bg-accent file:text-primary file:mr-3 file:rounded-full file:border-0 file:px-4 file:py-2 file:font-semibold";

export function Input({ className, type, ...props }: ComponentProps<"input">) {
  return (
    <input
      type={type}
      className={cn(
        type === "file" ? FILE : TEXT,
        "focus-visible:outline-ring focus-visible:outline-2 focus-visible:outline-offset-1",
        className,
      )}
      {...props}
    />
  );
}
