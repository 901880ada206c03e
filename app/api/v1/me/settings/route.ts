// GET /api/v1/me/settings — time zone and notification switches; PATCH — change some of them
import { memberRoute } from "@/lib/api/route";
import { getMemberSettings, saveMemberSettings } from "@/lib/composition/member-settings";

export const GET = memberRoute(({ viewer }) => getMemberSettings(viewer));

export const PATCH = memberRoute(async ({ viewer, json }) => saveMemberSettings(viewer, await json()));
