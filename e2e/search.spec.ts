import { expect, newMemberClient, signIn, test } from "./fixtures";

test("a member narrows “product manager Hangzhou” to the 2nd degree; every result is 2nd degree, and the URL keeps it", async ({
  page,
}) => {
  await signIn(page, "zhang.congcong@renmai.example", "renmai-demo-2026");
  await expect(page).toHaveURL(/\/feed$/);
  const results = page.getByTestId("people-results");
  await expect(async () => {
    await page.goto(`/search?q=${encodeURIComponent("product manager Hangzhou")}&type=people`);
    await expect(page.getByTestId("facet-degree-2")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByTestId("facet-degree-2").click();
  await expect(page).toHaveURL(/degree=2/);
  await expect(page.getByTestId("facet-degree-2")).toHaveAttribute("aria-current", "true");
  const badges = results.getByTestId("degree");
  await expect(badges.first()).toBeVisible();
  // 张聪聪 reads Chinese
  for (const badge of await badges.all()) await expect(badge).toHaveText("二度");
  await page.reload();
  for (const badge of await results.getByTestId("degree").all()) await expect(badge).toHaveText("二度");
});

test("all kinds of results at once, in Chinese, with the matches marked", async ({ page }) => {
  await expect(async () => {
    // a server just started may still be building its indexes
    await page.goto(`/search?q=${encodeURIComponent("跨境电商")}`);
    await expect(page.getByTestId("companies-results").getByRole("listitem").first()).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByTestId("posts-results").locator("mark").first()).toBeVisible();
  await page.getByRole("link", { name: "Companies", exact: true }).click();
  await expect(page).toHaveURL(/type=companies/);
  await expect(page.getByTestId("facets").getByTestId("facet-industry-software")).toBeVisible();
});

test("a connections-only post is never found by a stranger; a public one is", async ({ page, baseURL }) => {
  const author = await newMemberClient(baseURL!);
  const word = `Qz${Date.now().toString(36)}`;
  for (const audience of ["connections", "anyone"])
    expect(
      (
        await author.api.post("/api/v1/posts", { data: { text: `${word} ${audience} 的动态`, audience } })
      ).status(),
    ).toBe(200);
  await expect(async () => {
    await page.goto(`/search?q=${word}&type=posts`);
    await expect(page.getByTestId("posts-results").getByRole("listitem")).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByTestId("posts-results")).toContainText(`anyone 的动态`);
  await expect(page.getByTestId("posts-results")).not.toContainText("connections 的动态");
});

test("bad search parameters get a message, not an error page", async ({ page }) => {
  const response = await page.goto(`/search?q=${"x".repeat(250)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "200" })).toBeVisible();
});

test("the header's typeahead: 张聪 suggests 张聪聪, and the keyboard opens the profile", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search" });
  await expect(async () => {
    await box.fill("");
    await box.pressSequentially("张聪");
    await expect(page.getByRole("option", { name: /张聪聪/ })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("option", { name: /See all results for “张聪”/ })).toBeVisible();
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/in\/zhang-congcong$/);
});

test("Enter in the header's box searches what is typed, on a phone as on a desktop", async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search" });
    await box.pressSequentially("产品经理");
    // the suggestions may or may not have come: with nothing highlighted, Enter searches either way
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=%E4%BA%A7%E5%93%81%E7%BB%8F%E7%90%86$/);
    await expect(page.getByTestId("people-results")).toBeVisible();
  }
});

test("results follow as you type on the search page, keeping the tab", async ({ page }) => {
  await page.goto("/search?type=people");
  const box = page.getByRole("main").getByRole("searchbox", { name: "Search" });
  await box.pressSequentially("Maria Lo");
  const started = Date.now();
  await expect(page.getByTestId("people-results")).toContainText("Maria Lopez");
  test.info().annotations.push({ type: "last key to results", description: `${Date.now() - started} ms` });
  await expect(page).toHaveURL(/type=people/);
  await expect(page).toHaveURL(/q=Maria\+Lo/);
});

test("on a phone the facets wait behind a Filters button", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/search?q=${encodeURIComponent("产品经理")}&type=people`);
  const facets = page.getByTestId("facets");
  await expect(facets).toBeHidden();
  await page.getByRole("button", { name: "Filters" }).click();
  await expect(facets).toBeVisible();
});

test("a place is one filter, named in the reader's language: 杭州 and Hangzhou jobs under one value", async ({
  page,
  baseURL,
}) => {
  const cities = page.getByTestId("facets").locator("[data-testid^='facet-city-']");
  await expect(async () => {
    await page.goto("/jobs");
    await expect(page.getByTestId("facet-city-Hangzhou")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByTestId("facet-city-Hangzhou")).toContainText("Hangzhou");
  await expect(page.getByTestId("facet-city-杭州")).toHaveCount(0);
  const values = await cities.evaluateAll((links) => links.map((link) => link.getAttribute("data-testid")));
  expect(new Set(values).size).toBe(values.length);

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL! }]);
  await page.goto(`/jobs?city=${encodeURIComponent("杭州")}`);
  const hangzhou = page.getByTestId("facet-city-Hangzhou");
  await expect(hangzhou).toContainText("杭州");
  await expect(hangzhou).toHaveAttribute("aria-current", "true");
  await expect(cities.filter({ hasText: "Munich" })).toHaveCount(0);
  await expect(cities.filter({ hasText: "慕尼黑" })).toHaveCount(1);
});
