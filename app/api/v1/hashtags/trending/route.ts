// GET /api/v1/hashtags/trending — the hashtags most members wrote about in the last 24 hours
import { publicRoute } from "@/lib/api/route";
import { trendingHashtags } from "@/lib/feed/hashtags";

export const GET = publicRoute(async () => ({ items: await trendingHashtags() }));
