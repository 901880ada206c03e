import Markdown, { type Components } from "react-markdown";
import remarkBreaks from "remark-breaks";

// The subset members may write: paragraphs, headings, emphasis, lists, links, quotes and code. Raw HTML is never
// rendered (refused on write too), and react-markdown drops javascript: and other unsafe link targets. Images
// come out as their text.
const ALLOWED = ["p", "br", "strong", "em", "del", "ul", "ol", "li", "a", "blockquote", "code"];
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];

// what members write sits under the page's own section heading (h2): theirs start a level below it
const Subheading = ({ children }: { children?: React.ReactNode }) => (
  <h3 className="text-base font-semibold">{children}</h3>
);
const MinorHeading = ({ children }: { children?: React.ReactNode }) => (
  <h4 className="font-semibold">{children}</h4>
);
const COMPONENTS: Components = {
  a: ({ href, children: text }) => (
    <a href={href} rel="nofollow ugc noopener noreferrer" target="_blank">
      {text}
    </a>
  ),
  h1: Subheading,
  h2: Subheading,
  h3: MinorHeading,
  h4: MinorHeading,
  h5: MinorHeading,
  h6: MinorHeading,
};

/**
 * User-written markdown (a summary, a company's about, a job's description), rendered as the safe subset. A line
 * break typed in the text is a line break on the page, as anyone typing into a text box expects.
 */
export function MarkdownText({ children }: { children: string }) {
  return (
    <div className="[&_a]:text-primary flex flex-col gap-3 text-sm leading-relaxed wrap-anywhere [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown
        allowedElements={[...ALLOWED, ...HEADINGS]}
        unwrapDisallowed
        skipHtml
        remarkPlugins={[remarkBreaks]}
        components={COMPONENTS}
      >
        {children}
      </Markdown>
    </div>
  );
}
