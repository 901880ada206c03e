import "server-only";
import type { NextRequest } from "next/server";
import { getViewer, type Viewer } from "@/lib/core/viewer";
import { clientIp, type RequestContext } from "@/lib/http/request-context";
import { AppError } from "@/lib/errors";
import { isSameOrigin } from "@/lib/http/same-origin";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { errorResponse } from "./errors";

type Params = Record<string, string | string[]>;

// methods without a body; DELETE can't come from a cross-site form either (forms send only GET and POST)
const BODYLESS_METHODS = new Set(["GET", "HEAD", "OPTIONS", "DELETE"]);

export type ApiContext<V extends Viewer | null> = {
  request: NextRequest;
  viewer: V;
  params: Params;
  context: RequestContext;
  /** the JSON body as an object of unchecked values (the use case validates it) */
  json: () => Promise<Record<string, unknown>>;
  /** a multipart body's form data (routes declared with body: "multipart") */
  formData: () => Promise<FormData>;
  /** the query string as an object of unchecked values */
  query: Record<string, string>;
};

type Handler<V extends Viewer | null> = (api: ApiContext<V>) => Promise<Response | object | null>;

/** The most a request body may hold: JSON everywhere, multipart where a route takes files (10 MB résumés). */
const BODY_LIMITS = { json: 1024 * 1024, multipart: 11 * 1024 * 1024 } as const;

/** The body, refused with 413 once it holds more than `max` bytes (said up front or counted as it arrives). */
async function readBody(request: NextRequest, max: number): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () =>
    new AppError("too_large", "bodyTooLarge", { values: { max: `${Math.round(max / 1024 / 1024)} MB` } });
  if (Number(request.headers.get("content-length")) > max) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); reader && part && !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(part.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function readJsonObject(request: NextRequest): Promise<Record<string, unknown>> {
  // malformed UTF-8 is refused, not turned into U+FFFD and stored
  const bytes = await readBody(request, BODY_LIMITS.json);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("validation", "invalidJson");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new AppError("validation", "invalidJson");
  return body as Record<string, unknown>;
}

async function readFormData(request: NextRequest): Promise<FormData> {
  const body = await readBody(request, BODY_LIMITS.multipart);
  const contentType = request.headers.get("content-type") ?? "";
  return new Response(body, { headers: { "content-type": contentType } }).formData().catch(() => {
    throw new AppError("validation", "multipartInvalid");
  });
}

type RouteOptions = {
  /** what a write sends: JSON (the default), multipart/form-data for file uploads, or either */
  body?: "json" | "multipart" | "json-or-multipart";
};

/** Cross-site requests can't send JSON without CORS consent; a multipart one must then come from our own origin. */
function isAcceptedBody(request: NextRequest, body: RouteOptions["body"] = "json"): boolean {
  const contentType = request.headers.get("content-type") ?? "";
  if (body !== "multipart" && contentType.startsWith("application/json")) return true;
  if (body === "json") return false;
  return contentType.startsWith("multipart/form-data") && isSameOrigin(request);
}

/** Whether a write came as multipart/form-data (for routes that take either). */
export const isMultipart = (request: NextRequest) =>
  (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");

function wrap<V extends Viewer | null>(
  isViewerRequired: boolean,
  handler: Handler<V>,
  options: RouteOptions = {},
) {
  return async (request: NextRequest, segment: { params: Promise<Params> }) => {
    const started = performance.now();
    const requestId = request.headers.get("x-request-id")?.slice(0, 100) || crypto.randomUUID();
    const viewer = await getViewer().catch(() => null);
    const locale = pickLocale({
      userLocale: viewer?.locale,
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get("accept-language"),
    });
    let response: Response;
    try {
      if (isViewerRequired && !viewer) throw new AppError("unauthenticated");
      if (!BODYLESS_METHODS.has(request.method) && !isAcceptedBody(request, options.body)) {
        throw new AppError("validation", options.body === "multipart" ? "multipartRequired" : "jsonRequired");
      }
      const context: RequestContext = {
        ip: clientIp(request.headers),
        userAgent: request.headers.get("user-agent"),
        locale,
      };
      const result = await handler({
        request,
        viewer: viewer as V,
        params: (await segment.params) ?? {},
        context,
        json: () => readJsonObject(request),
        formData: () => readFormData(request),
        query: Object.fromEntries(request.nextUrl.searchParams),
      });
      response =
        result instanceof Response
          ? result
          : result === null
            ? new Response(null, { status: 204 })
            : Response.json(result);
    } catch (error) {
      response = errorResponse(error, locale, requestId);
    }
    response.headers.set("x-request-id", requestId);
    log.info(
      {
        requestId,
        method: request.method,
        path: request.nextUrl.pathname,
        status: response.status,
        ms: Math.round(performance.now() - started),
      },
      "api request",
    );
    return response;
  };
}

/** A REST handler open to anyone (the viewer may be null). */
export const publicRoute = (handler: Handler<Viewer | null>, options?: RouteOptions) =>
  wrap(false, handler, options);

/** A REST handler for signed-in members: 401 otherwise. */
export const memberRoute = (handler: Handler<Viewer>, options?: RouteOptions) => wrap(true, handler, options);
