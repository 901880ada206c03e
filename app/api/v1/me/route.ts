// GET /api/v1/me — the signed-in member's account
import { memberRoute } from "@/lib/api/route";
import { getAccount } from "@/lib/auth/get-account";

export const GET = memberRoute(({ viewer }) => getAccount(viewer));
