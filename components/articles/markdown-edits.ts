/** What the article editor's toolbar does to the text: wrap the selection, or mark the lines it touches. */
export const MARKDOWN_EDITS = [
  "heading",
  "bold",
  "italic",
  "bulletList",
  "numberedList",
  "quote",
  "link",
] as const;
export type MarkdownEdit = (typeof MARKDOWN_EDITS)[number];

type Edited = { text: string; selectionStart: number; selectionEnd: number };

const WRAPS = { bold: ["**", "**"], italic: ["*", "*"], link: ["[", "](https://)"] } as const;
const LINE_PREFIXES = { heading: "## ", bulletList: "- ", quote: "> " } as const;

/**
 * The text after one toolbar button, and the selection to keep: the selected words (or a placeholder) wrapped
 * in ** or [](), or each selected line started with "## ", "- ", "1. ", "> " (pressed again, taken off).
 */
export function applyMarkdownEdit(
  text: string,
  start: number,
  end: number,
  edit: MarkdownEdit,
  placeholder: string,
): Edited {
  if (edit === "bold" || edit === "italic" || edit === "link") {
    const [open, close] = WRAPS[edit];
    const selected = text.slice(start, end) || placeholder;
    return {
      text: `${text.slice(0, start)}${open}${selected}${close}${text.slice(end)}`,
      selectionStart: start + open.length,
      selectionEnd: start + open.length + selected.length,
    };
  }
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", Math.max(end, start));
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split("\n");
  const prefixOf = (i: number) => (edit === "numberedList" ? `${i + 1}. ` : LINE_PREFIXES[edit]);
  const pattern = edit === "numberedList" ? /^\d+\. / : new RegExp(`^${escape(LINE_PREFIXES[edit])}`);
  const isOn = lines.every((line) => pattern.test(line));
  const changed = lines
    .map((line, i) => (isOn ? line.replace(pattern, "") : `${prefixOf(i)}${line}`))
    .join("\n");
  return {
    text: `${text.slice(0, lineStart)}${changed}${text.slice(lineEnd)}`,
    selectionStart: lineStart,
    selectionEnd: lineStart + changed.length,
  };
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
