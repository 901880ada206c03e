import { cn } from "./cn";

// -700 shades: white initials on them meet WCAG AA contrast
const PALETTE = [
  "bg-sky-700",
  "bg-emerald-700",
  "bg-amber-700",
  "bg-rose-700",
  "bg-violet-700",
  "bg-teal-700",
];

/**
 * The member's photo, or their initials on a colour picked from the name (Chinese names show their first
 * character). Decorative: the name is always written next to it.
 */
export function Avatar({ name, src, className }: { name: string; src?: string | null; className?: string }) {
  if (src) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- stored pre-resized (lib/media), nothing to optimise
      <img
        src={src}
        alt=""
        className={cn("inline-block size-10 shrink-0 rounded-full object-cover", className)}
        loading="lazy"
      />
    );
  }
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
