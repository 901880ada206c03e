import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  // the catalogs are compiled at build time, so the browser formats messages with icu-minify's small runtime
  // instead of shipping an ICU parser (intl-messageformat)
  experimental: {
    messages: { path: "./messages", format: "json", locales: ["en", "zh-CN"], precompile: true },
  },
});

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // native or worker-thread packages: load them from node_modules at run time instead of bundling them
  serverExternalPackages: [
    "@node-rs/argon2",
    "@node-rs/jieba",
    "pg",
    "pg-boss",
    "pino",
    "nodemailer",
    "meilisearch",
    "rate-limiter-flexible",
  ],
  typescript: { ignoreBuildErrors: false },
  // Cached pages (app/(cached)) live in memory only: a cached page must never
  // outlive the database it was rendered from (a reseeded demo, a test's throw-away data dir).
  cacheMaxMemorySize: Number(process.env.PAGE_CACHE_MB || 512) * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // forms send files to server actions: imports and résumés up to 10 MB, images up to 8 MB (the use cases
    // say so in words); a larger body gets Next.js's 413
    serverActions: { bodySizeLimit: "11mb" },
    // proxy.ts sees every page request and cuts a body short past this: keep it above the actions' limit, so
    // a body it cut still counts as too large there instead of reaching the action as broken form data
    proxyClientMaxBodySize: "12mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
