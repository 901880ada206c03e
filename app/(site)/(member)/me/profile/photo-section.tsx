import { getTranslations } from "next-intl/server";
import { ImageUploadForm } from "@/components/profiles/edit/image-upload-form";
import { ProfileSection } from "@/components/profiles/profile-section";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import type { getOwnProfile } from "@/lib/profiles/get-profile";
import { removeImageAction, uploadImageAction } from "./actions";

/** The edit page's photo and banner: upload a new one, or remove it. */
export async function PhotoSection({ profile }: { profile: Awaited<ReturnType<typeof getOwnProfile>> }) {
  const e = await getTranslations("profileEdit");
  return (
    <ProfileSection id="photo" title={e("photoTitle")}>
      <div className="flex flex-col gap-5 sm:flex-row">
        <div className="flex flex-col items-start gap-3">
          <Avatar name={profile.name} src={profile.avatar?.lg} className="size-28 text-4xl" />
          {profile.avatar && (
            <form action={removeImageAction.bind(null, "avatar")}>
              <Button type="submit" variant="ghost" size="sm">
                {e("removePhoto")}
              </Button>
            </form>
          )}
        </div>
        <ImageUploadForm
          id="avatar-file"
          label={e("photo")}
          action={uploadImageAction.bind(null, "avatar")}
          aspect={1}
          isRound
        />
      </div>
      <div className="flex flex-col gap-3">
        <div
          className="from-primary/70 h-20 rounded-md bg-gradient-to-r to-sky-400/60 bg-cover bg-center dark:to-sky-900/60"
          style={profile.banner ? { backgroundImage: `url(${profile.banner.md})` } : undefined}
        />
        <ImageUploadForm
          id="banner-file"
          label={e("banner")}
          action={uploadImageAction.bind(null, "banner")}
          aspect={4}
        />
        {profile.banner && (
          <form action={removeImageAction.bind(null, "banner")}>
            <Button type="submit" variant="ghost" size="sm">
              {e("removeBanner")}
            </Button>
          </form>
        )}
      </div>
    </ProfileSection>
  );
}
