// What a post's plain text holds besides words: #hashtags, @mentions and links. Posts store the text as typed;
// these are found again wherever they matter (saving, rendering), so one set of rules serves both.

// A hashtag is letters, digits and underscores after '#', in any script (#产品管理, #SaaS); a closing '#' is
// allowed for the Weibo habit (#跨境电商#). It starts a word: "C#" and "a#b" are not hashtags.
const HASHTAG = /(^|[^\p{L}\p{N}_&#/])#([\p{L}\p{N}_]{1,60})#?/gu;
// A mention is '@' and a member's handle (lower-case Latin letters, digits, dashes), not inside an email address.
const MENTION = /(^|[^\p{L}\p{N}_.@-])@([a-z0-9][a-z0-9-]{1,58}[a-z0-9])(?![a-z0-9-])/gu;
// http(s) links; trailing punctuation (。，.,;:!?) and closing brackets stay out of the link.
const LINK = /https?:\/\/[^\s<>"'，。！？；：、）】]+[^\s<>"'，。！？；：、）】.,;:!?)\]]/giu;

export const MAX_HASHTAGS = 30;
export const MAX_MENTIONS = 50;

/** The hashtags in a text, lower-cased (as stored and linked), each once, in order of appearance. */
export function hashtagsIn(text: string): string[] {
  const tags = new Set<string>();
  for (const match of text.matchAll(HASHTAG)) tags.add(match[2]!.toLowerCase());
  return [...tags].slice(0, MAX_HASHTAGS);
}

/** The handles mentioned in a text, each once. */
export function mentionsIn(text: string): string[] {
  const handles = new Set<string>();
  for (const match of text.matchAll(MENTION)) handles.add(match[2]!);
  return [...handles].slice(0, MAX_MENTIONS);
}

/** The first http(s) link in a text: its preview is shown under the post. */
export function firstLinkIn(text: string): string | null {
  for (const match of text.matchAll(LINK)) {
    try {
      return new URL(match[0]).toString();
    } catch {
      continue;
    }
  }
  return null;
}

/** Where a hashtag or mention match sits, without the character before it that the pattern needs. */
function spanOf(match: RegExpExecArray) {
  const [whole, before = "", captured = ""] = match;
  return { start: match.index + before.length, end: match.index + whole.length, captured };
}

export type TextPart =
  | { kind: "text"; text: string }
  | { kind: "hashtag"; text: string; tag: string }
  | { kind: "mention"; text: string; handle: string }
  | { kind: "link"; text: string; href: string };

/**
 * A text cut into plain parts, hashtags, mentions and links, for rendering each as text or as a link (never
 * as HTML). `isMember` says which handles are real members: the others stay plain text.
 */
export function splitPostText(text: string, isMember: (handle: string) => boolean = () => true): TextPart[] {
  const found: { start: number; end: number; part: TextPart }[] = [];
  for (const match of text.matchAll(LINK)) {
    let href: string;
    try {
      href = new URL(match[0]).toString();
    } catch {
      continue;
    }
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      part: { kind: "link", text: match[0], href },
    });
  }
  const overlapsLink = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const match of text.matchAll(HASHTAG)) {
    const { start, end, captured } = spanOf(match);
    if (!overlapsLink(start, end))
      found.push({
        start,
        end,
        part: { kind: "hashtag", text: text.slice(start, end), tag: captured.toLowerCase() },
      });
  }
  for (const match of text.matchAll(MENTION)) {
    const { start, end, captured } = spanOf(match);
    if (!overlapsLink(start, end) && isMember(captured))
      found.push({ start, end, part: { kind: "mention", text: text.slice(start, end), handle: captured } });
  }
  found.sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let at = 0;
  for (const { start, end, part } of found) {
    if (start < at) continue;
    if (start > at) parts.push({ kind: "text", text: text.slice(at, start) });
    parts.push(part);
    at = end;
  }
  if (at < text.length) parts.push({ kind: "text", text: text.slice(at) });
  return parts;
}
