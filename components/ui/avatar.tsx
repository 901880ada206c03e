import { cn } from "./cn";

const PALETTE = [
  "bg-sky-600",
  "bg-emerald-600",
  "bg-amber-600",
  "bg-rose-600",
  "bg-violet-600",
  "bg-teal-600",
];

/** Initials on a colour picked from the name (photos arrive with profiles). Chinese names show their first character. */
export function Avatar({ name, className }: { name: string; className?: string }) {
  const trimmed = name.trim();
  const isLatin = /^[\p{Script=Latin}\s'.-]+$/u.test(trimmed);
  const initials = isLatin
    ? trimmed
        .split(/\s+/)
        .slice(0, 2)
        .map((w) => w[0]?.toUpperCase())
        .join("")
    : ([...trimmed][0] ?? "?");
  const colour = PALETTE[[...trimmed].reduce((sum, c) => sum + c.codePointAt(0)!, 0) % PALETTE.length];
  return (
    <span
      aria-hidden
      className={cn(
        "inline-flex size-10 shrink-0 items-center justify-center rounded-full font-semibold text-white",
        colour,
        className,
      )}
    >
      {initials}
    </span>
  );
}
