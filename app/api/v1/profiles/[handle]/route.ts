// GET /api/v1/profiles/:handle — a profile as the caller may see it ("me": the caller's own)
// PATCH /api/v1/profiles/:handle — change any of the profile's own fields (owner only)
import { memberRoute, publicRoute } from "@/lib/api/route";
import { getProfile } from "@/lib/profiles/get-profile";
import { resolveHandle } from "@/lib/profiles/profile-owner";
import { updateProfile } from "@/lib/profiles/update-profile";

export const GET = publicRoute(async ({ viewer, params }) =>
  getProfile(viewer, await resolveHandle(viewer, String(params.handle))),
);

export const PATCH = memberRoute(async ({ viewer, params, json }) =>
  updateProfile(viewer, await resolveHandle(viewer, String(params.handle)), await json()),
);
