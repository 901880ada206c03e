// POST /api/v1/auth/password-reset/confirm — set a new password with the emailed token
import { publicRoute } from "@/lib/api/route";
import { resetPassword } from "@/lib/auth/reset-password";

export const POST = publicRoute(async ({ json }) => {
  await resetPassword(await json());
  return null;
});
