import type { ServerResponse } from "node:http";

/**
 * A request path that no route can be named by: percent-encoding that isn't UTF-8 (`/in/%FF`, `%C0%AF`), or a
 * NUL (`%00`, in the path or the query), which PostgreSQL can't store. Next.js answers the first with a 500
 * and hands the second on. A query's other bad encodings are harmless (they decode to U+FFFD).
 */
export function isUnreadablePath(url: string | undefined): boolean {
  const [path = "/", query = ""] = (url ?? "/").split(/\?(.*)/s);
  if (/%00/.test(query)) return true;
  try {
    return decodeURIComponent(path).includes("\0");
  } catch {
    return true;
  }
}

/** 400 in both languages (the locale of a request we can't read is not worth working out). */
export function refuseUnreadablePath(response: ServerResponse) {
  const message = "这个网址无法识别，请检查后重试。 This web address can't be read: check it and try again.";
  if (response.req.url?.startsWith("/api/")) {
    response.writeHead(400, { "content-type": "application/json" });
    return response.end(JSON.stringify({ error: { code: "bad_request", message } }));
  }
  response.writeHead(400, { "content-type": "text/html; charset=utf-8" });
  response.end(
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>400</title>` +
      `<p>这个网址无法识别，请检查后重试。</p><p lang="en">This web address can't be read: check it and try again.</p>` +
      `<p><a href="/">人脉 Renmai</a></p></html>`,
  );
}
