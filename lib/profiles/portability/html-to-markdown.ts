import type { Element } from "hast";
import { toString } from "mdast-util-to-string";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

// Exporters (LinkedIn's, résumé builders) write rich text as HTML; profiles keep plain text with simple Markdown.
// Images become their alt text: a profile shows no pictures from elsewhere (nor pixels that track its readers).
const fromHtml = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeRemark, {
    handlers: {
      img: (_state, node: Element) =>
        node.properties.alt ? { type: "text", value: String(node.properties.alt) } : undefined,
    },
  });
const toMarkdown = fromHtml()
  .use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*", fences: true, rule: "-" })
  .freeze();

const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

/**
 * Rich text from an imported file as the profile's Markdown: tags become their Markdown (lists, emphasis,
 * links, line breaks), scripts and styles go with their content, entities are decoded. Text without tags is
 * returned as it was.
 */
export function htmlToMarkdown(text: string): string {
  if (!LOOKS_LIKE_HTML.test(text)) return text;
  const markdown = String(toMarkdown.processSync(text));
  // a <br> becomes a backslash break: the profile keeps typed line breaks as they are
  return markdown
    .replace(/\\\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A one-line value that may carry tags (a headline, a title): its text alone, on one line. */
export function htmlToLine(text: string): string {
  if (!LOOKS_LIKE_HTML.test(text)) return text;
  const tree = fromHtml.runSync(fromHtml.parse(text));
  return toString(tree).replace(/\s+/g, " ").trim();
}
