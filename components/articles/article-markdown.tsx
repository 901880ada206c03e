import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import type { Mention } from "@/lib/feed/mentioned-members";
import { splitPostText } from "@/lib/feed/post-text";

type MdNode = { type: string; value?: string; url?: string; children?: MdNode[] };
const LEAVE_ALONE = new Set(["link", "linkReference", "code", "inlineCode"]);

/**
 * #hashtags, @mentions and bare web addresses in the text become links, as in posts; a mentioned member shows by
 * name when `mentions` knows them (without it, as in the editor's preview, by handle).
 */
function remarkPostLinks(mentions?: readonly Mention[]) {
  const nameOf = new Map(mentions?.map((mention) => [mention.handle, mention.name]));
  const isMember = (handle: string) => !mentions || nameOf.has(handle);
  const walk = (node: MdNode) => {
    if (!node.children || LEAVE_ALONE.has(node.type)) return;
    node.children = node.children.flatMap((child): MdNode[] => {
      if (child.type !== "text") {
        walk(child);
        return [child];
      }
      return splitPostText(child.value ?? "", isMember).map((part) => {
        const text = { type: "text", value: part.text };
        if (part.kind === "hashtag")
          return { type: "link", url: `/feed/hashtag/${encodeURIComponent(part.tag)}`, children: [text] };
        if (part.kind === "mention")
          return {
            type: "link",
            url: `/in/${part.handle}`,
            children: [{ type: "text", value: nameOf.get(part.handle) ?? part.text }],
          };
        if (part.kind === "link") return { type: "link", url: part.href, children: [text] };
        return text;
      });
    });
  };
  return (tree: MdNode) => walk(tree);
}

/**
 * An article body: markdown, already sanitized when it was stored, rendered without raw HTML and sanitized
 * again (rehype-sanitize's GitHub schema: no scripts, no event handlers, only safe link targets).
 */
export function ArticleMarkdown({ children, mentions }: { children: string; mentions?: readonly Mention[] }) {
  return (
    <div
      className="text-foreground [&_a]:text-primary [&_blockquote]:border-border [&_blockquote]:text-muted [&_code]:bg-surface-muted [&_hr]:border-border [&_pre]:bg-surface-muted flex flex-col gap-4 text-[1.0625rem] leading-8 wrap-anywhere [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-4 [&_code]:rounded [&_code]:px-1 [&_code]:text-sm [&_h2]:mt-4 [&_h2]:text-2xl [&_h2]:font-semibold [&_h3]:mt-2 [&_h3]:text-xl [&_h3]:font-semibold [&_h4]:font-semibold [&_img]:rounded-md [&_ol]:list-decimal [&_ol]:pl-6 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:p-4 [&_ul]:list-disc [&_ul]:pl-6"
      data-testid="article-body"
    >
      <Markdown
        skipHtml
        remarkPlugins={[[remarkPostLinks, mentions]]}
        rehypePlugins={[rehypeSanitize]}
        components={{
          // the page has the title as its only h1
          h1: ({ children: text }) => <h2>{text}</h2>,
          a: ({ href, children: text }) =>
            href?.startsWith("/") ? (
              <a href={href}>{text}</a>
            ) : (
              <a href={href} rel="nofollow ugc noopener noreferrer" target="_blank">
                {text}
              </a>
            ),
          img: ({ src, alt }) => (
            // eslint-disable-next-line @next/next/no-img-element -- pictures the author links (https only)
            <img
              src={typeof src === "string" ? src : undefined}
              alt={alt ?? ""}
              loading="lazy"
              referrerPolicy="no-referrer"
            />
          ),
        }}
      >
        {children}
      </Markdown>
    </div>
  );
}
