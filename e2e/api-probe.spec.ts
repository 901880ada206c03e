// Every operation of the OpenAPI document, probed as anonymous, a stranger, a stranger with a company of their
// own and a member blocked by the owner, and fed bad input by the owner: never a 5xx, 401/403/404 where the
// caller has no business, and bad input refused with a message, storing nothing. New routes are probed as they
// land; a route a stranger may call on someone else's things must be named below, on purpose.
import { randomInt } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import {
  buildWorld,
  exampleOf,
  operationsOf,
  propertiesOf,
  wrongOf,
  type Operation,
  type World,
} from "./api-probe";
import { expect, newMemberClient, test } from "./fixtures";

/** What any member may do to someone else's things (everything else with a path parameter is refused). */
const OPEN_TO_ANY_MEMBER = new Set([
  "GET /api/v1/people/{handle}/mutual",
  "GET /api/v1/people/{handle}/relationship",
  "GET /api/v1/people/{handle}/posts",
  "PUT /api/v1/follows/{handle}",
  "DELETE /api/v1/follows/{handle}",
  "DELETE /api/v1/blocks/{handle}",
  "DELETE /api/v1/connections/{handle}",
  "DELETE /api/v1/network/suggestions/{handle}",
  "PUT /api/v1/mutes/{handle}",
  // one's own endorsement: taking back one never given changes nothing
  "DELETE /api/v1/people/{handle}/skills/{skillId}/endorsement",
  "DELETE /api/v1/mutes/{handle}",
  "GET /api/v1/profiles/{handle}",
  "POST /api/v1/profiles/{handle}/views",
  "GET /api/v1/posts/{id}",
  "PUT /api/v1/posts/{id}/reaction",
  "DELETE /api/v1/posts/{id}/reaction",
  "GET /api/v1/posts/{id}/comments",
  "POST /api/v1/posts/{id}/comments",
  "POST /api/v1/posts/{id}/reposts",
  "PUT /api/v1/posts/{id}/save",
  "DELETE /api/v1/posts/{id}/save",
  "PUT /api/v1/posts/{id}/hide",
  "DELETE /api/v1/posts/{id}/hide",
  "POST /api/v1/posts/{id}/report",
  "POST /api/v1/comments/{id}/report",
  "PUT /api/v1/comments/{id}/reaction",
  "DELETE /api/v1/comments/{id}/reaction",
  "GET /api/v1/companies/{slug}",
  "GET /api/v1/companies/{slug}/viewer",
  "PUT /api/v1/companies/{slug}/follow",
  "DELETE /api/v1/companies/{slug}/follow",
  "GET /api/v1/companies/{slug}/relations",
  "POST /api/v1/companies/{slug}/relations",
  "POST /api/v1/companies/{slug}/work-email",
  "GET /api/v1/companies/{slug}/announcements",
  "GET /api/v1/companies/{slug}/products",
  "GET /api/v1/companies/{slug}/posts",
  "GET /api/v1/companies/{slug}/jobs",
  "POST /api/v1/companies/{slug}/views",
  "GET /api/v1/hashtags/{tag}",
  "GET /api/v1/hashtags/{tag}/posts",
  "PUT /api/v1/hashtags/{tag}/follow",
  "DELETE /api/v1/hashtags/{tag}/follow",
  "GET /api/v1/jobs/{jobId}",
  "PUT /api/v1/jobs/{jobId}/save",
  "DELETE /api/v1/jobs/{jobId}/save",
  "POST /api/v1/jobs/{jobId}/apply",
]);
/** Operations that end the caller's own session or cut them off: left out of the sweeps, tested elsewhere. */
const SELF_ENDING = new Set([
  "POST /api/v1/auth/sign-out",
  "DELETE /api/v1/me/sessions",
  "PUT /api/v1/blocks/{handle}",
]);

type Outcome = { operation: string; status: number; text: string };

