// GET /in/:handle/vcard for anonymous visitors: made once, then served from the cache until the profile changes
import { vcardResponse } from "@/lib/profiles/vcard-response";

export const revalidate = 900;
export const generateStaticParams = () => [];
export const dynamic = "error";

export async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }) {
  return vcardResponse(null, (await params).handle);
}
