import { Link } from "@/components/ui/link";
import { splitPostText } from "@/lib/feed/post-text";
import type { Mention } from "@/lib/feed/mentioned-members";

/**
 * What a member wrote, as text: hashtags link inside Renmai, mentions of members show their name and link to
 * their profile (a handle that is no member stays text), web links open outside with nofollow. Nothing in it is
 * ever read as HTML.
 */
export function PostText({ text, mentions }: { text: string; mentions: readonly Mention[] }) {
  const nameOf = new Map(mentions.map((mention) => [mention.handle, mention.name]));
  const parts = splitPostText(text, (handle) => nameOf.has(handle));
  return parts.map((part, index) => {
    switch (part.kind) {
      case "hashtag":
        return (
          <Link
            key={index}
            href={`/feed/hashtag/${encodeURIComponent(part.tag)}`}
            className="text-primary font-semibold hover:underline"
          >
            {part.text}
          </Link>
        );
      case "mention":
        return (
          <Link
            key={index}
            href={`/in/${part.handle}`}
            className="text-primary font-semibold hover:underline"
            data-handle={part.handle}
          >
            {nameOf.get(part.handle)}
          </Link>
        );
      case "link":
        return (
          <a
            key={index}
            href={part.href}
            target="_blank"
            rel="noopener noreferrer nofollow ugc"
            className="text-primary break-all hover:underline"
          >
            {part.text}
          </a>
        );
      default:
        return part.text;
    }
  });
}
