import { cn } from "./cn";
import { HAN, personMonogram } from "./monogram";

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
 * The member's photo, or their monogram on a colour picked from the name (张聪聪 → 聪聪, Maria Lopez → ML;
 * companies pass their own). Decorative: the name is always written next to it.
 */
export function Avatar({
  name,
  src,
  monogram,
  className,
}: {
  name: string;
  src?: string | null;
  monogram?: string;
  className?: string;
}) {
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
  const text = monogram ?? personMonogram(trimmed);
  const colour = PALETTE[[...trimmed].reduce((sum, c) => sum + c.codePointAt(0)!, 0) % PALETTE.length];
  return (
    <span
      aria-hidden
      className={cn(
        "inline-flex size-10 shrink-0 items-center justify-center rounded-full font-semibold whitespace-nowrap text-white",
        colour,
        className,
      )}
    >
      {/* two Chinese characters fill a circle that two Latin initials leave room in */}
      <span className={cn([...text].length > 1 && HAN.test(text) && "text-[0.8em]")}>{text}</span>
    </span>
  );
}
