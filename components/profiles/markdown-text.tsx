import Markdown from "react-markdown";

// The subset members may write: paragraphs, emphasis, lists, links, quotes and code. Raw HTML is never
// rendered (refused on write too), and react-markdown drops javascript: and other unsafe link targets.
const ALLOWED = ["p", "br", "strong", "em", "del", "ul", "ol", "li", "a", "blockquote", "code"];

/** User-written markdown, rendered as the safe subset (headings and images come out as plain text). */
export function MarkdownText({ children }: { children: string }) {
  return (
    <div className="[&_a]:text-primary flex flex-col gap-3 text-sm leading-relaxed break-words [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown
        allowedElements={ALLOWED}
        unwrapDisallowed
        skipHtml
        components={{
          a: ({ href, children: text }) => (
            <a href={href} rel="nofollow ugc noopener noreferrer" target="_blank">
              {text}
            </a>
          ),
        }}
      >
        {children}
      </Markdown>
    </div>
  );
}
