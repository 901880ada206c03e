// GET /media/<key> — an uploaded image; its key is random per upload, so it is cached for a year
import { fileStorage } from "@/lib/storage";

const NOT_FOUND = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  // public images only: résumés are served to the hiring team and the applicant by their own route
  if (!key.at(-1)?.endsWith(".webp")) return NOT_FOUND();
  const file = await fileStorage().get(key.join("/"));
  if (!file) return NOT_FOUND();
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.body.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
