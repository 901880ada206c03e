// GET /api/health — is the app able to serve? 503 without its database; 200 "degraded" without search
import { checkHealth } from "@/lib/composition/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "down" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
