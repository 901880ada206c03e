// GET /in/:handle/vcard — the electronic business card as a vCard 4.0 file, with what the caller may see
// (only its owner gets this one: everyone else gets app/(cached)'s, see proxy.ts)
import { getViewer } from "@/lib/core/viewer";
import { vcardResponse } from "@/lib/profiles/vcard-response";

export async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }) {
  // what is on the card depends on who asks
  return vcardResponse(await getViewer(), (await params).handle, "private, no-store");
}
