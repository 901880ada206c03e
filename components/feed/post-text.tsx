import Link from "next/link";
import { splitPostText } from "@/lib/feed/post-text";

/**
 * What a member wrote, as text: hashtags and mentions link inside Renmai, web links open outside with
 * nofollow. Nothing in it is ever read as HTML.
 */
export function PostText({ text, mentionHandles }: { text: string; mentionHandles?: readonly string[] }) {
  const members = mentionHandles && new Set(mentionHandles);
  const parts = splitPostText(text, (handle) => !members || members.has(handle));
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
          >
            {part.text}
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
