import { randomInt } from "node:crypto";
import {
  connectThroughApi,
  expect,
  handleOf,
  newMemberClient,
  newPersonPage,
  signUp,
  test,
} from "./fixtures";

// Long unbroken words and addresses (a URL as a headline, a German compound, a pasted token) must wrap inside
// their card on a 360 px phone: no page of this set may scroll sideways.

const LONG_WORD = `https://example.com/${"a-very-long-unbroken-path".repeat(4)}/${"x".repeat(60)}`;

test("people, posts and profiles with very long words keep every page within a phone's width", async ({
  page,
  member,
  baseURL,
  browser,
}) => {
  test.setTimeout(120_000);
  const company = `Narrow ${randomInt(1e9)} GmbH`;
  // someone at the same company (People You May Know), with a headline that is one long address
  const colleague = await newMemberClient(baseURL!);
  expect(
    (
      await colleague.api.patch("/api/v1/profiles/me", {
        data: { headline: LONG_WORD, city: LONG_WORD.slice(0, 80) },
      })
    ).status(),
  ).toBe(200);
  const position = { title: "Engineer", companyName: company, startDate: "2023-01" };
  expect((await colleague.api.post("/api/v1/profiles/me/experience", { data: position })).status()).toBe(201);

  await signUp(page, member);
  expect(
    (await page.context().request.post("/api/v1/profiles/me/experience", { data: position })).status(),
  ).toBe(201);
  // a connection who posts the long address
  const friend = await newPersonPage(browser);
  await signUp(friend, {
    name: `Friend ${randomInt(1e6)}`,
    email: `friend.${randomInt(1e9)}@renmai.test`,
    locale: "en",
  });
  await connectThroughApi(page, friend);
  expect(
    (
      await friend.context().request.post("/api/v1/posts", { data: { text: `Read ${LONG_WORD} now` } })
    ).status(),
  ).toBe(200);

  await page.setViewportSize({ width: 360, height: 740 });
  const pages = [
    "/network",
    `/in/${colleague.handle}`,
    "/feed",
    `/search?q=${encodeURIComponent("a-very-long-unbroken-path")}`,
    `/in/${await handleOf(friend)}`,
    "/welcome?step=people",
  ];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} scrolls sideways`).toBeLessThanOrEqual(360);
  }
  await expect(page.getByTestId("suggestion").filter({ hasText: "a-very-long" }).first()).toBeVisible();
});
