import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/** A job description (markdown) as sanitized HTML, for JobPosting's `description`. */
export function descriptionHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
