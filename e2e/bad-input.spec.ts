import { expect, test } from "./fixtures";

const NASTY = [
  "x".repeat(10_000),
  '\' OR 1=1; DROP TABLE "User"; --',
  "<script>alert(1)</script>",
  "😀🔥💼".repeat(20),
  "张聪聪",
  "   ",
];

test("sign-up answers every bad value with a message under the field, never a server error", async ({
  page,
}) => {
  for (const value of NASTY) {
    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill(value);
    await page.getByLabel("Email").fill(value);
    await page.getByLabel("Password", { exact: true }).fill(value);
    await page.getByRole("button", { name: "Agree & join" }).click();
    await expect(page.getByText("Please check the highlighted fields.")).toBeVisible();
    await expect(page.locator("#field-email")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/sign-up$/);
  }
});

test("sign-in answers every bad value with a message, never a server error", async ({ page }) => {
  for (const value of NASTY) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(value);
    await page.getByLabel("Password", { exact: true }).fill(value);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
  }
});

test("the REST API answers bad bodies with JSON errors, in the caller's language", async ({ request }) => {
  const cases: [unknown, string, number][] = [
    ["not json", "text/plain", 422],
    ["{broken", "application/json", 422],
    [JSON.stringify([1, 2]), "application/json", 422],
    [JSON.stringify({ email: "x".repeat(10_000), password: 5 }), "application/json", 422],
    [JSON.stringify({ email: "<b>@x", password: "😀" }), "application/json", 422],
  ];
  for (const [data, contentType, status] of cases) {
    const response = await request.post("/api/v1/auth/sign-in", {
      data: data as string,
      headers: { "content-type": contentType, "accept-language": "zh-CN" },
    });
    expect(response.status()).toBe(status);
    const body = await response.json();
    expect(body.error.code).toBe("validation");
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  }
  const anonymous = await request.get("/api/v1/me");
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("unauthenticated");
});
