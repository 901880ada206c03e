import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ProfileReader } from "./audience";
import { getProfile } from "./get-profile";
import { profileVCard } from "./vcard";

/** GET /in/<handle>/vcard: the card as a .vcf download with what this reader may see, or 404. */
export async function vcardResponse(reader: ProfileReader, handleParam: string, cacheControl?: string) {
  try {
    const profile = await getProfile(reader, decodeURIComponent(handleParam));
    return new Response(profileVCard(profile, env().APP_URL), {
      headers: {
        "Content-Type": "text/vcard; charset=utf-8",
        "Content-Disposition": `attachment; filename="${profile.handle}.vcf"`,
        ...(cacheControl && { "Cache-Control": cacheControl }),
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found")
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
