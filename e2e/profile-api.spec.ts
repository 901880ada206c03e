import sharp from "sharp";
import { expect, newMemberClient, test } from "./fixtures";

test("the profile API: the owner edits, others can't, everyone reads what they may see", async ({
  baseURL,
  request,
}) => {
  const owner = await newMemberClient(baseURL!);
  const other = await newMemberClient(baseURL!);
  const path = `/api/v1/profiles/${owner.handle}`;

  const patched = await owner.api.patch("/api/v1/profiles/me", {
    data: {
      headline: "Data engineer · 数据工程师",
      phone: "+49 30 123456",
      visibility: { phone: "members" },
    },
  });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({
    headline: "Data engineer · 数据工程师",
    contact: { phone: "+49 30 123456" },
  });

  const created = await owner.api.post(`${path}/experience`, {
    data: { companyName: "Siemens", title: "Data engineer", startDate: "2022-04" },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect(
    (
      await owner.api.put(`${path}/skills`, { data: { skills: ["SQL", "Python"], pinned: ["SQL"] } })
    ).status(),
  ).toBe(200);

  // anonymous and another member: refused, nothing changes
  expect((await request.patch(path, { data: { headline: "x" } })).status()).toBe(401);
  expect((await other.api.patch(path, { data: { headline: "x" } })).status()).toBe(403);
  expect(
    (
      await other.api.post(`${path}/experience`, {
        data: { companyName: "A", title: "B", startDate: "2020-01" },
      })
    ).status(),
  ).toBe(403);
  expect((await other.api.delete(`${path}/experience/${id}`)).status()).toBe(403);
  expect((await other.api.put(`${path}/skills`, { data: { skills: [] } })).status()).toBe(403);
  expect((await request.get("/api/v1/profiles/me")).status()).toBe(401);

  const asAnonymous = await (await request.get(path)).json();
  expect(asAnonymous).toMatchObject({
    headline: "Data engineer · 数据工程师",
    contact: { phone: null },
    settings: null,
  });
  expect(asAnonymous.positions).toHaveLength(1);
  const asMember = await (await other.api.get(path)).json();
  expect(asMember.contact.phone).toBe("+49 30 123456");

  // bad input: field messages in the member's language (English, chosen at sign-up), nothing stored
  const bad = await owner.api.patch(path, {
    data: { headline: "<script>alert(1)</script>", website: "javascript:alert(1)" },
  });
  expect(bad.status()).toBe(422);
  const { error } = await bad.json();
  expect(error.code).toBe("validation");
  expect(Object.keys(error.fields).sort()).toEqual(["headline", "website"]);
  expect(error.fields.website).toBe("Enter a web address starting with http:// or https://.");
  expect((await (await request.get(path)).json()).headline).toBe("Data engineer · 数据工程师");

  // images: multipart uploads, checked by content
  const jpeg = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#f97316" } })
    .jpeg()
    .toBuffer();
  const image = { name: "me.jpg", mimeType: "image/jpeg", buffer: jpeg };
  const uploaded = await owner.api.post(`${path}/images/avatar`, { multipart: { image } });
  expect(uploaded.status()).toBe(200);
  expect((await uploaded.json()).avatar.md).toMatch(/^\/media\/avatars\/.+-md\.webp$/);
  expect((await other.api.post(`${path}/images/avatar`, { multipart: { image } })).status()).toBe(403);
  expect((await owner.api.post(`${path}/images/avatar`, { data: { image: "x" } })).status()).toBe(422);
  const gif = { ...image, buffer: await sharp(jpeg).gif().toBuffer() };
  const refused = await owner.api.post(`${path}/images/banner`, { multipart: { image: gif } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.fields.image).toMatch(/JPEG, PNG or WebP/);
  expect((await owner.api.delete(`${path}/images/avatar`)).status()).toBe(204);
  expect((await (await request.get(path)).json()).avatar).toBeNull();

  expect((await owner.api.post(`${path}/hobbies`, { data: {} })).status()).toBe(404);
  expect((await owner.api.delete(`${path}/experience/${id}`)).status()).toBe(204);
  expect((await (await request.get(path)).json()).positions).toEqual([]);
  expect((await request.get("/api/v1/profiles/no-such-member-here")).status()).toBe(404);
});