/** Sends the operation; any 5xx, and any answer `isWrong` says is wrong, goes into `problems`. */
async function probe(
  api: APIRequestContext,
  operation: Operation,
  url: string,
  problems: string[],
  isWrong: (outcome: Outcome) => string | false,
  body?: { data?: unknown; raw?: Buffer },
) {
  const response: APIResponse = await api.fetch(url, {
    method: operation.method,
    ...(operation.isWrite && {
      headers: { "content-type": "application/json" },
      data: body?.raw ?? JSON.stringify(body?.data ?? exampleOf(operation.json ?? undefined)),
    }),
    maxRedirects: 0,
  });
  const outcome = { operation: operation.name, status: response.status(), text: await response.text() };
  const wrong = outcome.status >= 500 ? "a server error" : isWrong(outcome);
  if (wrong)
    problems.push(`${operation.name} ${url} → ${outcome.status} (${wrong}): ${outcome.text.slice(0, 200)}`);
  return outcome;
}

/** A 4xx with a JSON error message (what every refusal must look like). */
function refusedWithMessage({ status, text }: Outcome): string | false {
  if (status < 400 || status >= 500) return "expected a refusal";
  try {
    const message = JSON.parse(text)?.error?.message;
    return typeof message === "string" && message.length > 0 ? false : "no message";
  } catch {
    return "not a JSON error";
  }
}

const hasPathParameter = (operation: Operation) => operation.path.includes("{");

let operations: Operation[];
let world: World;

test.setTimeout(240_000);

test.beforeAll(async ({ baseURL }) => {
  const reader = await playwrightRequest.newContext({ baseURL });
  operations = await operationsOf(reader);
  await reader.dispose();
  expect(operations.length).toBeGreaterThan(100);
  world = await buildWorld(baseURL!);
});

