import type { Segment } from "@/lib/discovery/highlight";

/** A text with its matched pieces marked (in the colour around them: a link stays a link); the plain text when there is no highlight. */
export function Highlighted({ segments, text }: { segments: Segment[]; text?: string | null }) {
  if (!segments.length) return <>{text}</>;
  return (
    <>
      {segments.map((segment, i) =>
        segment.isMatch ? (
          <mark key={i} className="bg-primary/15 rounded-sm text-inherit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
