/** Marks Meilisearch puts around a match: characters no text of ours contains, never HTML. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export type Segment = { text: string; isMatch: boolean };

/**
 * A highlighted text as plain pieces, the matched ones marked: rendered as text, so nothing in it is markup.
 * Meilisearch marks each token of a Chinese word apart (杭州|云|帆|科技): marks that touch become one.
 */
export function toSegments(highlighted: string | null | undefined): Segment[] {
  if (!highlighted) return [];
  const segments: Segment[] = [];
  const push = (text: string, isMatch: boolean) => {
    const last = segments.at(-1);
    if (last && last.isMatch === isMatch) last.text += text;
    else segments.push({ text, isMatch });
  };
  for (const [index, part] of highlighted.split(MATCH_START).entries()) {
    const [match, rest] = index === 0 ? [null, part] : splitOnce(part, MATCH_END);
    if (match) push(match, true);
    if (rest) push(rest, false);
  }
  return segments;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}
