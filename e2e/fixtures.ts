import { randomInt } from "node:crypto";
import {
  test as base,
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Browser,
  type Page,
} from "@playwright/test";
import { uniqueMember, type UserSeed } from "../prisma/seed/factories";

export const PASSWORD = "velvet harbour quietly sings";

type Fixtures = { member: UserSeed };

export const test = base.extend<Fixtures>({
  // Every test: its own client address, and it fails on a console error or a 5xx response.
  page: async ({ page }, use) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.${randomInt(256)}.${randomInt(256)}` });
    const problems: string[] = [];
    page.on("console", (message) => {
      // a 4xx answer is an expected outcome (a 404 page, a refused request); 5xx is caught below
      if (message.type() === "error" && !/status of 4\d\d/.test(message.text()))
        problems.push(`console: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 500) problems.push(`${response.status()} ${response.url()}`);
    });
    await use(page);
    expect(problems, "console errors or server errors").toEqual([]);
  },
  member: async ({}, use) => {
    await use(uniqueMember({ name: `Tester ${randomInt(1e6)}` }));
  },
});

export { expect };

/** A page in a browser of its own (another person), speaking from its own address like every test's page. */
export async function newPersonPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `198.18.${randomInt(256)}.${randomInt(256)}` },
  });
  return context.newPage();
}

/** Joins as a new member (sign-up says to check the inbox, whoever the address belongs to), then signs in. */
export async function signUp(page: Page, member: UserSeed, password = PASSWORD) {
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill(member.name);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Agree & join" }).click();
  await expect(page.getByRole("status").getByText(`We sent an email to ${member.email}.`)).toBeVisible();
  await signIn(page, member.email, password);
  await expect(page).toHaveURL(/\/feed$/);
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/\?signedOut=1$/);
}

/**
 * The newest mail to `email` in the dev mailbox: its link. Read in a browser of its own on this machine's address
 * (no X-Forwarded-For), since the mailbox answers loopback clients only.
 */
export async function linkFromMailbox(page: Page, email: string, subject: string): Promise<string> {
  const onThisMachine = await page.context().browser()!.newContext();
  const mailbox = await onThisMachine.newPage();
  try {
    for (let i = 0; i < 40; i++) {
      await mailbox.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
      const mail = mailbox.getByTestId("mail").filter({ hasText: subject }).first();
      if (await mail.count()) return (await mail.getByRole("link").first().getAttribute("href"))!;
      await mailbox.waitForTimeout(250);
    }
  } finally {
    await onThisMachine.close();
  }
  throw new Error(`no mail "${subject}" for ${email}`);
}

/** An API client signed up as a new member (its own address, so sign-up throttles don't collide). */
export async function newMemberClient(baseURL: string): Promise<{ api: APIRequestContext; handle: string }> {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `203.0.${randomInt(256)}.${randomInt(256)}` },
  });
  const member = uniqueMember({ name: `API ${randomInt(1e6)}` });
  expect((await api.post("/api/v1/auth/sign-up", { data: { ...member, password: PASSWORD } })).status()).toBe(
    202,
  );
  const signedIn = await api.post("/api/v1/auth/sign-in", {
    data: { email: member.email, password: PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const me = await (await api.get("/api/v1/profiles/me")).json();
  return { api, handle: me.handle };
}

/** The profile address of the member signed in on this page. */
export async function handleOf(page: Page): Promise<string> {
  return (await (await page.context().request.get("/api/v1/profiles/me")).json()).handle;
}

/** Connects the members signed in on these two pages through the API (one invites, the other accepts). */
export async function connectThroughApi(a: Page, b: Page) {
  const invited = await a
    .context()
    .request.post("/api/v1/invitations", { data: { handle: await handleOf(b) } });
  expect(invited.status()).toBe(200);
  const { invitationId } = await invited.json();
  expect(
    (await b.context().request.post(`/api/v1/invitations/${invitationId}/accept`, { data: {} })).status(),
  ).toBe(204);
}
