import type { APIRequestContext } from "@playwright/test";
import { expect, newMemberClient, test } from "./fixtures";

async function connect(a: { api: APIRequestContext }, b: { api: APIRequestContext; handle: string }) {
  const { invitationId } = await (
    await a.api.post("/api/v1/invitations", { data: { handle: b.handle } })
  ).json();
  expect((await b.api.post(`/api/v1/invitations/${invitationId}/accept`, { data: {} })).status()).toBe(204);
}

const idsOf = async (response: Promise<{ json: () => Promise<{ items: { id: string }[] }> }>) =>
  (await (await response).json()).items.map((item) => item.id);

test("the feed API: connections-only posts reach connections only — in the feed, at their URL, in lists — and stop when the connection ends", async ({
  baseURL,
  request: anonymous,
  page,
}) => {
  const [ana, bo, cy, dee] = await Promise.all([1, 2, 3, 4].map(() => newMemberClient(baseURL!)));
  await connect(ana!, bo!);
  await connect(ana!, dee!);
  expect((await dee!.api.put(`/api/v1/blocks/${ana!.handle}`, { data: {} })).status()).toBe(204);

  // bad input and anonymous writes change nothing
  expect((await anonymous.post("/api/v1/posts", { data: { text: "hi" } })).status()).toBe(401);
  const tooLong = await ana!.api.post("/api/v1/posts", { data: { text: "长".repeat(3001) } });
  expect(tooLong.status()).toBe(422);
  expect((await tooLong.json()).error.fields).toHaveProperty("text");
  const badAudience = await ana!.api.post("/api/v1/posts", { data: { text: "x", audience: "everyone" } });
  expect(badAudience.status()).toBe(422);

  const secret = await (
    await ana!.api.post("/api/v1/posts", {
      data: { text: "Only for my network #内部", audience: "connections" },
    })
  ).json();
  const open = await (
    await ana!.api.post("/api/v1/posts", { data: { text: "Hello, everyone #内部" } })
  ).json();
  const secretPath = `/api/v1/posts/${secret.id}`;

  // bo, a connection, sees it everywhere
  expect((await bo!.api.get(secretPath)).status()).toBe(200);
  expect(await idsOf(bo!.api.get("/api/v1/feed?mode=recent"))).toEqual(
    expect.arrayContaining([secret.id, open.id]),
  );
  expect(await idsOf(bo!.api.get(`/api/v1/people/${ana!.handle}/posts`))).toContain(secret.id);

  // a stranger, an anonymous visitor and a member who blocked her don't — nor can they act on it
  for (const outsider of [cy!.api, anonymous, dee!.api]) {
    expect((await outsider.get(secretPath)).status()).toBe(404);
    expect((await outsider.get(`${secretPath}/comments`)).status()).toBe(404);
  }
  expect(await idsOf(cy!.api.get(`/api/v1/people/${ana!.handle}/posts`))).toEqual([open.id]);
  expect(await idsOf(cy!.api.get(`/api/v1/hashtags/${encodeURIComponent("内部")}/posts`))).not.toContain(
    secret.id,
  );
  expect((await dee!.api.get(`/api/v1/posts/${open.id}`)).status()).toBe(404);
  for (const [method, path, data] of [
    ["put", `${secretPath}/reaction`, { type: "like" }],
    ["post", `${secretPath}/comments`, { text: "peek" }],
    ["post", `${secretPath}/reposts`, {}],
    ["put", `${secretPath}/save`, {}],
  ] as const) {
    expect((await cy!.api[method](path, { data })).status(), `${method} ${path}`).toBe(404);
  }
  expect((await bo!.api.post(`${secretPath}/reposts`, { data: {} })).status()).toBe(403);
  expect((await bo!.api.patch(secretPath, { data: { text: "edited by bo" } })).status()).toBe(403);
  expect((await bo!.api.delete(secretPath)).status()).toBe(403);
  expect((await (await ana!.api.get(secretPath)).json()).text).toBe("Only for my network #内部");
  await page.goto(`/posts/${secret.id}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // once ana removes bo, the post is gone for him
  expect((await ana!.api.delete(`/api/v1/connections/${bo!.handle}`)).status()).toBe(204);
  expect((await bo!.api.get(secretPath)).status()).toBe(404);
  expect(await idsOf(bo!.api.get("/api/v1/feed?mode=recent"))).not.toContain(secret.id);

  // reactions stay one per member, and the counts say so
  for (const type of ["like", "insightful", "insightful"]) {
    expect((await cy!.api.put(`/api/v1/posts/${open.id}/reaction`, { data: { type } })).status()).toBe(204);
  }
  expect((await cy!.api.put(`/api/v1/posts/${open.id}/reaction`, { data: { type: "love" } })).status()).toBe(
    422,
  );
  const counted = await (await cy!.api.get(`/api/v1/posts/${open.id}`)).json();
  expect(counted.counts).toMatchObject({ reactions: 1, byType: { like: 0, insightful: 1 } });
  expect(counted.viewer.reaction).toBe("insightful");
});
