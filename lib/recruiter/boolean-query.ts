import { AppError } from "@/lib/errors";

/**
 * The recruiter's boolean query language: words and "quoted phrases" joined by AND, OR and NOT, grouped with
 * parentheses; two terms side by side mean AND. Chinese works the same way: 且 / 或 / 非 as operators, “中文引号”
 * and （全角括号）. Operators are written in capitals (and, or, not in lower case are words).
 *
 *   (产品经理 OR "product manager") AND 杭州 NOT 实习
 */
export type QueryNode =
  | { type: "term"; text: string; isPhrase: boolean }
  | { type: "and"; children: QueryNode[] }
  | { type: "or"; children: QueryNode[] }
  | { type: "not"; child: QueryNode };

type Token =
  | { kind: "word" | "phrase"; text: string; at: number; length: number }
  | { kind: "and" | "or" | "not" | "open" | "close"; at: number; length: number };

export const MAX_QUERY_LENGTH = 500;
const MAX_TERMS = 40;
const OPERATORS: Record<string, "and" | "or" | "not"> = {
  AND: "and",
  OR: "or",
  NOT: "not",
  且: "and",
  或: "or",
  非: "not",
};
const OPEN_QUOTES: Record<string, string> = { '"': '"', "“": "”", "”": "”", "「": "」" };
const OPEN = new Set(["(", "（"]);
const CLOSE = new Set([")", "）"]);

/** A malformed query: the message key says what is wrong, `column` (1-based) where, on the form's field. */
function queryError(key: string, at: number, field: string): AppError {
  const values = { column: at + 1 };
  return new AppError("validation", `recruiter.query.${key}`, {
    fields: { [field]: `recruiter.query.${key}` },
    fieldValues: { [field]: values },
    values,
  });
}

function tokenize(query: string, field: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    if (/\s/u.test(char)) {
      i++;
    } else if (OPEN.has(char)) {
      tokens.push({ kind: "open", at: i, length: 1 });
      i++;
    } else if (CLOSE.has(char)) {
      tokens.push({ kind: "close", at: i, length: 1 });
      i++;
    } else if (OPEN_QUOTES[char]) {
      const closing = OPEN_QUOTES[char]!;
      const end = [...new Set([closing, '"'])].map((q) => query.indexOf(q, i + 1)).filter((n) => n > i);
      if (!end.length) throw queryError("unclosedQuote", i, field);
      const stop = Math.min(...end);
      const text = query
        .slice(i + 1, stop)
        .trim()
        .replace(/\s+/gu, " ");
      if (!text) throw queryError("emptyPhrase", i, field);
      tokens.push({ kind: "phrase", text, at: i, length: stop - i + 1 });
      i = stop + 1;
    } else {
      let end = i;
      while (end < query.length && !/[\s"“”「」()（）]/u.test(query[end]!)) end++;
      const text = query.slice(i, end);
      const operator = OPERATORS[text];
      tokens.push(
        operator
          ? { kind: operator, at: i, length: end - i }
          : { kind: "word", text, at: i, length: end - i },
      );
      i = end;
    }
  }
  return tokens;
}

/**
 * Parses a boolean query into its tree, or throws a validation error pointing at the first mistake (on
 * `field`, the name of the input the query came in).
 */
export function parseBooleanQuery(query: string, field = "q"): QueryNode {
  if (query.length > MAX_QUERY_LENGTH) throw queryError("tooLong", MAX_QUERY_LENGTH, field);
  const tokens = tokenize(query, field);
  if (!tokens.length) throw queryError("empty", 0, field);
  if (tokens.filter((t) => t.kind === "word" || t.kind === "phrase").length > MAX_TERMS)
    throw queryError("tooManyTerms", 0, field);
  let position = 0;
  const peek = () => tokens[position];
  const endAt = () => {
    const last = tokens.at(-1)!;
    return last.at + last.length;
  };

  function parseOr(): QueryNode {
    const children = [parseAnd()];
    while (peek()?.kind === "or") {
      position++;
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0]! : { type: "or", children };
  }

  function parseAnd(): QueryNode {
    const children = [parseNot()];
    for (;;) {
      const next = peek();
      if (!next || next.kind === "or" || next.kind === "close") break;
      if (next.kind === "and") position++;
      children.push(parseNot());
    }
    return children.length === 1 ? children[0]! : { type: "and", children };
  }

  function parseNot(): QueryNode {
    if (peek()?.kind === "not") {
      position++;
      return { type: "not", child: parseNot() };
    }
    return parsePrimary();
  }

  function parsePrimary(): QueryNode {
    const token = peek();
    if (!token) throw queryError("missingTerm", endAt(), field);
    if (token.kind === "word" || token.kind === "phrase") {
      position++;
      return { type: "term", text: token.text, isPhrase: token.kind === "phrase" };
    }
    if (token.kind === "open") {
      position++;
      if (peek()?.kind === "close") throw queryError("emptyGroup", token.at, field);
      const inner = parseOr();
      if (peek()?.kind !== "close") throw queryError("unclosedParen", token.at, field);
      position++;
      return inner;
    }
    if (token.kind === "close") throw queryError("unexpectedParen", token.at, field);
    throw queryError("missingTerm", token.at, field);
  }

  const tree = parseOr();
  const rest = peek();
  if (rest) throw queryError(rest.kind === "close" ? "unexpectedParen" : "missingTerm", rest.at, field);
  if (!hasPositiveTerm(tree)) throw queryError("onlyNot", 0, field);
  return tree;
}

/** A query must ask for someone: NOT alone would match almost everyone. */
function hasPositiveTerm(node: QueryNode): boolean {
  if (node.type === "term") return true;
  if (node.type === "not") return false;
  return node.type === "and" ? node.children.some(hasPositiveTerm) : node.children.every(hasPositiveTerm);
}

/** The query written back in canonical form (for saved searches and tests). */
export function formatQuery(node: QueryNode): string {
  if (node.type === "term") return node.isPhrase ? `"${node.text}"` : node.text;
  if (node.type === "not") return `NOT ${formatQuery(node.child)}`;
  const parts = node.children.map((child) =>
    child.type === "or" && node.type === "and" ? `(${formatQuery(child)})` : formatQuery(child),
  );
  return parts.join(node.type === "and" ? " AND " : " OR ");
}
