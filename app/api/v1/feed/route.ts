// GET /api/v1/feed?mode=top|recent&cursor=&limit= — your home feed, a page at a time
import { memberRoute } from "@/lib/api/route";
import { getHomeFeed } from "@/lib/feed/home-feed";

export const GET = memberRoute(({ viewer, query }) => getHomeFeed(viewer, query));
