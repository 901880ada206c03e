import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { formatQuery, parseBooleanQuery } from "./boolean-query";

const errorOf = (query: string) => {
  try {
    parseBooleanQuery(query);
  } catch (error) {
    if (error instanceof AppError) return { key: error.messageKey, column: error.details.values?.column };
    throw error;
  }
  throw new Error(`parsed: ${query}`);
};

describe("the boolean query language", () => {
  it("reads AND, OR, NOT, phrases and groups, with AND binding tighter than OR", () => {
    const tree = parseBooleanQuery('(产品经理 OR "product manager") AND 杭州 NOT 实习');
    expect(tree).toEqual({
      type: "and",
      children: [
        {
          type: "or",
          children: [
            { type: "term", text: "产品经理", isPhrase: false },
            { type: "term", text: "product manager", isPhrase: true },
          ],
        },
        { type: "term", text: "杭州", isPhrase: false },
        { type: "not", child: { type: "term", text: "实习", isPhrase: false } },
      ],
    });
    expect(formatQuery(parseBooleanQuery("a OR b c"))).toBe("a OR b AND c");
    expect(formatQuery(parseBooleanQuery("(a OR b) c"))).toBe("(a OR b) AND c");
  });

  it("takes Chinese operators, quotes and brackets", () => {
    expect(formatQuery(parseBooleanQuery("（前端 或 “全栈 工程师”） 且 上海 非 外包"))).toBe(
      '(前端 OR "全栈 工程师") AND 上海 AND NOT 外包',
    );
  });

  it("treats lower-case and/or/not as words", () => {
    expect(parseBooleanQuery("research and development")).toMatchObject({
      type: "and",
      children: [{ text: "research" }, { text: "and" }, { text: "development" }],
    });
  });

  it("points at the mistake in a malformed query", () => {
    expect(errorOf('产品 AND "product manager')).toEqual({
      key: "recruiter.query.unclosedQuote",
      column: 8,
    });
    expect(errorOf("(产品经理 OR 设计")).toEqual({ key: "recruiter.query.unclosedParen", column: 1 });
    expect(errorOf("产品经理 OR")).toEqual({ key: "recruiter.query.missingTerm", column: 8 });
    expect(errorOf("AND 设计")).toEqual({ key: "recruiter.query.missingTerm", column: 1 });
    expect(errorOf("设计 ) 产品")).toEqual({ key: "recruiter.query.unexpectedParen", column: 4 });
    expect(errorOf("a OR OR b")).toEqual({ key: "recruiter.query.missingTerm", column: 6 });
    expect(errorOf("()")).toEqual({ key: "recruiter.query.emptyGroup", column: 1 });
    expect(errorOf('""')).toEqual({ key: "recruiter.query.emptyPhrase", column: 1 });
    expect(errorOf("   ")).toEqual({ key: "recruiter.query.empty", column: 1 });
    expect(errorOf("NOT 实习")).toEqual({ key: "recruiter.query.onlyNot", column: 1 });
    expect(errorOf("x".repeat(501)).key).toBe("recruiter.query.tooLong");
  });
});
