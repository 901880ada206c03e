// Articles are markdown. What is stored is re-written from its syntax tree: raw HTML becomes plain text and
// links or pictures to anything but the web (or mail) lose their target — so the stored body is safe before
// it is ever rendered (and rendering sanitizes again).
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

type MdNode = { type: string; value?: string; url?: string; alt?: string | null; children?: MdNode[] };

const SAFE_URL = /^(https?:\/\/|mailto:)/i;
const READING_SPEED = { hanPerMinute: 400, wordsPerMinute: 220 } as const;

/** A node's replacement: itself (its children cleaned), other nodes in its place, or nothing. */
function clean(node: MdNode): MdNode[] {
  switch (node.type) {
    case "html":
      return [{ type: "text", value: node.value ?? "" }];
    case "link":
      return SAFE_URL.test(node.url ?? "") ? [withCleanChildren(node)] : (node.children ?? []).flatMap(clean);
    case "image":
      return /^https:\/\//i.test(node.url ?? "")
        ? [node]
        : node.alt
          ? [{ type: "text", value: node.alt }]
          : [];
    case "definition":
      return SAFE_URL.test(node.url ?? "") ? [node] : [];
    default:
      return [withCleanChildren(node)];
  }
}

const BLOCK_CONTAINERS = new Set(["root", "blockquote", "listItem"]);

function withCleanChildren(node: MdNode): MdNode {
  if (!node.children) return node;
  const isBlock = BLOCK_CONTAINERS.has(node.type);
  return {
    ...node,
    children: node.children.flatMap((child) =>
      // a block of HTML becomes a paragraph of text
      isBlock && child.type === "html" ? [{ type: "paragraph", children: clean(child) }] : clean(child),
    ),
  };
}

const processor = unified().use(remarkParse).use(remarkStringify, { bullet: "-", emphasis: "_" });

/** The body as stored: the same markdown, without raw HTML and unsafe link targets. */
export function sanitizeArticleMarkdown(body: string): string {
  const tree = processor.parse(body) as unknown as MdNode;
  const cleaned = withCleanChildren(tree);
  return processor.stringify(cleaned as never).trim();
}

/** The words of a markdown text, without its syntax (for reading time and summaries). */
export function plainTextOf(markdown: string): string {
  const parts: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code")
      parts.push(node.value ?? "");
    if (node.type === "image" && node.alt) parts.push(node.alt);
    node.children?.forEach(walk);
    if (["paragraph", "heading", "listItem", "blockquote", "code"].includes(node.type)) parts.push("\n");
  };
  walk(processor.parse(markdown) as unknown as MdNode);
  return parts
    .join("")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** Minutes to read: Chinese characters at 400 a minute, other words at 220; one at least. */
export function readingMinutes(markdown: string): number {
  const text = plainTextOf(markdown);
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, " ").match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(han / READING_SPEED.hanPerMinute + words / READING_SPEED.wordsPerMinute));
}
