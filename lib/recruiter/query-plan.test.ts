import { describe, expect, it } from "vitest";
import { parseBooleanQuery } from "./boolean-query";
import { queryFilter, queryHolds } from "./query-plan";
import { documentTerms, termTokens } from "@/lib/search/search-terms";

const EXAMPLE = '(产品经理 OR "product manager") AND 杭州 NOT 实习';
const people = {
  zh: ["王磊", "高级产品经理", "阿里巴巴", "杭州", "浙江大学"],
  en: ["Maria Chen", "Senior Product Manager", "Hangzhou", "Alibaba"],
  intern: ["Li", "Product Manager Intern", "Hangzhou"],
  shanghai: ["陈静", "产品经理", "上海"],
  reversed: ["Tom", "Manager of Product", "Hangzhou"],
  // two fields that only read as the phrase when run together
  acrossFields: ["Head of Product", "Manager Co", "Hangzhou"],
};

describe("boolean search plan", () => {
  it("cuts Chinese into characters and pairs and keeps Latin words whole", () => {
    expect(termTokens("产品经理 Product-Manager")).toEqual(
      expect.arrayContaining(["产", "品", "经", "理", "产品", "品经", "经理", "product", "manager"]),
    );
    expect(documentTerms("React", null, "react")).toEqual(["react"]);
  });

  it("checks the example query exactly, with synonyms both ways", () => {
    const tree = parseBooleanQuery(EXAMPLE);
    const matched = Object.entries(people)
      .filter(([, fields]) => queryHolds(tree, fields))
      .map(([who]) => who);
    // the phrase needs its words in order: "Manager of Product" has the tokens, not the phrase
    expect(matched).toEqual(["zh", "en"]);
  });

  it("hands Meilisearch a filter with every term, its synonyms and its negation", () => {
    const filter = queryFilter(parseBooleanQuery(EXAMPLE));
    expect(filter).toContain('(terms = "产品" AND terms = "品经" AND terms = "经理")');
    expect(filter).toContain('terms = "hangzhou"');
    expect(filter).toContain('NOT ((terms = "实习" OR');
    expect(filter).not.toContain('terms = "产"');
    expect(filter).toContain('terms = "intern"');
  });
});
