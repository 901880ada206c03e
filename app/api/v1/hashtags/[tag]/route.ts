// GET /api/v1/hashtags/:tag — a hashtag: its followers and whether you follow it
import { publicRoute } from "@/lib/api/route";
import { getHashtag } from "@/lib/feed/hashtags";

export const GET = publicRoute(({ viewer, params }) => getHashtag(viewer, { tag: params.tag }));
