// The browser's one way to the REST API: every call names a route of the OpenAPI document (generated/openapi-types.ts,
// generated from the routes' own registrations), so a wrong route, a missing path parameter or a misspelt
// query field fails the typecheck instead of a user's click.
import type { paths } from "@/generated/openapi-types";

const PREFIX = "/api/v1/";
export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** A route of the REST API, without its /api/v1/ prefix: "posts/{postId}/comments". */
export type ApiRoute = {
  [P in keyof paths]: P extends `${typeof PREFIX}${infer Route}` ? Route : never;
}[keyof paths];

type PathItem<R extends ApiRoute> = paths[`${typeof PREFIX}${R}`];
type Operation<R extends ApiRoute, M extends HttpMethod> = NonNullable<PathItem<R>[M]>;

/** The methods a route answers. */
export type MethodOf<R extends ApiRoute> = {
  [M in HttpMethod]: [NonNullable<PathItem<R>[M]>] extends [never] ? never : M;
}[HttpMethod];

type PathParams<O> = O extends { parameters: { path: infer P } } ? P : never;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? Q : never;
type JsonBody<O> = O extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
type Multipart<O> = O extends { requestBody?: { content: { "multipart/form-data": unknown } } }
  ? FormData
  : never;
type Json<Response> = Response extends { content: { "application/json": infer J } } ? J : null;
type Result<O> = O extends { responses: infer Responses }
  ? 200 extends keyof Responses
    ? Json<Responses[200]>
    : 201 extends keyof Responses
      ? Json<Responses[201]>
      : 202 extends keyof Responses
        ? Json<Responses[202]>
        : null
  : never;

type Addressing<O> = ([PathParams<O>] extends [never] ? { path?: never } : { path: PathParams<O> }) &
  ([QueryParams<O>] extends [never] ? { query?: never } : { query?: QueryParams<O> });

/** A body's fields by name; a value may come straight from a form (the API validates and answers per field). */
type FormBody<B> = [B] extends [never] ? never : { [K in keyof B]?: B[K] | FormDataEntryValue | null };

export type CallOptions<O> = Addressing<O> & {
  body?: FormBody<JsonBody<O>> | Multipart<O>;
  signal?: AbortSignal;
  /** the call outlives the page (a visit beacon sent as the member leaves) */
  keepalive?: boolean;
};

/** The options argument: required when the route has {parameters} to fill. */
type OptionsArgument<O, Options> = [PathParams<O>] extends [never] ? [options?: Options] : [options: Options];

type Values = Record<string, string | number | boolean | null | undefined>;

/** The address of a route, its {parameters} filled in and encoded, with the query's defined fields. */
export function apiPath<R extends ApiRoute>(
  route: R,
  ...[addressing]: OptionsArgument<Operation<R, MethodOf<R>>, Addressing<Operation<R, MethodOf<R>>>>
): string {
  return fillRoute(route, addressing as Filling);
}

type Filling = { path?: Values; query?: Values } | undefined;

function fillRoute(route: string, { path, query }: Filling = {}): string {
  const filled = route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = path?.[name];
    if (value === undefined || value === null) throw new Error(`${route}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null && value !== "") search.set(name, String(value));
  const rest = search.size ? `?${search}` : "";
  return `${PREFIX}${filled}${rest}`;
}

/** An API error as the UI shows it: the localized message, and the message of each field at fault. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/**
 * Calls the REST API from the browser: JSON bodies (writes are JSON even without fields, so a cross-site form
 * can't send one) or a FormData upload. Resolves to the answer's JSON (null without a body); an error answer
 * rejects with an ApiError carrying the localized message.
 */
export async function api<R extends ApiRoute, M extends MethodOf<R>>(
  method: M,
  route: R,
  ...[options]: OptionsArgument<Operation<R, M>, CallOptions<Operation<R, M>>>
): Promise<Result<Operation<R, M>>> {
  const { body, signal, keepalive } = (options ?? {}) as {
    body?: object;
    signal?: AbortSignal;
    keepalive?: boolean;
  };
  const isWrite = method === "post" || method === "put" || method === "patch";
  const isUpload = body instanceof FormData;
  const response = await fetch(fillRoute(route, options as Filling), {
    method: method.toUpperCase(),
    headers: isWrite && !isUpload ? { "content-type": "application/json" } : undefined,
    body: isUpload ? body : isWrite ? JSON.stringify(body ?? {}) : undefined,
    signal,
    keepalive,
  });
  if (response.ok) return (response.status === 204 ? null : await response.json()) as Result<Operation<R, M>>;
  const error = (await response.json().catch(() => null)) as {
    error?: { message?: string; fields?: Record<string, string> };
  } | null;
  throw new ApiError(error?.error?.message ?? response.statusText, response.status, error?.error?.fields);
}

/** One call as data — method, route and options — for components that take the call they make as props. */
export type ApiCall<R extends ApiRoute, M extends HttpMethod> = { method: M; route: R } & CallOptions<
  Operation<R, M>
>;

export function send<R extends ApiRoute, M extends MethodOf<R>>({
  method,
  route,
  ...options
}: ApiCall<R, M>) {
  return (api as (method: string, route: string, options: object) => Promise<unknown>)(
    method,
    route,
    options,
  );
}
