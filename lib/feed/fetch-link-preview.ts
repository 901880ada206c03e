import "server-only";
import http from "node:http";
import https from "node:https";
import { randomBytes } from "node:crypto";
import { Parser } from "htmlparser2";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { processImage } from "@/lib/media/process-image";
import { imageUrl, variantKey } from "@/lib/media/variants";
import { fileStorage } from "@/lib/storage";

const TIMEOUT_MS = 5_000;
const MAX_PAGE_BYTES = 512 * 1024;
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 3;

export type FetchOptions = {
  /** only for tests against a local server: production never reaches private or loopback addresses */
  isPrivateAddressAllowed?: boolean;
};

type Fetched = { body: Buffer; contentType: string; finalUrl: string };

/**
 * GETs a URL with a time limit and a size cap. Every connection — redirects included — goes through an agent
 * that refuses private, loopback, link-local and reserved addresses after DNS resolution (no DNS rebinding).
 */
async function fetchCapped(
  url: string,
  maxBytes: number,
  options: FetchOptions,
  redirects = 0,
): Promise<Fetched> {
  const target = new URL(url);
  if (target.protocol !== "http:" && target.protocol !== "https:") throw new Error("not an http(s) URL");
  const agentOptions = {
    allowPrivateIPAddress: options.isPrivateAddressAllowed ?? false,
    timeout: TIMEOUT_MS,
  };
  const isHttps = target.protocol === "https:";
  const agent = isHttps
    ? new RequestFilteringHttpsAgent(agentOptions)
    : new RequestFilteringHttpAgent(agentOptions);
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = (isHttps ? https : http).get(
      target,
      { agent, headers: { "user-agent": "RenmaiBot/1.0 (link preview)", accept: "text/html,image/*" } },
      resolve,
    );
    request.setTimeout(TIMEOUT_MS, () => request.destroy(new Error("timed out")));
    request.on("error", reject);
  });
  const status = response.statusCode ?? 0;
  if (status >= 300 && status < 400 && response.headers.location) {
    response.resume();
    if (redirects >= MAX_REDIRECTS) throw new Error("too many redirects");
    return fetchCapped(
      new URL(response.headers.location, target).toString(),
      maxBytes,
      options,
      redirects + 1,
    );
  }
  if (status !== 200) {
    response.resume();
    throw new Error(`HTTP ${status}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const deadline = setTimeout(() => response.destroy(new Error("timed out")), TIMEOUT_MS);
  try {
    for await (const chunk of response) {
      size += chunk.length;
      if (size > maxBytes) {
        // a page's head is enough for its preview; an image must be whole
        if (maxBytes === MAX_PAGE_BYTES) break;
        throw new Error("too large");
      }
      chunks.push(chunk);
    }
  } finally {
    clearTimeout(deadline);
    response.destroy();
  }
  return {
    body: Buffer.concat(chunks),
    contentType: String(response.headers["content-type"] ?? ""),
    finalUrl: target.toString(),
  };
}

export type PageMeta = { title?: string; description?: string; image?: string; siteName?: string };

/** Open Graph and Twitter card tags, falling back to <title> and the meta description. */
export function readPageMeta(html: string): PageMeta {
  const meta: Record<string, string> = {};
  let title = "";
  let isInTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "title") isInTitle = true;
        if (name !== "meta") return;
        const key = (attributes.property ?? attributes.name ?? "").toLowerCase();
        if (key && attributes.content && !(key in meta)) meta[key] = attributes.content;
      },
      ontext(text) {
        if (isInTitle) title += text;
      },
      onclosetag(name) {
        if (name === "title") isInTitle = false;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const clean = (value: string | undefined, max: number) =>
    value?.replace(/\s+/g, " ").trim().slice(0, max) || undefined;
  return {
    title: clean(meta["og:title"] ?? meta["twitter:title"] ?? title, 200),
    description: clean(meta["og:description"] ?? meta["twitter:description"] ?? meta.description, 400),
    image: clean(meta["og:image"] ?? meta["twitter:image"], 1000),
    siteName: clean(meta["og:site_name"], 100),
  };
}

/** Downloads the preview picture and stores it ourselves: readers' browsers never call the other site. */
async function storePreviewImage(
  src: string,
  pageUrl: string,
  options: FetchOptions,
): Promise<string | null> {
  try {
    const url = new URL(src, pageUrl).toString();
    const { body } = await fetchCapped(url, MAX_IMAGE_BYTES, options);
    const variants = await processImage("cover", body);
    const prefix = `previews/${randomBytes(6).toString("hex")}/${randomBytes(12).toString("base64url")}`;
    await fileStorage().put(variantKey(prefix, "md"), variants.md!, "image/webp");
    return imageUrl(prefix, "md");
  } catch (err) {
    log.info({ err, src }, "link preview image skipped");
    return null;
  }
}

/** The worker's job: fills in a link's preview row (and leaves it empty when the page gives nothing). */
export async function fetchLinkPreview(url: string, options: FetchOptions = {}) {
  let meta: PageMeta = {};
  let imageUrl: string | null = null;
  try {
    const page = await fetchCapped(url, MAX_PAGE_BYTES, options);
    if (!/^text\/html|application\/xhtml/i.test(page.contentType))
      throw new Error(`not a page: ${page.contentType}`);
    meta = readPageMeta(page.body.toString("utf8"));
    if (meta.image) imageUrl = await storePreviewImage(meta.image, page.finalUrl, options);
  } catch (err) {
    log.info({ err, url }, "link preview not fetched");
  }
  await db.linkPreview.updateMany({
    where: { url },
    data: {
      title: meta.title ?? null,
      description: meta.description ?? null,
      siteName: meta.siteName ?? null,
      imageUrl,
      isFetched: Boolean(meta.title),
      fetchedAt: new Date(),
    },
  });
}
