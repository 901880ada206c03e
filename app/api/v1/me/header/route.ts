// GET /api/v1/me/header — the signed-in member's name, photo and unread counts, as the header shows them
import { memberRoute } from "@/lib/api/route";
import { getMemberHeader } from "@/lib/composition/member-header";

export const GET = memberRoute(({ viewer }) => getMemberHeader(viewer));
