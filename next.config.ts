import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

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
    // profile images are up to 8 MB (lib/media/process-image.ts), sent to a server action as form data
    serverActions: { bodySizeLimit: "9mb" },
    // proxy.ts sees every request: a body it cuts short would reach the REST routes as broken JSON or
    // multipart; above lib/api/route.ts's largest limit (11 MB) they answer 413 instead
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
