// The REST API as the OpenAPI document describes it: every operation, filled with real resources, as plain data
// for e2e/api-probe.spec.ts. A route added to the document is probed without touching the spec.
import { randomInt } from "node:crypto";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { newMemberClient } from "./fixtures";

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  minimum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
};

export type Operation = {
  /** "PATCH /api/v1/companies/{slug}" */
  name: string;
  method: string;
  path: string;
  isSessionRequired: boolean;
  isWrite: boolean;
  /** the JSON body's schema, when it takes one */
  json: Schema | null;
  isMultipart: boolean;
};

type Document = {
  paths: Record<
    string,
    Record<
      string,
      {
        security?: Record<string, string[]>[];
        requestBody?: { content: Record<string, { schema: Schema }> };
      }
    >
  >;
};

/** Every operation of the served document. */
export async function operationsOf(api: APIRequestContext): Promise<Operation[]> {
  const document = (await (await api.get("/api/v1/openapi.json")).json()) as Document;
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => {
      const security = operation.security ?? [];
      const content = operation.requestBody?.content ?? {};
      return {
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        isSessionRequired: security.length > 0 && security.every((r) => Object.keys(r).length > 0),
        isWrite: method !== "get",
        json: content["application/json"]?.schema ?? null,
        isMultipart: "multipart/form-data" in content,
      };
    }),
  );
}

const typeOf = (schema: Schema) =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;

/** A plausible value for a schema: what a careful client would send (so that rules beyond the shape are reached). */
export function exampleOf(schema: Schema | undefined): unknown {
  if (!schema) return {};
  if (schema.enum) return schema.enum[0];
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant) return exampleOf(variant);
  switch (typeOf(schema)) {
    case "integer":
    case "number":
      return Math.max(schema.minimum ?? 1, 1);
    case "boolean":
      return false;
    case "array":
      return [];
    case "object":
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => schema.required?.includes(key))
          .map(([key, value]) => [key, exampleOf(value)]),
      );
    default:
      if (schema.format === "email") return `probe${randomInt(1e9)}@renmai.example`;
      if (schema.format === "uri") return "https://renmai.example/probe";
      return "probe";
  }
}

/** A value of the wrong kind for a schema (never one a strict parser would turn into the right kind). */
export function wrongOf(schema: Schema): unknown {
  if (schema.enum) return 12345;
  switch (typeOf(schema)) {
    case "integer":
    case "number":
      return true;
    case "boolean":
      return "str";
    case "array":
      return { not: "a list" };
    case "object":
      return "not an object";
    default:
      return { not: "text" };
  }
}

/** The body's properties (at least one, so that every payload has something in it). */
export const propertiesOf = (schema: Schema | null): Record<string, Schema> =>
  schema?.properties && Object.keys(schema.properties).length
    ? schema.properties
    : { text: { type: "string" } };

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A member with one of everything the API names by id, and the values each path parameter takes. */
export async function buildWorld(baseURL: string) {
  const owner = await newMemberClient(baseURL);
  const applicant = await newMemberClient(baseURL);
  const { api } = owner;
  const ok = async (response: Promise<APIResponse>) => {
    const answer = await response;
    expect(answer.status(), `${answer.url()}: ${await answer.text()}`).toBeLessThan(300);
    return answer.status() === 204 ? {} : answer.json();
  };
  const slug = `probe-${randomInt(1e9)}`;
  await ok(api.post("/api/v1/companies", { data: { slug, nameEn: "Probe Works", nameZh: "探针公司" } }));
  const company = `/api/v1/companies/${slug}`;
  const post = await ok(api.post("/api/v1/posts", { data: { text: "A probe post #probe" } }));
  const comment = await ok(api.post(`/api/v1/posts/${post.id}/comments`, { data: { text: "A comment" } }));
  const article = await ok(
    api.post("/api/v1/articles", { data: { title: "Probe article", body: "Words." } }),
  );
  const job = await ok(
    api.post(`${company}/jobs`, {
      data: {
        title: "Probe engineer",
        description: "Probe the API.",
        workplace: "remote",
        remoteCountries: ["CN"],
        employmentType: "full_time",
        seniority: "mid_senior",
        publish: true,
      },
    }),
  );
  const product = await ok(api.post(`${company}/products`, { data: { name: "Probe product" } }));
  const announcement = await ok(api.post(`${company}/announcements`, { data: { title: "Probe notice" } }));
  const experience = await ok(
    api.post(`/api/v1/profiles/${owner.handle}/experience`, {
      data: { title: "Prober", companyName: "Probe Works", startDate: "2020-01" },
    }),
  );
  await ok(api.put(`/api/v1/profiles/${owner.handle}/skills`, { data: { skills: ["Probing"] } }));
  const profile = await ok(api.get(`/api/v1/profiles/${owner.handle}`));
  const alert = await ok(api.post("/api/v1/me/job-alerts", { data: { query: "probe" } }));
  const search = await ok(
    api.post("/api/v1/recruiter/searches", { data: { name: "Probe", query: "probe" } }),
  );
  const project = await ok(api.post(`${company}/projects`, { data: { name: "Probe pool" } }));
  const application = await ok(
    applicant.api.post(`/api/v1/jobs/${job.id}/apply`, { data: { email: "applicant@renmai.example" } }),
  );
  const relation = await ok(applicant.api.post(`${company}/relations`, { data: { kind: "customer" } }));
  const invitation = await ok(applicant.api.post("/api/v1/invitations", { data: { handle: owner.handle } }));

  const ids: Record<string, string> = {
    handle: owner.handle,
    slug,
    jobId: job.id,
    applicationId: application.id,
    productId: product.id,
    announcementId: announcement.id,
    relationId: relation.id,
    alertId: alert.id,
    searchId: search.id,
    projectId: project.id,
    skillId: profile.skills[0].id,
    section: "experience",
    image: "logo",
    kind: "avatar",
    tag: "probe",
  };
  // {id} names a different thing under each collection
  const idUnder: Record<string, string> = {
    posts: post.id,
    comments: comment.id,
    articles: article.id,
    invitations: invitation.invitationId ?? invitation.id,
    profiles: experience.id,
  };
  /** The operation's path with the world's values in it. */
  const urlOf = (operation: Operation, values: Record<string, string> = {}) =>
    operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      if (values[name] !== undefined) return values[name];
      if (name === "id") return idUnder[operation.path.split("/")[3]!] ?? `c${randomInt(1e9)}probe0000000`;
      return ids[name] ?? `c${randomInt(1e9)}probe0000000`;
    });
  return { owner, applicant, slug, ids, idUnder, urlOf, postId: post.id as string };
}
