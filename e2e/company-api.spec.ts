import { randomInt } from "node:crypto";
import { expect, newMemberClient, test } from "./fixtures";

test("the companies API: only the right page roles write, decide, post as the company or read analytics; bad input stores nothing", async ({
  baseURL,
  request: anonymous,
}) => {
  const [owner, analyst, stranger, claimer] = await Promise.all(
    [1, 2, 3, 4].map(() => newMemberClient(baseURL!)),
  );
  const slug = `api-co-${randomInt(1e9)}`;
  const page = `/api/v1/companies/${slug}`;
  const created = await owner!.api.post("/api/v1/companies", {
    data: { slug, nameZh: "接口测试律所", nameEn: "API Test Law", website: "https://www.api-law.example" },
  });
  expect(created.status()).toBe(200);
  expect(await created.json()).toMatchObject({ slug, nameEn: "API Test Law", followerCount: 0 });

  // a duplicate address, malformed contact details and an oversized logo: clear errors, nothing stored
  const duplicate = await stranger!.api.post("/api/v1/companies", { data: { slug, nameEn: "Copy" } });
  expect(duplicate.status()).toBe(409);
  expect((await duplicate.json()).error.fields).toEqual({ slug: expect.stringContaining("address") });
  const malformed = await owner!.api.patch(page, {
    data: { website: "javascript:alert(1)", phone: "12", email: "nobody@", fax: "fax me" },
  });
  expect(malformed.status()).toBe(422);
  expect(Object.keys((await malformed.json()).error.fields).sort()).toEqual([
    "email",
    "fax",
    "phone",
    "website",
  ]);
  const huge = await owner!.api.put(`${page}/images/logo`, {
    multipart: {
      image: { name: "logo.png", mimeType: "image/png", buffer: Buffer.alloc(9 * 1024 * 1024, 7) },
    },
  });
  expect(huge.status()).toBe(422);
  expect(await (await anonymous.get(page)).json()).toMatchObject({
    website: "https://www.api-law.example",
    phone: null,
    email: null,
    logo: null,
  });

  // a role is offered, and the member's only once they accept it
  expect(
    (await owner!.api.put(`${page}/admins/${analyst!.handle}`, { data: { role: "analyst" } })).status(),
  ).toBe(202);
  expect((await analyst!.api.get(`${page}/analytics?days=7`)).status()).toBe(403);
  const [offer] = (await (await analyst!.api.get("/api/v1/me/company-invitations")).json()).items;
  expect(offer).toMatchObject({ role: "analyst", company: { slug } });
  expect(
    (await stranger!.api.post(`/api/v1/me/company-invitations/${offer.id}/accept`, { data: {} })).status(),
  ).toBe(404);
  expect(
    (await analyst!.api.post(`/api/v1/me/company-invitations/${offer.id}/accept`, { data: {} })).status(),
  ).toBe(204);
  const { id: claimId } = await (
    await claimer!.api.post(`${page}/relations`, { data: { kind: "supplier" } })
  ).json();

  // visitors (401), strangers and analysts (403) can't write, decide, post as the company or manage admins
  const writes = (api: typeof anonymous) => [
    api.patch(page, { data: { tagline: "hacked" } }),
    api.post(`${page}/announcements`, { data: { title: "hacked" } }),
    api.post(`${page}/products`, { data: { name: "hacked" } }),
    api.patch(`${page}/relations/${claimId}`, { data: { status: "approved" } }),
    api.put(`${page}/admins/${stranger!.handle}`, { data: { role: "super_admin" } }),
    api.post("/api/v1/posts", { data: { text: "as the company", asCompany: slug } }),
  ];
  for (const response of await Promise.all(writes(anonymous))) expect(response.status()).toBe(401);
  for (const who of [stranger!, analyst!])
    for (const response of await Promise.all(writes(who.api))) expect(response.status()).toBe(403);
  for (const who of [anonymous, stranger!.api]) {
    expect((await who.get(`${page}/analytics`)).status()).toBe(who === anonymous ? 401 : 403);
    expect((await who.get(`${page}/admins`)).status()).toBe(who === anonymous ? 401 : 403);
    expect((await who.get(`${page}/relations?status=pending`)).status()).toBe(who === anonymous ? 401 : 403);
  }
  expect((await analyst!.api.get(`${page}/analytics?days=7`)).status()).toBe(200);
  const after = await (await anonymous.get(page)).json();
  expect(after).toMatchObject({ tagline: "", announcement: null, products: [] });
  expect((await (await anonymous.get(`${page}/relations`)).json()).items).toEqual([]);
  expect((await (await owner!.api.get(`${page}/admins`)).json()).items).toHaveLength(2);

  // the last super admin can't leave or be demoted
  const leaving = await owner!.api.delete(`${page}/admins/${owner!.handle}`);
  expect(leaving.status()).toBe(409);
  expect(
    (await owner!.api.put(`${page}/admins/${owner!.handle}`, { data: { role: "analyst" } })).status(),
  ).toBe(409);

  // the owner can: approve, post as the company (for anyone), read analytics
  expect(
    (await owner!.api.patch(`${page}/relations/${claimId}`, { data: { status: "approved" } })).status(),
  ).toBe(204);
  const post = await owner!.api.post("/api/v1/posts", {
    data: { text: "我们的新服务上线了", asCompany: slug },
  });
  expect(post.status()).toBe(200);
  const card = await (await anonymous.get(`/api/v1/posts/${(await post.json()).id}`)).json();
  expect(card.company).toMatchObject({ slug, nameEn: "API Test Law" });
  expect(await (await anonymous.get(`${page}/relations`)).json()).toMatchObject({
    items: [{ kind: "supplier", person: { handle: claimer!.handle } }],
    nextCursor: null,
  });
  for (const query of ["limit=0", "limit=101", "cursor=not-a-cursor", "kind=friend"])
    expect((await anonymous.get(`${page}/relations?${query}`)).status(), query).toBe(422);
});
