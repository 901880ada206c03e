// POST /api/v1/auth/password-reset — email a reset link (same answer whether or not the address has an account)
import { publicRoute } from "@/lib/api/route";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";

export const POST = publicRoute(async ({ json, context }) => {
  await requestPasswordReset(await json(), context.locale);
  return new Response(null, { status: 202 });
});
