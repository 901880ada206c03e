import type { Metadata } from "next";
import { getViewer } from "@/lib/core/viewer";
import { findProfileOr404, ProfilePage, profileMetadata } from "@/components/profiles/profile-page";
import { setRecommendationHiddenAction } from "../../(member)/me/profile/actions";

// The owner gets their own page rendered per request; everyone else is sent to app/(cached) (proxy.ts).
type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return profileMetadata(await findProfileOr404(await getViewer(), (await params).handle));
}

export default async function RenderedProfilePage({ params }: Props) {
  const viewer = await getViewer();
  const profile = await findProfileOr404(viewer, (await params).handle);
  return (
    <ProfilePage profile={profile} viewer={viewer} setRecommendationHidden={setRecommendationHiddenAction} />
  );
}
