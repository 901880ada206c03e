import type { Segment } from "@/lib/discovery/highlight";

/** A text with its matched pieces marked; the plain text when there is no highlight. */
export function Highlighted({ segments, text }: { segments: Segment[]; text?: string | null }) {
  if (!segments.length) return <>{text}</>;
  return (
    <>
      {segments.map((segment, i) =>
        segment.isMatch ? (
          <mark key={i} className="bg-primary/15 text-foreground rounded-sm px-0.5">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
