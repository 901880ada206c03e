// GET /in/:handle/vcard — the electronic business card as a vCard 4.0 file, with what the caller may see
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getProfile } from "@/lib/profiles/get-profile";
import { profileVCard } from "@/lib/profiles/vcard";

export async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  try {
    const profile = await getProfile(await getViewer(), decodeURIComponent(handle));
    return new Response(profileVCard(profile, env().APP_URL), {
      headers: {
        "Content-Type": "text/vcard; charset=utf-8",
        "Content-Disposition": `attachment; filename="${profile.handle}.vcf"`,
        // what is on the card depends on who asks
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found")
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
