import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { listProfileUrls } from "@/lib/profiles/list-profile-urls";

// read from the database on request (and never at build time, when there may be none)
export const dynamic = "force-dynamic";

/** The public pages search engines should know: the home page and every profile (their public part). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const appUrl = env().APP_URL;
  const profiles = await listProfileUrls();
  return [
    { url: appUrl, changeFrequency: "daily", priority: 1 },
    ...profiles.map((p) => ({
      url: `${appUrl}/in/${p.handle}`,
      lastModified: p.updatedAt,
      changeFrequency: "weekly" as const,
    })),
  ];
}
