// GET /api/v1/feed/new?since= — how many posts your network published since then
import { memberRoute } from "@/lib/api/route";
import { countNewFeedPosts } from "@/lib/feed/home-feed";

export const GET = memberRoute(({ viewer, query }) => countNewFeedPosts(viewer, query));
