import type { APIRequestContext } from "@playwright/test";
import { expect, newMemberClient, signUp, test } from "./fixtures";

type Client = Awaited<ReturnType<typeof newMemberClient>>;

const nameOf = async (client: Client) =>
  (await (await client.api.get("/api/v1/profiles/me")).json()).name as string;

/** `from` invites `to` (who accepts): they are connected. */
async function connect(from: APIRequestContext, to: Client, toHandle = to.handle) {
  const sent = await (await from.post("/api/v1/invitations", { data: { handle: toHandle } })).json();
  expect((await to.api.post(`/api/v1/invitations/${sent.invitationId}/accept`, { data: {} })).status()).toBe(
    204,
  );
}

test("the network page: answer an invitation, then that connection's connections are suggested within a minute", async ({
  page,
  member,
  baseURL,
}) => {
  await signUp(page, member);
  const anaHandle = (await (await page.request.get("/api/v1/profiles/me")).json()).handle as string;
  const [bo, cy, dy] = await Promise.all([1, 2, 3].map(() => newMemberClient(baseURL!)));
  const [boName, cyName, dyName] = (await Promise.all([bo!, cy!, dy!].map(nameOf))) as [
    string,
    string,
    string,
  ];
  await connect(cy!.api, bo!);
  await connect(dy!.api, bo!);
  const note = "Let's connect — 我们在杭州的产品沙龙见过！";
  await bo!.api.post("/api/v1/invitations", { data: { handle: anaHandle, note } });

  await page.goto("/network");
  const invitations = page.getByTestId("invitations");
  await expect(invitations.getByText(note)).toBeVisible();
  await expect(page.getByTestId("suggestions")).toContainText("No suggestions yet");
  await invitations.getByRole("button", { name: "Accept" }).click();
  await expect(invitations.getByText("No pending invitations.")).toBeVisible();
  await expect(page.getByTestId("count-connections")).toHaveText("1");

  // the worker ranks ana's suggestions again after the new connection: bo's connections, with bo in common
  const suggestions = page.getByTestId("suggestions");
  await expect(async () => {
    await page.reload();
    await expect(suggestions.getByText(cyName)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  const cyCard = suggestions.getByTestId("suggestion").filter({ hasText: cyName });
  await expect(cyCard.getByTestId("reason")).toHaveText(`${boName} is a mutual connection`);
  await expect(cyCard.getByTestId("degree")).toHaveText("2nd");
  await cyCard.getByRole("button", { name: "Connect" }).click();
  await expect(cyCard.getByRole("button", { name: "Pending" })).toBeDisabled();
  await suggestions.getByRole("button", { name: `Not interested in ${dyName}` }).click();
  await expect(suggestions.getByText(`We won't suggest ${dyName} again.`)).toBeVisible();
  await page.reload();
  await expect(suggestions.getByTestId("suggestion")).toHaveCount(0); // cy is invited, dy dismissed

  // the invitation ana sent, withdrawn
  await page.getByRole("link", { name: /^Invitations sent/ }).click();
  await expect(page.getByTestId("invitations-sent")).toContainText(cyName);
  await page.getByTestId("invitations-sent").getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByText("You have no invitations waiting for an answer.")).toBeVisible();

  // connections: searched, then removed (after confirming)
  await page.getByRole("link", { name: /^Connections/ }).click();
  await page.getByRole("searchbox", { name: "Search by name or headline" }).fill("nobody-by-this-name");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No connections match “nobody-by-this-name”.")).toBeVisible();
  await page.getByRole("searchbox", { name: "Search by name or headline" }).fill(boName.slice(0, 6));
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByTestId("person-row").filter({ hasText: boName });
  await expect(row).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Remove connection" }).click();
  await expect(page.getByTestId("person-row")).toHaveCount(0);
  expect((await (await page.request.get("/api/v1/connections")).json()).items).toEqual([]);

  // bo's invitation is in ana's notifications
  await page.goto("/notifications");
  await expect(page.getByTestId("notifications")).toContainText(`${boName} invited you to connect.`);
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
});

test("blocking hides everything both ways, and unblocking in settings undoes only the block", async ({
  page,
  member,
  baseURL,
}) => {
  await signUp(page, member);
  const anaHandle = (await (await page.request.get("/api/v1/profiles/me")).json()).handle as string;
  const bo = await newMemberClient(baseURL!);
  const boName = await nameOf(bo);
  await connect(page.request, bo);
  await expect(async () => {
    // the worker indexes new members within seconds
    await page.goto(`/search?q=${encodeURIComponent(boName)}`);
    await expect(page.getByTestId("people-results").getByText(boName)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const boResult = page.getByTestId("people-results").getByRole("link", { name: boName });
  await expect(boResult.getByTestId("degree")).toHaveText("1st");

  expect((await page.request.put(`/api/v1/blocks/${bo.handle}`, { data: {} })).status()).toBe(204);

  // ana sees nothing of bo
  expect((await page.goto(`/in/${bo.handle}`))?.status()).toBe(404);
  await page.goto(`/search?q=${encodeURIComponent(boName)}`);
  await expect(page.getByRole("heading", { name: `Results for “${boName}”` })).toBeVisible();
  await expect(page.getByRole("link", { name: boName })).toHaveCount(0);
  await page.goto("/network/connections");
  await expect(page.getByText("No connections yet")).toBeVisible();
  await page.goto("/notifications");
  await expect(page.getByText(boName)).toHaveCount(0); // bo's acceptance is hidden

  // and bo nothing of ana
  expect((await bo.api.get(`/api/v1/profiles/${anaHandle}`)).status()).toBe(404);
  expect((await bo.api.get(`/api/v1/people/${anaHandle}/relationship`)).status()).toBe(404);
  expect((await bo.api.post("/api/v1/invitations", { data: { handle: anaHandle } })).status()).toBe(404);
  expect((await bo.api.put(`/api/v1/follows/${anaHandle}`, { data: {} })).status()).toBe(404);
  expect((await (await bo.api.get("/api/v1/connections")).json()).items).toEqual([]);
  const boSuggestions = await (await bo.api.get("/api/v1/network/suggestions")).json();
  expect(boSuggestions.items.map((s: { person: { handle: string } }) => s.person.handle)).not.toContain(
    anaHandle,
  );

  // unblocked from settings: the profiles are back, the connection is not
  await page.goto("/settings");
  const blocked = page.getByTestId("blocked");
  await expect(blocked).toContainText(boName);
  await blocked.getByRole("button", { name: "Unblock" }).click();
  await expect(page.getByText("You haven't blocked anyone.")).toBeVisible();
  expect((await page.goto(`/in/${bo.handle}`))?.status()).toBe(200);
  await expect(page.getByTestId("relationship").getByRole("button", { name: "Connect" })).toBeVisible();
  await bo.api.dispose();
});

test("a connection endorses a skill and writes a recommendation from the profile; a stranger can't", async ({
  page,
  member,
  baseURL,
}) => {
  await signUp(page, member);
  const [ana, stranger] = await Promise.all([newMemberClient(baseURL!), newMemberClient(baseURL!)]);
  const anaPath = `/api/v1/profiles/${ana.handle}`;
  expect((await ana.api.put(`${anaPath}/skills`, { data: { skills: ["产品设计", "SQL"] } })).status()).toBe(
    200,
  );
  const boHandle = (await (await page.request.get("/api/v1/profiles/me")).json()).handle as string;
  await connect(ana.api, { api: page.request, handle: boHandle });

  await page.goto(`/in/${ana.handle}`);
  const skills = page.getByTestId("skills");
  await skills.getByRole("button", { name: "Endorse for 产品设计" }).click();
  await expect(skills.getByRole("button", { name: /Endorsed for 产品设计/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const recommend = page.getByTestId("recommend");
  await recommend.getByRole("button", { name: "Write a recommendation" }).click();
  await recommend.getByLabel(/How do you know/).fill("We shipped 杭州 checkout together");
  await recommend.getByLabel("Your recommendation").fill("Too short");
  await recommend.getByRole("button", { name: "Save recommendation" }).click();
  await expect(recommend.getByText("Write at least 20 characters.").first()).toBeVisible();
  await recommend
    .getByLabel("Your recommendation")
    .fill("A careful designer who listens to every customer — 推荐！");
  await recommend.getByRole("button", { name: "Save recommendation" }).click();
  await expect(recommend.getByText(/can see your recommendation on their profile/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("skills")).toContainText("1 endorsement");
  await expect(page.locator("#recommendations")).toContainText(
    "A careful designer who listens to every customer",
  );

  // ana is told
  const notifications = await (await ana.api.get("/api/v1/notifications")).json();
  expect(notifications.items.map((n: { kind: string; skill: string | null }) => [n.kind, n.skill])).toEqual(
    expect.arrayContaining([
      ["endorsement", "产品设计"],
      ["recommendation", null],
    ]),
  );

  // a stranger gets no buttons, and the API refuses
  const skillId = (await (await stranger.api.get(anaPath)).json()).skills[0].id as string;
  expect(
    (
      await stranger.api.put(`/api/v1/people/${ana.handle}/skills/${skillId}/endorsement`, { data: {} })
    ).status(),
  ).toBe(403);
  const refused = await stranger.api.put(`/api/v1/people/${ana.handle}/recommendation`, {
    data: { relationship: "Never met", body: "I would like to recommend this member warmly." },
  });
  expect(refused.status()).toBe(403);
  await Promise.all([ana.api.dispose(), stranger.api.dispose()]);
});
