// GET /in/:handle/vcard for visitors and for members who are neither its owner nor connected to them: made
// once per audience, then served from the cache until the profile changes
import { vcardResponse } from "@/lib/profiles/vcard-response";

export const revalidate = 900;
export const generateStaticParams = () => [];
export const dynamic = "error";

type Context = { params: Promise<{ audience: string; handle: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { audience, handle } = await params;
  return vcardResponse(audience === "member" ? "member" : null, handle);
}
