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
  type === "people" || type === "suggest"
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
  // a server just started may still be building its indexes: wait until each kind answers
  for (const [type, q] of [
    ["people", "张聪聪"],
    ["companies", "云帆"],
    ["posts", "双十一"],
  ] as const)
    await expect(async () => {
      const body = await (await api.get(`/api/v1/search?type=${type}&q=${encodeURIComponent(q)}`)).json();
      expect(body.isDegraded).toBe(false);
      expect(body[type].hits.length).toBeGreaterThan(0);
    }).toPass({ timeout: 60_000 });
});

test.afterAll(() => api.dispose());

test(`the relevance set: ${RELEVANCE_CASES.length} queries, each with its expected result in the top 3 or above the partial match named`, async () => {
  expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(59);
  const misses: string[] = [];
  for (const relevance of RELEVANCE_CASES) {
    const { q, type, expected, why, above, absent } = relevance;
    const ranked = above !== undefined || absent !== undefined;
    const url =
      type === "suggest"
        ? `/api/v1/search/suggest?q=${encodeURIComponent(q)}`
        : `/api/v1/search?type=${type}&limit=${ranked ? 10 : 3}&q=${encodeURIComponent(q)}`;
    // a server just started may still be building its indexes
    await expect(async () => {
      const response = await api.get(url);
      expect(response.status()).toBe(200);
      expect((await response.json()).isDegraded).toBe(false);
    }).toPass({ timeout: 30_000 });
    const body = await (await api.get(url)).json();
    const hits: Hit[] = type === "suggest" ? body.people : body[type].hits;
    const labels = hits.map((hit) => labelOf(type, hit));
    const rankOf = (wanted: string) =>
      labels.findIndex((label) => (type === "posts" ? label.includes(wanted) : label === wanted));
    const at = rankOf(expected);
    const isFound =
      at !== -1 &&
      (ranked || at < 3) &&
      (above === undefined || rankOf(above) === -1 || rankOf(above) > at) &&
      (absent === undefined || rankOf(absent) === -1);
    if (!isFound) misses.push(`${type} “${q}” (${why}): expected ${expected}, got [${labels.join(" | ")}]`);
  }
  expect(misses).toEqual([]);
});
