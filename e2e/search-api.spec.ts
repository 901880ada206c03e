import { expect, test } from "./fixtures";

test("the search API finds people, companies and posts in either language; bad input is a 422", async ({
  request,
}) => {
  // a server just started may still be building its indexes
  await expect(async () => {
    const all = await (await request.get(`/api/v1/search?q=${encodeURIComponent("张聪聪")}`)).json();
    expect(all.isDegraded).toBe(false);
    expect(all.people.hits.map((hit: { handle: string }) => hit.handle)).toContain("zhang-congcong");
  }).toPass({ timeout: 30_000 });

  const companies = await request.get(
    `/api/v1/search?type=companies&q=software&filters=${encodeURIComponent(JSON.stringify({ industry: ["software"] }))}`,
  );
  expect(companies.status()).toBe(200);
  const body = await companies.json();
  expect(body.companies.hits.length).toBeGreaterThan(0);
  expect(body.companies.facets.industry).toContainEqual(
    expect.objectContaining({ value: "software", isSelected: true }),
  );

  for (const query of [
    "type=jobs",
    "type=people&filters=not-json",
    `type=people&filters=${encodeURIComponent('{"color":["red"]}')}`,
    `q=${"x".repeat(201)}`,
    "type=posts&cursor=0",
    "limit=500",
  ])
    expect((await request.get(`/api/v1/search?${query}`)).status(), query).toBe(422);
});
