import type { Metadata } from "next";
import { getViewer } from "@/lib/auth/viewer";
import { findProfileOr404, ProfilePage, profileMetadata } from "@/components/profiles/profile-page";

// Members get this page rendered per request; anonymous visitors are sent to app/(anonymous) (proxy.ts).
type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return profileMetadata(await findProfileOr404(await getViewer(), (await params).handle));
}

export default async function MemberProfilePage({ params }: Props) {
  const viewer = await getViewer();
  const profile = await findProfileOr404(viewer, (await params).handle);
  return <ProfilePage profile={profile} viewer={viewer} />;
}
