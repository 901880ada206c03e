// PUT /api/v1/profiles/:handle/skills — replace the skills list and the pinned top skills (owner only)
import { memberRoute } from "@/lib/api/route";
import { getProfile } from "@/lib/profiles/get-profile";
import { setSkills } from "@/lib/profiles/set-skills";
import { resolveHandle } from "@/lib/profiles/profile-owner";

export const PUT = memberRoute(async ({ viewer, params, json }) => {
  const handle = await resolveHandle(viewer, String(params.handle));
  await setSkills(viewer, handle, await json());
  return { skills: (await getProfile(viewer, handle)).skills };
});
