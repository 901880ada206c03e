import { expect, newMemberClient, test } from "./fixtures";

test("the network API: invite with a note, accept, degrees and mutual counts, blocking hides both ways", async ({
  baseURL,
  request,
}) => {
  const [ana, bo, cy] = await Promise.all([1, 2, 3].map(() => newMemberClient(baseURL!)));

  // anonymous callers and bad input are refused, nothing is written
  expect((await request.post("/api/v1/invitations", { data: { handle: bo!.handle } })).status()).toBe(401);
  const tooLong = await ana!.api.post("/api/v1/invitations", {
    data: { handle: bo!.handle, note: "x".repeat(301) },
  });
  expect(tooLong.status()).toBe(422);
  expect((await tooLong.json()).error.fields).toHaveProperty("note");

  const sent = await ana!.api.post("/api/v1/invitations", {
    data: { handle: bo!.handle, note: "Great talk at 上海 Tech Week!" },
  });
  expect(sent.status()).toBe(200);
  const { invitationId } = await sent.json();
  expect((await ana!.api.post("/api/v1/invitations", { data: { handle: bo!.handle } })).status()).toBe(409);
  const received = await (await bo!.api.get("/api/v1/invitations")).json();
  expect(received.items).toMatchObject([{ id: invitationId, note: "Great talk at 上海 Tech Week!" }]);
  expect((await ana!.api.post(`/api/v1/invitations/${invitationId}/accept`, { data: {} })).status()).toBe(
    403,
  );
  expect((await cy!.api.post(`/api/v1/invitations/${invitationId}/accept`, { data: {} })).status()).toBe(404);
  expect((await bo!.api.post(`/api/v1/invitations/${invitationId}/accept`, { data: {} })).status()).toBe(204);
  expect((await bo!.api.post(`/api/v1/invitations/${invitationId}/accept`, { data: {} })).status()).toBe(409);

  const relationship = (from: typeof ana, to: typeof ana) =>
    from!.api.get(`/api/v1/people/${to!.handle}/relationship`).then((r) => r.json());
  expect(await relationship(ana, bo)).toMatchObject({ isConnected: true, degree: 1 });
  expect(await relationship(bo, ana)).toMatchObject({ isConnected: true, degree: 1 });

  // cy connects to bo: ana and cy are 2nd degree, with bo in common
  const toBo = await (await cy!.api.post("/api/v1/invitations", { data: { handle: bo!.handle } })).json();
  expect((await bo!.api.post(`/api/v1/invitations/${toBo.invitationId}/accept`, { data: {} })).status()).toBe(
    204,
  );
  expect(await relationship(cy, ana)).toMatchObject({
    degree: 2,
    mutual: { count: 1, people: [{ handle: bo!.handle }] },
  });
  const mutual = await (await cy!.api.get(`/api/v1/people/${ana!.handle}/mutual`)).json();
  expect(mutual).toMatchObject({ count: 1, people: [{ handle: bo!.handle }] });
  const connections = await (await bo!.api.get("/api/v1/connections?sort=name")).json();
  expect(connections.items.map((p: { handle: string }) => p.handle).sort()).toEqual(
    [ana!.handle, cy!.handle].sort(),
  );

  // ana blocks bo: their connection ends and neither finds the other
  expect((await ana!.api.put(`/api/v1/blocks/${bo!.handle}`, { data: {} })).status()).toBe(204);
  expect((await bo!.api.get(`/api/v1/profiles/${ana!.handle}`)).status()).toBe(404);
  expect((await ana!.api.get(`/api/v1/profiles/${bo!.handle}`)).status()).toBe(404);
  expect((await bo!.api.get(`/api/v1/people/${ana!.handle}/relationship`)).status()).toBe(404);
  expect((await bo!.api.post("/api/v1/invitations", { data: { handle: ana!.handle } })).status()).toBe(404);
  expect((await bo!.api.put(`/api/v1/follows/${ana!.handle}`, { data: {} })).status()).toBe(404);
  expect(await relationship(cy, ana)).toMatchObject({ degree: 3, mutual: { count: 0 } });
  expect((await ana!.api.get("/api/v1/blocks").then((r) => r.json())).items).toMatchObject([
    { handle: bo!.handle },
  ]);

  // a report reaches the queue; a made-up reason does not
  expect(
    (await cy!.api.post("/api/v1/reports", { data: { handle: ana!.handle, reason: "spam" } })).status(),
  ).toBe(204);
  expect(
    (await cy!.api.post("/api/v1/reports", { data: { handle: ana!.handle, reason: "boring" } })).status(),
  ).toBe(422);
  await Promise.all([ana, bo, cy].map((m) => m!.api.dispose()));
});
