// Each query of the relevance set (e2e/search-relevance.ts) has its expected result among the first three, asked
// through the search API by a demo member (some demo members are found by members only).
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { RELEVANCE_CASES, type RelevanceCase } from "./search-relevance";

type Hit = {
  name?: string;
  slug?: string;
  article?: { title: string } | null;
  highlight: { text?: { text: string }[] };
};

const labelOf = (type: RelevanceCase["type"], hit: Hit) =>
  type === "people"
    ? hit.name!
    : type === "companies"
      ? hit.slug!
      : `${hit.article?.title ?? ""} ${(hit.highlight.text ?? []).map((s) => s.text).join("")}`;

let api: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  api = await playwrightRequest.newContext({ baseURL });
  const signIn = await api.post("/api/v1/auth/sign-in", {
    data: { email: "zhang.congcong@renmai.example", password: "renmai-demo-2026" },
  });
  expect(signIn.status()).toBe(200);
});

test.afterAll(() => api.dispose());

test(`the relevance set: ${RELEVANCE_CASES.length} queries, each with its expected result in the top 3`, async () => {
  expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
  const misses: string[] = [];
  for (const relevance of RELEVANCE_CASES) {
    const { q, type, expected, why } = relevance;
    // a server just started may still be building its indexes
    await expect(async () => {
      const response = await api.get(`/api/v1/search?type=${type}&limit=3&q=${encodeURIComponent(q)}`);
      expect(response.status()).toBe(200);
      expect((await response.json()).isDegraded).toBe(false);
    }).toPass({ timeout: 30_000 });
    const body = await (
      await api.get(`/api/v1/search?type=${type}&limit=3&q=${encodeURIComponent(q)}`)
    ).json();
    const top = (body[type].hits as Hit[]).map((hit) => labelOf(type, hit));
    const isFound = type === "posts" ? top.some((label) => label.includes(expected)) : top.includes(expected);
    if (!isFound) misses.push(`${type} “${q}” (${why}): expected ${expected}, got [${top.join(" | ")}]`);
  }
  expect(misses).toEqual([]);
});
