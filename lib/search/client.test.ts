import { Meilisearch, MeilisearchApiError, MeilisearchRequestError } from "meilisearch";
import { describe, expect, it } from "vitest";
import { nodeHttpClient, search } from "./client";

describe("the Meilisearch client over node:http", () => {
  it("gives answers, and Meilisearch's errors (wrapped as request errors, their cause the API error)", async () => {
    expect(await search().health()).toEqual({ status: "available" });
    const missing = await search()
      .getIndex(`no-such-index-${Date.now()}`)
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(MeilisearchRequestError);
    const cause = (missing as MeilisearchRequestError).cause as MeilisearchApiError;
    expect(cause).toBeInstanceOf(MeilisearchApiError);
    expect(cause.response.status).toBe(404);
    expect(cause.cause).toMatchObject({ code: "index_not_found" });
    const body = {
      queries: Array.from({ length: 20 }, () => ({ indexUid: "people", q: "产品经理", limit: 1 })),
    };
    await search()
      .index("people")
      .fetchInfo()
      .catch(() => search().createIndex("people").waitTask());
    expect((await search().multiSearch(body)).results).toHaveLength(20);
  });

  it("fails as a request error when Meilisearch can't be reached", async () => {
    const unreachable = new Meilisearch({ host: "http://127.0.0.1:9", httpClient: nodeHttpClient });
    await expect(unreachable.health()).rejects.toBeInstanceOf(MeilisearchRequestError);
  });
});
