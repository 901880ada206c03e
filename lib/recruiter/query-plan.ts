import { quote } from "@/lib/core/rules";
import type { QueryNode } from "./boolean-query";
import { alternativesOf, queryTokens, textHolds } from "@/lib/search/search-terms";

// Nothing has this token: a term with no letters or digits matches nobody.
const NOTHING = `terms = ${quote("\u0000")}`;

/**
 * The part of a query Meilisearch answers: each term (or a word meaning the same) must have all its tokens in
 * the person's `terms`; AND, OR and NOT map one to one. Phrases and Chinese words are matched by their tokens
 * here, so a few candidates may not hold them as written — `queryHolds` checks that on the rows.
 */
export function queryFilter(node: QueryNode): string {
  switch (node.type) {
    case "term": {
      const options = alternativesOf(node.text).map((alternative) => {
        const tokens = queryTokens(alternative);
        if (!tokens.length) return NOTHING;
        const clauses = tokens.map((token) => `terms = ${quote(token)}`);
        return clauses.length === 1 ? clauses[0]! : `(${clauses.join(" AND ")})`;
      });
      const unique = [...new Set(options)];
      return unique.length === 1 ? unique[0]! : `(${unique.join(" OR ")})`;
    }
    case "not":
      return `NOT (${queryFilter(node.child)})`;
    case "and":
    case "or": {
      const children = [...new Set(node.children.map(queryFilter))];
      return children.length === 1
        ? children[0]!
        : `(${children.join(node.type === "and" ? " AND " : " OR ")})`;
    }
  }
}

/**
 * Whether a person's searchable fields satisfy the query exactly (PostgreSQL's check of each candidate). A
 * term must be held by one field: a phrase never runs from the end of one field into the next.
 */
export function queryHolds(node: QueryNode, fields: string[]): boolean {
  switch (node.type) {
    case "term":
      return alternativesOf(node.text).some((alternative) =>
        fields.some((field) => textHolds(field, alternative)),
      );
    case "not":
      return !queryHolds(node.child, fields);
    case "and":
      return node.children.every((child) => queryHolds(child, fields));
    case "or":
      return node.children.some((child) => queryHolds(child, fields));
  }
}
