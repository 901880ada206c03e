import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fetchLinkPreview, readPageMeta } from "./fetch-link-preview";

const PAGE = `<!doctype html><html><head>
  <title>Fallback title</title>
  <meta property="og:title" content="跨境电商 &amp; SaaS 指南">
  <meta property="og:description" content="How SMEs sell across borders">
  <meta property="og:site_name" content="Example Press">
  <meta property="og:image" content="/cover.png">
</head><body><script>alert(1)</script></body></html>`;

let server: http.Server;
let base: string;

beforeAll(async () => {
  const png = await sharp({ create: { width: 1200, height: 630, channels: 3, background: "#0ea5e9" } })
    .png()
    .toBuffer();
  server = http.createServer((request, response) => {
    if (request.url === "/article") return response.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    if (request.url === "/moved") return response.writeHead(302, { location: "/article" }).end();
    if (request.url === "/cover.png")
      return response.writeHead(200, { "content-type": "image/png" }).end(png);
    if (request.url === "/slow") return; // never answers
    if (request.url === "/huge") {
      response.writeHead(200, { "content-type": "text/html" });
      response.write(`<html><head><title>Huge</title></head><body>${"x".repeat(2_000_000)}`);
      return response.end();
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

async function previewOf(path: string, isPrivateAddressAllowed: boolean) {
  const url = `${base}${path}`;
  await db.linkPreview.upsert({ where: { url }, create: { url }, update: { isFetched: false, title: null } });
  await fetchLinkPreview(url, { isPrivateAddressAllowed });
  return db.linkPreview.findUniqueOrThrow({ where: { url } });
}

describe("link previews", () => {
  it("read Open Graph tags, follow redirects and store the picture", async () => {
    const preview = await previewOf("/moved", true);
    expect(preview).toMatchObject({
      isFetched: true,
      title: "跨境电商 & SaaS 指南",
      description: "How SMEs sell across borders",
      siteName: "Example Press",
    });
    expect(preview.imageUrl).toMatch(/^\/media\/previews\//);
  });

  it("never reach private or loopback addresses outside tests", async () => {
    const preview = await previewOf("/article", false);
    expect(preview).toMatchObject({ isFetched: false, title: null });
  });

  it("cap the page size and give up on a silent server", async () => {
    expect(await previewOf("/huge", true)).toMatchObject({ isFetched: true, title: "Huge" });
    const started = Date.now();
    expect(await previewOf("/slow", true)).toMatchObject({ isFetched: false });
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 15_000);

  it("read titles from plain pages too", () => {
    expect(readPageMeta("<title> Plain &lt;page&gt; </title>")).toMatchObject({ title: "Plain <page>" });
  });
});
