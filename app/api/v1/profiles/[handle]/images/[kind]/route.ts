// POST /api/v1/profiles/:handle/images/:kind — upload the photo (avatar) or banner, multipart field "image"
// (and cropX, cropY, cropWidth, cropHeight: the area to keep, in percent)
// DELETE /api/v1/profiles/:handle/images/:kind — remove it
import { memberRoute } from "@/lib/api/route";
import { cropFromForm } from "@/lib/media/crop";
import { imageKindOf, removeProfileImage, setProfileImage } from "@/lib/profiles/set-profile-image";
import { resolveHandle } from "@/lib/profiles/profile-owner";

export const POST = memberRoute(
  async ({ viewer, params, formData }) => {
    const kind = imageKindOf(String(params.kind));
    const handle = await resolveHandle(viewer, String(params.handle));
    const form = await formData();
    const profile = await setProfileImage(viewer, handle, kind, form.get("image"), cropFromForm(form));
    return { avatar: profile.avatar, banner: profile.banner };
  },
  { body: "multipart" },
);

export const DELETE = memberRoute(async ({ viewer, params }) => {
  const kind = imageKindOf(String(params.kind));
  await removeProfileImage(viewer, await resolveHandle(viewer, String(params.handle)), kind);
  return null;
});
