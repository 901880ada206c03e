// POST /api/v1/auth/verify-email — confirm an email address with the emailed token
import { publicRoute } from "@/lib/api/route";
import { verifyEmail } from "@/lib/auth/verify-email";

export const POST = publicRoute(async ({ json }) => {
  await verifyEmail(await json());
  return null;
});