test("anonymous callers get 401 wherever the document says a session is needed, and never a 5xx", async ({
  baseURL,
}) => {
  const anonymous = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${randomInt(256)}` },
  });
  const problems: string[] = [];
  for (const operation of operations)
    await probe(anonymous, operation, world.urlOf(operation), problems, ({ status }) =>
      operation.isSessionRequired && status !== 401 ? "expected 401" : false,
    );
  expect(problems).toEqual([]);
});

test("a stranger, with or without a company of their own, can't touch another member's things", async ({
  baseURL,
}) => {
  const stranger = await newMemberClient(baseURL!);
  const withCompany = await newMemberClient(baseURL!);
  const ownSlug = `probe-own-${randomInt(1e9)}`;
  expect(
    (await withCompany.api.post("/api/v1/companies", { data: { slug: ownSlug, nameEn: "Own Co" } })).status(),
  ).toBe(200);
  const problems: string[] = [];
  const isRefused = (operation: Operation) => (outcome: Outcome) =>
    hasPathParameter(operation) && !OPEN_TO_ANY_MEMBER.has(operation.name) && outcome.status < 400
      ? "a stranger got through"
      : false;
  for (const operation of operations.filter((o) => !SELF_ENDING.has(o.name))) {
    await probe(stranger.api, operation, world.urlOf(operation), problems, isRefused(operation));
    await probe(withCompany.api, operation, world.urlOf(operation), problems, isRefused(operation));
    // their own page's address with the owner's things under it: still not theirs
    if (operation.path.startsWith("/api/v1/companies/{slug}/") && /\{\w+Id\}/.test(operation.path))
      await probe(
        withCompany.api,
        operation,
        world.urlOf(operation, { slug: ownSlug }),
        problems,
        (outcome) =>
          operation.isWrite && outcome.status < 400 ? "another page's item through one's own page" : false,
      );
  }
  expect(problems).toEqual([]);
});

test("a member the owner blocked finds nothing of theirs and can do nothing to them", async ({ baseURL }) => {
  const blocked = await newMemberClient(baseURL!);
  expect((await world.owner.api.put(`/api/v1/blocks/${blocked.handle}`, { data: {} })).status()).toBe(204);
  const namesOwner = (operation: Operation) =>
    operation.path.includes("{handle}") || /^\/api\/v1\/posts\/\{id\}/.test(operation.path);
  // undoing what isn't there, or blocking back, is allowed
  const allowed = new Set([
    "DELETE /api/v1/blocks/{handle}",
    "DELETE /api/v1/follows/{handle}",
    "DELETE /api/v1/connections/{handle}",
    "DELETE /api/v1/mutes/{handle}",
    "DELETE /api/v1/network/suggestions/{handle}",
    "DELETE /api/v1/posts/{id}/reaction",
    "DELETE /api/v1/posts/{id}/save",
    "DELETE /api/v1/posts/{id}/hide",
    "DELETE /api/v1/people/{handle}/skills/{skillId}/endorsement",
  ]);
  const problems: string[] = [];
  for (const operation of operations.filter((o) => namesOwner(o) && !SELF_ENDING.has(o.name)))
    await probe(blocked.api, operation, world.urlOf(operation), problems, (outcome) =>
      !allowed.has(operation.name) && outcome.status < 400 ? "the blocked member got through" : false,
    );
  for (const [path, data] of [
    ["/api/v1/invitations", { handle: world.ids.handle }],
    ["/api/v1/reports", { handle: world.ids.handle, reason: "spam" }],
  ] as const) {
    const response = await blocked.api.post(path, { data });
    if (response.status() !== 404) problems.push(`POST ${path} → ${response.status()} (expected 404)`);
  }
  expect(problems).toEqual([]);
});

test("bad input on every write gets a 4xx with a message and stores nothing", async () => {
  const { api } = world.owner;
  const snapshot = async () =>
    Promise.all(
      [
        `/api/v1/profiles/${world.ids.handle}`,
        `/api/v1/companies/${world.slug}`,
        `/api/v1/companies/${world.slug}/products`,
        `/api/v1/companies/${world.slug}/announcements`,
        `/api/v1/posts/${world.postId}`,
        `/api/v1/jobs/${world.ids.jobId}`,
        "/api/v1/me/job-alerts",
        "/api/v1/recruiter/searches",
      ].map(async (path) => [path, await (await api.get(path)).text()]),
    );
  const before = await snapshot();
  const problems: string[] = [];
  const writes = operations.filter((o) => o.isWrite && !SELF_ENDING.has(o.name));
  for (const operation of writes) {
    const url = world.urlOf(operation);
    // a path that can't be read: malformed percent-encoding, a NUL
    for (const name of operation.path.match(/\{(\w+)\}/g) ?? []) {
      for (const bad of ["%FF", "%00", "%C0%AF"]) {
        const badUrl = world.urlOf(operation, { [name.slice(1, -1)]: bad });
        const response = await api.fetch(badUrl, { method: operation.method });
        if (response.status() < 400 || response.status() >= 500)
          problems.push(`${operation.name} ${badUrl} → ${response.status()} (expected 4xx)`);
      }
    }
    const takesNoBody =
      operation.method === "DELETE" ||
      (!operation.json && !operation.isMultipart) ||
      (operation.json?.type === "object" && !Object.keys(operation.json.properties ?? {}).length);
    if (takesNoBody) continue;
    const properties = Object.entries(propertiesOf(operation.json));
    const everyProperty = (value: (schema: (typeof properties)[number][1]) => unknown) =>
      Object.fromEntries(properties.map(([key, schema]) => [key, value(schema)]));
    const payloads: { data?: unknown; raw?: Buffer }[] = [
      { data: everyProperty(() => "a\u0000b") },
      { data: everyProperty(() => "\ud800 lone surrogate") },
      { data: everyProperty(wrongOf) },
      { data: everyProperty(() => "长".repeat(300_000)) },
      { data: everyProperty(() => "x".repeat(1_000_000)) },
      {
        data: { ...(exampleOf(operation.json ?? undefined) as object), padding: "x".repeat(2 * 1024 * 1024) },
      },
      { raw: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
      { raw: Buffer.from("[1, 2, 3]") },
    ];
    for (const payload of payloads) await probe(api, operation, url, problems, refusedWithMessage, payload);
    if (operation.isMultipart) {
      const huge = await api.fetch(url, {
        method: operation.method,
        multipart: {
          file: { name: "big.bin", mimeType: "application/pdf", buffer: Buffer.alloc(12 * 1024 * 1024) },
        },
      });
      if (huge.status() !== 413)
        problems.push(`${operation.name} with a 12 MB upload → ${huge.status()} (expected 413)`);
    }
  }
  expect(problems).toEqual([]);
  expect(await snapshot()).toEqual(before);
});
